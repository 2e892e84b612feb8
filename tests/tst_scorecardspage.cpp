// The scorecard views as a user drives them, offscreen, over a real SQLite portal graded by the
// real evaluator (evaluateInFull): the page lists the scorecard with its entities, the results
// show each entity's level, a rule filters to the entities failing it, the editor refuses an
// invalid rule and tells what publishing a change would do, and the entity's Scorecards tab
// shows failing rules and takes an exemption request. Every screen is rendered to PNG.
#include "demo/demoportal.h"
#include "modaldialogs.h"
#include "scorecards/entityscorecards.h"
#include "scorecards/exemptiondialog.h"
#include "scorecards/scorecardconditions.h"
#include "scorecards/scorecarddetail.h"
#include "scorecards/scorecardeditor.h"
#include "scorecards/scorecardeditorform.h"
#include "scorecards/scorecardeditorrule.h"
#include "scorecards/scorecardeditorwhatif.h"
#include "scorecards/scorecardentitycard.h"
#include "scorecards/scorecardresultsmodel.h"
#include "scorecards/scorecardrulestable.h"
#include "scorecards/scorecardspage.h"
#include "scorecards/scorecardtrend.h"
#include "scoring/scorecardengine.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "storefixture.h"
#include "widgets/jsoncodeeditor.h"
#include "store/storelane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

using portolan::testing::whenModal;

const char *kScorecard = R"({"identifier": "prod", "title": "Production readiness", "blueprint": "service",
  "levels": [{"title": "Basic", "color": "paleBlue"}, {"title": "Bronze", "color": "bronze"},
             {"title": "Silver", "color": "silver"}, {"title": "Gold", "color": "gold"}],
  "rules": [
    {"identifier": "has_description", "title": "Has a description", "level": "Bronze",
     "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "isNotEmpty"}]}},
    {"identifier": "replicas", "title": "At least 4 replicas", "level": "Silver",
     "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": ">=", "value": 4}]}},
    {"identifier": "go", "title": "Written in Go", "level": "Gold",
     "query": {"combinator": "and", "conditions": [{"property": "language", "operator": "=", "value": "Go"}]}}]})";

QString shots()
{
    const QString dir = u"/root/scratch/scoreviews"_s;
    QDir().mkpath(dir);
    return dir;
}

void shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(50); // posted layout requests, chart animations
    QVERIFY(widget->grab().save(shots() + u'/' + name + u".png"_s));
}

// entity identifier → level title, as the results table shows it
QHash<QString, QString> levelsShown(const ScorecardResultsModel *model)
{
    QHash<QString, QString> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.insert(model->result(row)->identifier, model->index(row, ScorecardResultsModel::LevelColumn).data().toString());
    return out;
}

} // namespace

class TestScorecardsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().setValue(u"identity/user"_s, u"alice"_s);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        QList<Entity> entities = portolan::testing::portalEntities();
        // cart: description, 3 replicas, Go → Bronze. pricing: no description → Basic.
        entities.append(portolan::testing::entity(R"({"identifier": "search", "blueprint": "service", "title": "Search", "team": ["search-team"],
            "properties": {"language": "Go", "replicas": 6, "description": "Finds things"}, "relations": {"team": "payments"}})")); // Gold
        entities.append(portolan::testing::entity(R"({"identifier": "ledger", "blueprint": "service", "title": "Ledger", "team": ["payments"],
            "properties": {"language": "Java", "replicas": 4, "description": "Books"}, "relations": {"team": "payments"}})")); // Silver
        portolan::testing::write(store, portolan::testing::portalBlueprints(), entities);
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &bp : store.blueprints())
            blueprints.insert(bp.identifier, bp);
        const Problems problems = ScorecardStore(store.database())
                                      .save({QJsonDocument::fromJson(kScorecard).object()}, blueprints, u"tester"_s, Origin::Import);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        const ScoringRunReport report = evaluateInFull(m_path, {}, QDateTime::currentDateTimeUtc());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.entities, 4);
    }

    void pageListsScorecardsWithLevels()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        ScorecardsPage page(lane, store, nullptr);
        page.resize(1400, 860);
        page.show();
        QSignalSpy detailLoaded(page.detail(), &ScorecardDetail::loaded);
        QSignalSpy loaded(&page, &ScorecardsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(page.list()->topLevelItemCount(), 1);
        QCOMPARE(page.list()->topLevelItem(0)->text(0), u"Production readiness"_s);
        QCOMPARE(page.list()->topLevelItem(0)->text(2), u"4"_s);
        QCOMPARE(page.currentIdentifier(), u"prod"_s);
        QVERIFY(detailLoaded.wait());

        QAbstractItemModelTester tester(page.detail()->resultsFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<QString, QString> levels = levelsShown(page.detail()->resultsModel());
        QCOMPARE(levels.value(u"cart"_s), u"Bronze"_s);
        QCOMPARE(levels.value(u"pricing"_s), u"Basic"_s);
        QCOMPARE(levels.value(u"ledger"_s), u"Silver"_s);
        QCOMPARE(levels.value(u"search"_s), u"Gold"_s);
        QTreeWidgetItem *replicas = page.detail()->rulesTable()->itemOf(u"replicas"_s);
        QVERIFY(replicas);
        QCOMPARE(replicas->text(4), u"1"_s); // cart fails it; pricing's 5 replicas pass
        shoot(&page, u"01-page-overview"_s);

        // Clicking a rule lists the entities failing it, on the Results tab.
        detailLoaded.clear();
        Q_EMIT page.detail()->rulesTable()->ruleChosen(u"has_description"_s);
        QVERIFY(detailLoaded.wait());
        QCOMPARE(page.detail()->tabs()->currentIndex(), 1);
        QCOMPARE(page.detail()->resultsModel()->rowCount(), 1);
        QCOMPARE(page.detail()->resultsModel()->result(0)->identifier, u"pricing"_s);
        detailLoaded.clear();
        page.detail()->filterByRule(QString());
        QVERIFY(detailLoaded.wait());
        QCOMPARE(page.detail()->resultsModel()->rowCount(), 4);
        page.detail()->searchEdit()->setText(u"led"_s);
        QCOMPARE(page.detail()->resultsFilter()->rowCount(), 1);
        page.detail()->searchEdit()->clear();
        page.detail()->teamBox()->setCurrentIndex(page.detail()->teamBox()->findData(u"payments"_s));
        QCOMPARE(page.detail()->resultsFilter()->rowCount(), 1);
        page.detail()->teamBox()->setCurrentIndex(0);
        shoot(&page, u"02-page-results"_s);

        // Double-click opens the entity.
        QSignalSpy open(&page, &ScorecardsPage::openEntity);
        Q_EMIT page.detail()->resultsView()->doubleClicked(page.detail()->resultsFilter()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().value<EntityKey>().blueprint, u"service"_s);
    }

    void ruleDialogRefusesDuplicateIdentifier()
    {
        CatalogStore store(m_path);
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &bp : store.blueprints())
            blueprints.insert(bp.identifier, bp);
        const Scorecard scorecard = Scorecard::fromJson(QJsonDocument::fromJson(kScorecard).object());
        ScorecardRuleDialog dialog(scorecard, -1, blueprints);
        dialog.show();
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problemText()));
        dialog.identifierEdit()->setText(u"replicas"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problemText().contains(u"identifier"_s), qPrintable(dialog.problemText()));
        dialog.identifierEdit()->setText(u"owned"_s);
        dialog.conditions()->addRow(QJsonObject{{u"property"_s, u"nope"_s}, {u"operator"_s, u"="_s}, {u"value"_s, 1}});
        Q_EMIT dialog.conditions()->changed();
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problemText().contains(u"nope"_s), qPrintable(dialog.problemText()));
        shoot(&dialog, u"05-rule-dialog-invalid"_s);
    }

    void editorRefusesInvalidRuleAndForecastsChanges()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        const QJsonObject json = QJsonDocument::fromJson(kScorecard).object();
        ScorecardEditor editor(lane, store, store.blueprints(), json, u"prod"_s, {u"prod"_s});
        editor.show();
        QVERIFY(editor.saveButton()->isEnabled());

        // A rule on a property the blueprint does not have: Save is disabled, the problem has its path.
        QJsonObject broken = json;
        QJsonArray rules = broken.value("rules"_L1).toArray();
        rules.append(QJsonObject{{u"identifier"_s, u"bad"_s}, {u"title"_s, u"Bad"_s}, {u"level"_s, u"Gold"_s},
                                 {u"query"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                                          {u"conditions"_s, QJsonArray{QJsonObject{{u"property"_s, u"nope"_s},
                                                                                                   {u"operator"_s, u"="_s},
                                                                                                   {u"value"_s, 1}}}}}}});
        broken.insert(u"rules"_s, rules);
        editor.setJson(broken);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.firstProblem().startsWith(u"$.rules[3]"_s), qPrintable(editor.firstProblem()));
        QVERIFY(editor.form()->rulesList()->topLevelItem(3)->toolTip(0).contains(u"nope"_s));
        shoot(&editor, u"04-editor-invalid"_s);

        // A valid change: 6 replicas for Silver. Ledger (4) falls from Silver to Bronze; the rest stay.
        QJsonObject stricter = json;
        rules = stricter.value("rules"_L1).toArray();
        QJsonObject replicas = rules.at(1).toObject();
        replicas.insert(u"query"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                                {u"conditions"_s, QJsonArray{QJsonObject{{u"property"_s, u"replicas"_s},
                                                                                         {u"operator"_s, u">="_s},
                                                                                         {u"value"_s, 6}}}}});
        rules.replace(1, replicas);
        stricter.insert(u"rules"_s, rules);
        QSignalSpy finished(editor.whatIf(), &ScorecardWhatIf::finished);
        editor.setJson(stricter);
        QVERIFY(editor.saveButton()->isEnabled());
        QVERIFY(finished.wait(5000));
        QCOMPARE(editor.whatIf()->changedCount(), 1);
        QVERIFY2(editor.whatIf()->summaryText().contains(u"1 entity changes level — 0 up, 1 down"_s), qPrintable(editor.whatIf()->summaryText()));
        QCOMPARE(editor.whatIf()->changes()->topLevelItem(0)->data(0, Qt::UserRole).toString(), u"ledger"_s);
        QCOMPARE(editor.whatIf()->changes()->topLevelItem(0)->text(2), u"Bronze"_s);
        shoot(&editor, u"03-editor-whatif"_s);
        editor.tabs()->setCurrentIndex(1);
        shoot(&editor, u"03b-editor-json"_s);

        // Typing JSON: broken text disables Save with the place; valid text updates the form.
        editor.jsonEditor()->setPlainText(u"{ \"identifier\": \"prod\", "_s);
        QTRY_VERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.firstProblem().startsWith(u"JSON"_s), qPrintable(editor.firstProblem()));
        QJsonObject renamed = json;
        renamed.insert(u"title"_s, u"Prod readiness"_s);
        editor.jsonEditor()->setPlainText(QString::fromUtf8(QJsonDocument(renamed).toJson()));
        QTRY_COMPARE(editor.form()->titleEdit()->text(), u"Prod readiness"_s);
        QVERIFY(editor.saveButton()->isEnabled());
        QSignalSpy saved(&editor, &ScorecardEditor::saved);
        QVERIFY(editor.save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(ScorecardStore(store.database()).scorecard(u"prod"_s)->title, u"Prod readiness"_s);
    }

    void evaluateNowRunsTheEngineAndReloads()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        ScorecardEngine engine(m_path, store.notifier());
        ScorecardsPage page(lane, store, &engine);
        page.resize(1400, 860);
        page.show();
        QSignalSpy loaded(&page, &ScorecardsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait());
        QSignalSpy evaluated(&engine, &ScorecardEngine::evaluated);
        QSignalSpy idle(&engine, &ScorecardEngine::idle);
        loaded.clear();
        QVERIFY(page.detail()->evaluateButton()->isEnabled());
        page.detail()->evaluateButton()->click();
        QVERIFY(!page.detail()->evaluateButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.size() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000); // the page read the results again
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->evaluateButton()->isEnabled(), 10000);
    }

    void emptyPageAndOtherRuleKinds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        CatalogStore store(path);
        portolan::testing::write(store, portolan::testing::portalBlueprints(), {});
        StoreLane lane(path);
        ScorecardsPage page(lane, store, nullptr);
        page.resize(1200, 700);
        page.show();
        QSignalSpy loaded(&page, &ScorecardsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(page.list()->topLevelItemCount(), 0);
        QVERIFY(!page.detail()->evaluateButton()->isVisible());
        shoot(&page, u"09-page-empty"_s);

        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &bp : store.blueprints())
            blueprints.insert(bp.identifier, bp);
        Scorecard scorecard = Scorecard::fromJson(QJsonDocument::fromJson(kScorecard).object());
        ScorecardRule target;
        target.identifier = u"replicas_target"_s;
        target.title = u"Replicas towards 6"_s;
        target.level = u"Silver"_s;
        target.kind = RuleKind::Target;
        target.measure.property = u"replicas"_s;
        target.target = 6;
        scorecard.rules.append(target);
        ScorecardRuleDialog dialog(scorecard, int(scorecard.rules.size() - 1), blueprints);
        dialog.show();
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problemText()));
        shoot(&dialog, u"10-rule-dialog-target"_s);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(RuleKind::Threshold)));
        QVERIFY(!dialog.okButton()->isEnabled()); // a threshold rule needs bands
        shoot(&dialog, u"11-rule-dialog-threshold"_s);
    }

    // The demo portal's scorecards, with their months of history: the screens as people meet them.
    void demoPortalScreens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        {
            CatalogStore store(path);
            const Problems problems = createDemoPortal(store, 7, QDate::currentDate(), u"demo"_s);
            QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        }
        CatalogStore store(path);
        StoreLane lane(path);
        ScorecardsPage page(lane, store, nullptr);
        page.resize(1400, 860);
        page.show();
        QSignalSpy loaded(page.detail(), &ScorecardDetail::loaded);
        page.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.scorecards().size() >= 2);
        QVERIFY(page.detail()->trend()->pointCount() > 14);
        shoot(&page, u"12-demo-overview"_s);
        page.detail()->tabs()->setCurrentIndex(1);
        shoot(&page, u"13-demo-results"_s);

        const StoredScore *first = page.detail()->resultsModel()->result(0);
        QVERIFY(first);
        EntityScorecards view(lane, store);
        view.resize(1100, 700);
        view.show();
        QSignalSpy viewLoaded(&view, &EntityScorecards::loaded);
        view.setEntity({first->blueprint, first->identifier});
        QVERIFY(viewLoaded.wait(10000));
        QVERIFY(!view.cards().isEmpty());
        shoot(&view, u"14-demo-entity-scorecards"_s);

        ScorecardEditor editor(lane, store, store.blueprints(), page.scorecards().constFirst().toJson(), page.currentIdentifier(),
                               {page.currentIdentifier()});
        QSignalSpy finished(editor.whatIf(), &ScorecardWhatIf::finished);
        editor.show();
        QVERIFY(finished.wait(10000));
        shoot(&editor, u"15-demo-editor"_s);
    }

    void pageExportsImportsAndAsksBeforeDeleting()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        ScorecardsPage page(lane, store, nullptr);
        QSignalSpy loaded(&page, &ScorecardsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait());
        const QString file = m_dir.filePath(u"scorecards.json"_s);
        QCOMPARE(page.exportTo(file), QString());
        const Problems problems = page.importFrom(file);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        QVERIFY(loaded.wait());
        QCOMPARE(page.scorecards().size(), 1);
        whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
        QVERIFY(!page.deleteScorecard(u"prod"_s));
        QVERIFY(ScorecardStore(store.database()).scorecard(u"prod"_s).has_value());
    }

    void entityScorecardsShowFailingRulesAndTakeExemptions()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        EntityScorecards view(lane, store);
        view.resize(1000, 520);
        view.show();
        QSignalSpy loaded(&view, &EntityScorecards::loaded);
        view.setEntity({u"service"_s, u"cart"_s});
        QVERIFY(loaded.wait());
        QCOMPARE(view.cards().size(), 1);
        QTreeWidget *rules = view.cards().constFirst()->rules();
        QCOMPARE(rules->topLevelItemCount(), 3);
        QCOMPARE(rules->topLevelItem(0)->data(2, Qt::UserRole).toString(), u"P"_s);
        QCOMPARE(rules->topLevelItem(1)->data(2, Qt::UserRole).toString(), u"F"_s);
        QVERIFY2(rules->topLevelItem(1)->text(3).contains(u"replicas >= 4"_s), qPrintable(rules->topLevelItem(1)->text(3)));
        QVERIFY(qobject_cast<QPushButton *>(rules->itemWidget(rules->topLevelItem(1), 4)));
        shoot(&view, u"06-entity-scorecards"_s);

        // Request an exemption: the dialog wants a reason first.
        bool checked = false;
        whenModal<ExemptionDialog>([&checked](ExemptionDialog *dialog) {
            QVERIFY(!dialog->okButton()->isEnabled());
            QVERIFY(dialog->problemText().contains(u"reason"_s));
            dialog->expiryEdit()->setDate(QDate::currentDate());
            dialog->reasonEdit()->setPlainText(u"Scaling out waits for the new cluster in Q1"_s);
            QVERIFY(!dialog->okButton()->isEnabled()); // expiry today
            dialog->expiryEdit()->setDate(QDate::currentDate().addDays(20));
            QVERIFY(dialog->okButton()->isEnabled());
            shoot(dialog, u"07-exemption-dialog"_s);
            checked = true;
            dialog->accept();
        });
        loaded.clear();
        QVERIFY(view.requestExemption(u"prod"_s, u"replicas"_s));
        QVERIFY(checked);
        QVERIFY(loaded.wait());
        rules = view.cards().constFirst()->rules();
        QCOMPARE(rules->topLevelItem(1)->text(4), u"exemption pending"_s); // alice cannot approve her own

        // Someone else sees Approve.
        QSettings().setValue(u"identity/user"_s, u"bob"_s);
        loaded.clear();
        view.reload();
        QVERIFY(loaded.wait());
        rules = view.cards().constFirst()->rules();
        auto *approve = qobject_cast<QPushButton *>(rules->itemWidget(rules->topLevelItem(1), 4));
        QVERIFY(approve);
        QCOMPARE(approve->text(), u"Approve"_s);
        shoot(&view, u"08-entity-scorecards-pending"_s);
        loaded.clear();
        approve->click();
        QVERIFY(loaded.wait());
        const QList<Exemption> exemptions = ScorecardStore(store.database()).exemptionsOf(u"service"_s, u"cart"_s);
        QCOMPARE(exemptions.size(), 1);
        QCOMPARE(exemptions.constFirst().approvedBy, u"bob"_s);
        QSettings().setValue(u"identity/user"_s, u"alice"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestScorecardsPage)
#include "tst_scorecardspage.moc"
