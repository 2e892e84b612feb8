// The dashboards page offscreen on a real portal file: widgets compute on the lane, pie slices
// and numbers drill down to exactly their entities, edit mode adds a widget that Save persists,
// and the grid exports to PNG and PDF.
#include "dashboards/dashboardstore.h"
#include "dashboards/dashboardexport.h"
#include "dashboards/dashboardspage.h"
#include "dashboards/dashboardview.h"
#include "dashboards/dorafiguredialog.h"
#include "dashboards/doraview.h"
#include "dashboards/drilldowndialog.h"
#include "dashboards/widgeteditordialog.h"
#include "dashboards/widgetframe.h"
#include "modaldialogs.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"
#include "store/storelane.h"
#include "storefixture.h"

#include <QChartView>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Go: cart, svc-001, svc-002, svc-004, svc-005; Java: pricing, svc-000, svc-003.
const char *kDashboard = R"json({"identifier": "services", "title": "Services at a glance", "columns": 3,
  "description": "What we run and in which language",
  "widgets": [
    {"id": "go", "type": "number", "title": "Go services", "blueprint": "service", "calculation": "count",
     "filter": {"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]},
     "colors": [{"operator": ">=", "value": 5, "color": "green"}]},
    {"id": "replicas", "type": "number", "title": "Replicas (sum)", "blueprint": "service", "calculation": "sum", "property": "replicas"},
    {"id": "languages", "type": "pie", "title": "Languages", "blueprint": "service", "property": "language"},
    {"id": "list", "type": "table", "title": "Services", "blueprint": "service", "columns": ["$title", "language", "replicas"], "span": 2, "limit": 10},
    {"id": "note", "type": "markdown", "title": "Read me", "markdown": "\u0023 Hello {{user}}\nThese are **our** services."}
  ]})json";

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestDashboardsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(u"identity/user"_s, u"alice@example.com"_s);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_run));
        CatalogStore store(m_path);
        QList<Entity> entities = testing::portalEntities();
        entities.append(testing::numberedServices(6));
        testing::write(store, testing::portalBlueprints(), entities);
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &bp : store.blueprints())
            blueprints.insert(bp.identifier, bp);
        const Problems problems = DashboardStore(store.database()).save({parse(kDashboard)}, blueprints, {}, {}, u"tester"_s, Origin::Import);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
    }

    void widgetsComputeAndShowTheirFigures()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        DashboardsPage page(lane, store);
        page.resize(1280, 900);
        page.show();
        QVERIFY(load(page));
        QCOMPARE(page.currentIdentifier(), u"services"_s);
        WidgetFrame *go = page.view()->frame(u"go"_s);
        QVERIFY(go);
        QCOMPARE(go->stateText(), QString());
        auto *figure = go->body()->findChild<QLabel *>(u"figure"_s);
        QVERIFY(figure);
        QCOMPARE(figure->text(), u"5"_s);
        QVERIFY(!go->footnote()->text().isEmpty());
        auto *sum = page.view()->frame(u"replicas"_s)->body()->findChild<QLabel *>(u"figure"_s);
        QVERIFY(sum);
        QVERIFY2(sum->text().startsWith(u"23"_s), qPrintable(sum->text())); // 3 + 5 + (0+1+2+3+4+5)
        QPieSeries *pie = pieOf(page);
        QVERIFY(pie);
        QCOMPARE(pie->count(), 2);
        QStringList labels;
        for (QPieSlice *slice : pie->slices())
            labels.append(slice->label());
        QVERIFY2(labels.join(u'|').contains(u"Go  5"_s) && labels.join(u'|').contains(u"Java  3"_s), qPrintable(labels.join(u'|')));
        auto *table = qobject_cast<QTableWidget *>(page.view()->frame(u"list"_s)->body());
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 8);
        shoot(page, u"services.png"_s);
    }

    void sliceAndNumberDrillDownToExactlyTheirEntities()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        DashboardsPage page(lane, store);
        page.resize(1280, 900);
        page.show();
        QVERIFY(load(page));
        QPieSeries *pie = pieOf(page);
        QVERIFY(pie);
        QPieSlice *java = nullptr;
        for (QPieSlice *slice : pie->slices())
            if (slice->label().startsWith(u"Java"_s))
                java = slice;
        QVERIFY(java);
        Q_EMIT java->clicked();
        QVERIFY(page.drillDown());
        QSignalSpy javaLoaded(page.drillDown(), &DrillDownDialog::loaded);
        QVERIFY(javaLoaded.wait(5000));
        QCOMPARE(sorted(page.drillDown()->identifiers()), (QStringList{u"pricing"_s, u"svc-000"_s, u"svc-003"_s}));
        QCOMPARE(page.drillDown()->total(), 3);

        // The number: a click lists the five Go services; a double-click opens one.
        auto *figure = page.view()->frame(u"go"_s)->body()->findChild<QLabel *>(u"figure"_s);
        QTest::mouseClick(figure, Qt::LeftButton);
        DrillDownDialog *drill = page.drillDown();
        QVERIFY(drill);
        QSignalSpy goLoaded(drill, &DrillDownDialog::loaded);
        QVERIFY(goLoaded.wait(5000));
        QCOMPARE(sorted(drill->identifiers()), (QStringList{u"cart"_s, u"svc-001"_s, u"svc-002"_s, u"svc-004"_s, u"svc-005"_s}));
        shoot(*drill, u"drilldown.png"_s);
        QSignalSpy opened(&page, &DashboardsPage::openEntity);
        const int row = int(drill->identifiers().indexOf(u"cart"_s));
        Q_EMIT drill->table()->cellDoubleClicked(row, 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<EntityKey>(), (EntityKey{u"service"_s, u"cart"_s}));
    }

    void editModeAddsAWidgetAndSavePersistsIt()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        DashboardsPage page(lane, store);
        page.resize(1280, 900);
        page.show();
        QVERIFY(load(page));
        page.setEditing(true);
        QVERIFY(page.isEditing());
        bool wasBlocked = false;
        bool acted = false;
        testing::whenModal<WidgetEditorDialog>([&](WidgetEditorDialog *editor) {
            acted = true;
            editor->typeBox()->setCurrentText(u"number"_s);
            editor->blueprintBox()->setCurrentText(u"service"_s);
            QTest::keyClicks(editor->titleEdit(), u"Total replicas"_s);
            editor->calculationBox()->setCurrentText(u"sum"_s);
            editor->propertyBox()->setCurrentText(u"nope"_s);
            wasBlocked = !editor->okButton()->isEnabled(); // no such property: OK waits
            editor->propertyBox()->setCurrentText(u"replicas"_s);
            QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problems().join(u'\n')));
            shoot(*editor, u"editor.png"_s);
            QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        });
        page.addWidget();
        QVERIFY(acted);
        QVERIFY(wasBlocked);
        QCOMPARE(page.view()->dashboard().widgets.size(), 6);
        const QString added = page.view()->dashboard().widgets.last().id;
        QTRY_VERIFY_WITH_TIMEOUT(page.view()->pending() == 0, 5000);
        QVERIFY(page.view()->frame(added)->body());
        shoot(page, u"editing.png"_s);

        const Problems problems = page.save();
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        QVERIFY(!page.isEditing());
        const std::optional<Dashboard> saved = DashboardStore(store.database()).dashboard(u"services"_s);
        QVERIFY(saved);
        QCOMPARE(saved->widgets.size(), 6);
        QCOMPARE(saved->widgets.last().title, u"Total replicas"_s);
        QCOMPARE(saved->widgets.last().property, u"replicas"_s);
        QCOMPARE(saved->widgets.last().calculation, u"sum"_s);
    }

    void exportWritesAPngAndAPdf()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        DashboardsPage page(lane, store);
        page.resize(900, 500); // smaller than the grid: the export still holds all of it
        page.show();
        QVERIFY(load(page));
        const QString png = m_dir.filePath(u"dashboard.png"_s);
        const QString pdf = m_dir.filePath(u"dashboard.pdf"_s);
        QCOMPARE(page.exportPng(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.height() >= page.view()->sizeHint().height(), qPrintable(u"%1"_s.arg(image.height())));
        QCOMPARE(page.exportPdf(pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    // PDF pages break between widgets: rows [0,100) [110,300) [310,900) on pages of 350 (the first)
    // and 400 lines: the third row is taller than a page and fills two.
    void pdfPagesBreakBetweenWidgets()
    {
        using Slices = QList<QPair<int, int>>;
        QCOMPARE(dashboardexport::pageSlices({{0, 100}, {110, 300}, {310, 900}}, 908, 350, 400),
                 (Slices{{0, 300}, {310, 710}, {710, 900}}));
        // Everything on one page; the margin below the last widget is no page of its own.
        QCOMPARE(dashboardexport::pageSlices({{0, 100}, {110, 300}}, 308, 350, 400), (Slices{{0, 300}}));
        // Side by side: the break may not cut the taller one (ends at 150 and 200; 200 fits).
        QCOMPARE(dashboardexport::pageSlices({{0, 150}, {0, 200}, {210, 400}}, 400, 300, 300), (Slices{{0, 200}, {210, 400}}));
        // A short widget beside one taller than the page: no clean break, the page is full.
        QCOMPARE(dashboardexport::pageSlices({{0, 150}, {0, 500}}, 500, 300, 300), (Slices{{0, 300}, {300, 500}}));
        // No widgets at all: plain page-high strips.
        QCOMPARE(dashboardexport::pageSlices({}, 700, 300, 300), (Slices{{0, 300}, {300, 600}, {600, 700}}));
    }

    void duplicateDeleteAfterAskingAndJsonRoundTrip()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        DashboardsPage page(lane, store);
        page.resize(1280, 900);
        page.show();
        QVERIFY(load(page));
        QSignalSpy loaded(&page, &DashboardsPage::loaded);
        page.duplicateDashboard();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.dashboards().size(), 2);
        QCOMPARE(page.currentIdentifier(), u"services_copy"_s);
        const QString json = m_dir.filePath(u"dashboards-%1.json"_s.arg(m_run));
        QCOMPARE(page.exportTo(json), QString());

        // Delete asks; "Cancel" keeps it, "Delete" removes it.
        testing::whenModal<QMessageBox>([](QMessageBox *ask) { ask->reject(); });
        QVERIFY(!page.deleteDashboard());
        testing::whenModal<QMessageBox>([](QMessageBox *ask) {
            for (QAbstractButton *button : ask->buttons())
                if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QVERIFY(page.deleteDashboard());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.dashboards().size(), 1);
        QVERIFY(!DashboardStore(store.database()).dashboard(u"services_copy"_s));

        const Problems problems = page.importFrom(json);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.dashboards().size(), 2);
        QVERIFY(DashboardStore(store.database()).dashboard(u"services_copy"_s));
    }

    void doraViewShowsFiguresAndTheNumbersBehindThem()
    {
        DoraFigure lead;
        lead.metric = DoraMetric::ChangeLeadTime;
        lead.value = 26.5;
        lead.hasValue = true;
        lead.count = 2;
        lead.band = u"High"_s;
        lead.samples = {DoraSample{u"deployment"_s, u"d1"_s, u"Deploy 1"_s, QDateTime::currentDateTimeUtc(), 20, u""_s},
                        DoraSample{u"deployment"_s, u"d2"_s, u"Deploy 2"_s, QDateTime::currentDateTimeUtc(), 33, u"hotfix"_s}};
        DoraFigure cartLead = lead;
        cartLead.group = u"cart"_s;
        cartLead.groupTitle = u"Cart Service"_s;
        QList<EntityKey> opened;
        WidgetHooks hooks{{}, [&opened](const QString &bp, const QString &id) { opened.append(EntityKey{bp, id}); }};
        DoraView view({lead}, {cartLead}, u"all"_s, u"service"_s, hooks);
        view.resize(1100, 420);
        view.show();
        const QList<QLabel *> values = view.findChildren<QLabel *>(u"doraValue"_s);
        QCOMPARE(values.size(), 5); // every metric has a card, with or without a value
        QStringList texts;
        for (QLabel *label : values)
            texts.append(label->text());
        QVERIFY2(texts.contains(u"26.5 "_s + doraUnit(DoraMetric::ChangeLeadTime)), qPrintable(texts.join(u'|')));
        QCOMPARE(view.groupTable()->rowCount(), 1);
        QCOMPARE(view.groupTable()->item(0, 0)->text(), u"Cart Service"_s);
        DoraFigureDialog *numbers = view.showSamples(DoraMetric::ChangeLeadTime);
        QVERIFY(numbers);
        QCOMPARE(numbers->table()->rowCount(), 2);
        Q_EMIT numbers->table()->cellDoubleClicked(1, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().blueprint, u"deployment"_s);
        shoot(view, u"dora.png"_s);
        shoot(*numbers, u"dora-numbers.png"_s);
        QVERIFY(!view.showSamples(DoraMetric::ReworkRate)); // no figure, no dialog
    }

    // PORTOLAN_DASHVIEWS_DEMO=<portal file>: every dashboard of that portal to PNG (for looking).
    void shootDemoPortal()
    {
        const QString demo = qEnvironmentVariable("PORTOLAN_DASHVIEWS_DEMO");
        if (demo.isEmpty())
            QSKIP("set PORTOLAN_DASHVIEWS_DEMO to a portal file to shoot its dashboards");
        CatalogStore store(demo);
        if (DashboardStore(store.database()).dashboards().isEmpty()) {
            QHash<QString, Blueprint> blueprints;
            for (const Blueprint &bp : store.blueprints())
                blueprints.insert(bp.identifier, bp);
            QStringList scorecards;
            for (const Scorecard &card : ScorecardStore(store.database()).scorecards())
                scorecards.append(card.identifier);
            QStringList initiatives;
            for (const Initiative &initiative : InitiativeStore(store.database()).initiatives())
                initiatives.append(initiative.identifier);
            // One by one: a portal without the demo scorecards still shows the others.
            for (const Dashboard &d : readyMadeDashboards())
                for (const Problem &p : DashboardStore(store.database()).save({d.toJson()}, blueprints, scorecards, initiatives, u"tester"_s, Origin::Import))
                    qWarning("%s", qPrintable(p.toString()));
        }
        if (const QString user = qEnvironmentVariable("PORTOLAN_DASHVIEWS_USER"); !user.isEmpty())
            QSettings().setValue(u"identity/user"_s, user);
        StoreLane lane(demo);
        DashboardsPage page(lane, store);
        page.resize(1400, 950);
        page.show();
        QVERIFY(load(page));
        const QList<Dashboard> all = page.dashboards();
        for (const Dashboard &d : all) {
            page.showDashboard(d.identifier);
            QTRY_VERIFY_WITH_TIMEOUT(page.view()->pending() == 0, 30000);
            shoot(page, u"demo-%1.png"_s.arg(d.identifier));
            page.exportPng(QDir(shots()).filePath(u"demo-%1-full.png"_s.arg(d.identifier)));
        }
    }

private:
    static bool load(DashboardsPage &page)
    {
        QSignalSpy loaded(&page, &DashboardsPage::loaded);
        page.refresh();
        if (!loaded.wait(10000))
            return false;
        QDeadlineTimer deadline(10000);
        while (page.view()->pending() > 0 && !deadline.hasExpired())
            QTest::qWait(20);
        return page.view()->pending() == 0;
    }

    static QPieSeries *pieOf(DashboardsPage &page)
    {
        WidgetFrame *frame = page.view()->frame(u"languages"_s);
        auto *view = frame ? qobject_cast<QChartView *>(frame->body()) : nullptr;
        if (!view || view->chart()->series().isEmpty())
            return nullptr;
        return qobject_cast<QPieSeries *>(view->chart()->series().constFirst());
    }

    static QString shots()
    {
        return qEnvironmentVariable("PORTOLAN_DASHVIEWS_SHOTS");
    }

    static void shoot(QWidget &page, const QString &name)
    {
        if (shots().isEmpty())
            return;
        QDir().mkpath(shots());
        QCoreApplication::processEvents();
        page.grab().save(QDir(shots()).filePath(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

QTEST_MAIN(TestDashboardsPage)
#include "tst_dashboardspage.moc"
