// The initiatives page offscreen: the list, the burn-up's points, the per-team and next-step
// views, New through the dialog (validation as you type), Delete (asks), and PNGs to look at.
#include "initiativefixture.h"
#include "modaldialogs.h"
#include "scorecards/initiativeburnup.h"
#include "scorecards/initiativedialog.h"
#include "scorecards/initiativespage.h"
#include "scorecards/initiativeview.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestInitiativesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // Lets posted layout requests run before a grab (the page was just filled).
    static void shoot(QWidget *widget, const QString &name)
    {
        QTest::qWait(50);
        QVERIFY(widget->grab().save(shotDir() + u'/' + name));
    }

    static QString shotDir()
    {
        const QString dir = QDir::homePath() + u"/scratch/initiatives"_s;
        QDir().mkpath(dir);
        return dir;
    }

    QList<QJsonObject> scorecards() { return {QJsonDocument::fromJson(productionScorecard()).object()}; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageShowsTheInitiative()
    {
        const QString path = m_dir.filePath(u"page-%1.portolan"_s.arg(++m_files));
        CatalogStore store(path);
        writeScoredPortal(store);
        QJsonObject second = silverInitiativeJson();
        second.insert(u"identifier"_s, u"oncall-beta"_s);
        second.insert(u"title"_s, u"On-call everywhere"_s);
        second.remove(u"targetLevel"_s);
        second.insert(u"targetRules"_s, QJsonArray{u"oncall"_s});
        second.insert(u"owners"_s, QJsonArray{u"beta"_s});
        second.insert(u"deadline"_s, u"2026-03-12"_s);
        QVERIFY(InitiativeStore(store.database()).save({silverInitiativeJson(), second}, {u"production"_s}, u"ann"_s, Origin::UI).isEmpty());

        StoreLane lane(path);
        InitiativesPage page(lane, store);
        page.setToday(QDate(2026, 3, 10));
        page.resize(1400, 860);
        page.show();
        QSignalSpy loaded(&page, &InitiativesPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.list()->topLevelItemCount(), 2);
        QCOMPARE(page.list()->topLevelItem(0)->text(0), u"Every service at Silver"_s);
        QCOMPARE(page.list()->topLevelItem(0)->text(1), u"Production readiness"_s);
        QCOMPARE(page.list()->topLevelItem(0)->text(3), u"40%"_s);
        QCOMPARE(page.list()->topLevelItem(0)->text(4), u"On track"_s);
        QCOMPARE(page.currentIdentifier(), u"silver-q1"_s);

        // The burn-up: one point per day 1–10 March with the replayed counts; target at 5; the
        // deadline marked on 31 March; the forecast from today (2) to 24 March (5).
        InitiativeBurnUp *chart = page.view()->burnUp();
        const QList<QPointF> points = chart->doneSeries()->points();
        QCOMPARE(points.size(), 10);
        QList<int> done;
        for (const QPointF &p : points)
            done.append(int(p.y()));
        QCOMPARE(done, (QList<int>{0, 1, 1, 1, 2, 2, 1, 2, 2, 2}));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x()), QTimeZone::UTC).date(), QDate(2026, 3, 1));
        QCOMPARE(chart->targetSeries()->points().constFirst().y(), 5.0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(chart->deadlineSeries()->points().constFirst().x()), QTimeZone::UTC).date(),
                 QDate(2026, 3, 31));
        QCOMPARE(chart->forecastSeries()->points().size(), 2);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(chart->forecastSeries()->points().constLast().x()), QTimeZone::UTC).date(),
                 QDate(2026, 3, 24));

        // Next steps: the worst team (beta) first, its entities with their next step.
        QTreeWidget *next = page.view()->nextSteps();
        QCOMPARE(next->topLevelItem(0)->text(0), u"beta"_s);
        QCOMPARE(next->topLevelItem(0)->childCount(), 2);
        QStringList steps;
        for (int i = 0; i < next->topLevelItem(0)->childCount(); ++i)
            steps.append(next->topLevelItem(0)->child(i)->text(1));
        QVERIFY2(steps.contains(u"Pass “Has an on-call rotation” (Bronze)"_s), qPrintable(steps.join(u" | "_s)));
        QVERIFY(page.view()->explanationLabel()->text().contains(u"24 Mar 2026"_s));

        // Double-click on an entity opens it.
        QTreeWidget *entities = page.view()->entities();
        QCOMPARE(entities->topLevelItemCount(), 5);
        QSignalSpy open(&page, &InitiativesPage::openEntity);
        Q_EMIT entities->itemDoubleClicked(entities->topLevelItem(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().value<EntityKey>().blueprint, u"service"_s);

        shoot(&page, u"initiatives-page.png"_s);
        page.view()->findChild<QTabWidget *>()->setCurrentIndex(1);
        shoot(&page, u"initiatives-page-entities.png"_s);
        page.setCurrentIdentifier(u"oncall-beta"_s);
        // 4 of 5 pass on-call, 4 reached in 9 days: 1 more by 13 March, a day late.
        QCOMPARE(page.view()->statusLabel()->text(), u"At risk"_s);
        shoot(&page, u"initiatives-page-atrisk.png"_s);

        // Delete asks; No keeps it.
        whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
        QVERIFY(!page.deleteInitiative(u"oncall-beta"_s));
        QCOMPARE(InitiativeStore(store.database()).initiatives().size(), 2);
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QVERIFY(page.deleteInitiative(u"oncall-beta"_s));
        QCOMPARE(InitiativeStore(store.database()).initiatives().size(), 1);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.list()->topLevelItemCount(), 1);
    }

    void emptyPageSaysWhatToDo()
    {
        const QString path = m_dir.filePath(u"page-%1.portolan"_s.arg(++m_files));
        CatalogStore store(path);
        StoreLane lane(path);
        InitiativesPage page(lane, store);
        page.resize(1000, 600);
        QSignalSpy loaded(&page, &InitiativesPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.list()->topLevelItemCount(), 0);
        shoot(&page, u"initiatives-empty.png"_s);
    }

    void dialogValidatesAsYouType()
    {
        InitiativeDialog dialog(scorecards(), {u"taken"_s});
        dialog.show();
        QVERIFY(!dialog.okButton()->isEnabled()); // empty title, no owners
        QTest::keyClicks(dialog.titleEdit(), u"Silver by summer"_s);
        QCOMPARE(dialog.identifierEdit()->text(), u"silver-by-summer"_s);
        QVERIFY(!dialog.okButton()->isEnabled()); // still no owners
        QTest::keyClicks(dialog.ownersEdit(), u"platform, payments"_s);
        dialog.startEdit()->setDate(QDate(2026, 4, 1));
        dialog.deadlineEdit()->setDate(QDate(2026, 6, 30));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problemsLabel()->text()));
        const Initiative initiative = dialog.initiative();
        QCOMPARE(initiative.owners, (QStringList{u"platform"_s, u"payments"_s}));
        QCOMPARE(initiative.targetLevel, u"Bronze"_s);
        QCOMPARE(initiative.scorecard, u"production"_s);

        dialog.deadlineEdit()->setDate(QDate(2026, 3, 1)); // before the start
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(u"deadline"_s));
        shoot(&dialog, u"initiative-dialog-problem.png"_s);
        QTest::keyClick(&dialog, Qt::Key_Return); // refused while wrong
        QVERIFY(dialog.isVisible());
        dialog.deadlineEdit()->setDate(QDate(2026, 6, 30));

        dialog.titleEdit()->clear(); // an empty title
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(u"title"_s));
        QTest::keyClicks(dialog.titleEdit(), u"Taken"_s);
        dialog.identifierEdit()->setText(u"taken"_s);
        QVERIFY(!dialog.okButton()->isEnabled()); // another initiative has that identifier
        dialog.identifierEdit()->setText(u"silver-by-summer"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        shoot(&dialog, u"initiative-dialog.png"_s);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void dialogEscCancelsAndEditKeepsUnknownKeys()
    {
        QJsonObject json = silverInitiativeJson();
        json.insert(u"x-origin"_s, u"cortex"_s);
        InitiativeDialog dialog(scorecards(), {});
        dialog.setInitiative(Initiative::fromJson(json));
        dialog.show();
        QVERIFY(dialog.identifierEdit()->isReadOnly());
        QCOMPARE(dialog.levelBox()->currentText(), u"Silver"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.initiative().toJson(), json);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestInitiativesPage)
#include "tst_initiativespage.moc"
