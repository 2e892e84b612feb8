// The runs list and the run page (offscreen, real SQLite store, reads on a StoreLane): listing
// and filtering, the page's header/inputs/links/entities, live log polling, approvals.
#include "modaldialogs.h"
#include "actions/approvaldialog.h"
#include "actions/runapprovalbox.h"
#include "actions/runlistmodel.h"
#include "actions/runlogview.h"
#include "actions/runpage.h"
#include "actions/runspage.h"
#include "actions/runstore.h"
#include "entity/chiplabel.h"
#include "shell/appearance.h"
#include "storefixture.h"
#include "store/storelane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString Me = u"ada@example.com"_s;

using portolan::testing::whenModal;

QList<Blueprint> blueprints()
{
    return {
        testing::blueprint(R"({"identifier": "user", "title": "User", "schema": {"properties": {"email": {"type": "string", "format": "email"}}}})"),
        testing::blueprint(R"({"identifier": "service", "title": "Service", "schema": {"properties": {"language": {"type": "string"}}}})"),
    };
}

QList<Entity> entities()
{
    return {
        testing::entity(R"({"identifier": "ada", "blueprint": "user", "title": "Ada Lovelace", "properties": {"email": "ada@example.com"}})"),
        testing::entity(R"({"identifier": "grace", "blueprint": "user", "title": "Grace Hopper", "properties": {"email": "grace@example.com"}})"),
        testing::entity(R"({"identifier": "cart", "blueprint": "service", "title": "Cart Service", "properties": {"language": "Go"}})"),
    };
}

ActionRun makeRun(const QString &id, RunStatus status, const QString &by, int minutesAgo)
{
    ActionRun run;
    run.id = id;
    run.action = u"deploy_service"_s;
    run.actionTitle = u"Deploy service"_s;
    run.blueprint = u"service"_s;
    run.entity = u"cart"_s;
    run.status = status;
    run.createdBy = by;
    run.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    run.updatedAt = run.createdAt;
    if (isTerminal(status))
        run.endedAt = run.createdAt.addSecs(95);
    return run;
}

} // namespace

class TestRunsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().setValue(u"identity/user"_s, Me);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"portal.sqlite"_s);
        m_store = std::make_unique<CatalogStore>(m_path);
        testing::write(*m_store, blueprints(), entities());
        m_lane = std::make_unique<StoreLane>(m_path);
    }

    void cleanup()
    {
        m_lane.reset();
        m_store.reset();
        m_dir.reset();
    }

    // ---- the model ----

    void relativeTimeReads_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << 10 << u"just now"_s;
        QTest::newRow("minutes") << 3 * 60 + 5 << u"3 min ago"_s;
        QTest::newRow("hours") << 2 * 3600 << u"2 h ago"_s;
        QTest::newRow("yesterday") << 26 * 3600 << u"yesterday"_s;
        QTest::newRow("days") << 3 * 86400 << u"3 days ago"_s;
    }
    void relativeTimeReads()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RunListModel::relativeTime(now.addSecs(-seconds), now), expected);
    }

    void durationReads_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(45) << u"45 s"_s;
        QTest::newRow("minutes") << qint64(134) << u"2 min 14 s"_s;
        QTest::newRow("whole minutes") << qint64(120) << u"2 min"_s;
        QTest::newRow("hours") << qint64(3900) << u"1 h 05 min"_s;
    }
    void durationReads()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(RunListModel::durationText(seconds), expected);
    }

    void modelColoursStatusesAndKeepsRowsOnSameRuns()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({makeRun(u"r1"_s, RunStatus::Failure, Me, 1), makeRun(u"r2"_s, RunStatus::WaitingForApproval, Me, 2)});
        QCOMPARE(model.data(model.index(0, RunListModel::StatusColumn)).toString(), u"Failure"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::StatusColumn), RunListModel::StatusColorRole).toString(), u"#ef4444"_s);
        QCOMPARE(model.data(model.index(1, RunListModel::StatusColumn), RunListModel::StatusColorRole).toString(), u"#f59e0b"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::DurationColumn)).toString(), u"1 min 35 s"_s);
        QVERIFY(!model.data(model.index(0, RunListModel::StartedColumn), Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.hasOpenRuns());
        // A poll with the same runs repaints without a reset (selection survives).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRuns({makeRun(u"r1"_s, RunStatus::Failure, Me, 1), makeRun(u"r2"_s, RunStatus::Success, Me, 2)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QVERIFY(!model.hasOpenRuns());
    }

    // ---- the runs list ----

    void listShowsRunsNewestFirst()
    {
        insert(makeRun(u"r_old"_s, RunStatus::Success, Me, 30));
        insert(makeRun(u"r_new"_s, RunStatus::Failure, u"grace@example.com"_s, 1));
        insert(makeRun(u"r_mid"_s, RunStatus::Success, Me, 10));
        RunsPage page(*m_lane);
        QAbstractItemModelTester tester(page.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(page);
        QCOMPARE(idsShown(page), (QStringList{u"r_new"_s, u"r_mid"_s, u"r_old"_s}));
        const QAbstractItemModel *shown = page.view()->model();
        QCOMPARE(shown->index(0, RunListModel::ByColumn).data().toString(), u"Grace Hopper"_s); // names, not e-mails
        QCOMPARE(shown->index(0, RunListModel::ActionColumn).data().toString(), u"Deploy service"_s);
        QCOMPARE(shown->index(0, RunListModel::EntityColumn).data().toString(), u"Cart Service"_s); // titles, not identifiers
        QVERIFY(page.emptyText().isEmpty());
        QVERIFY(!page.isPolling()); // nothing open
    }

    void listFiltersByStatusMineAndMyApproval()
    {
        insert(makeRun(u"r_mine_ok"_s, RunStatus::Success, Me, 5));
        insert(makeRun(u"r_mine_fail"_s, RunStatus::Failure, Me, 4));
        insert(makeRun(u"r_other_fail"_s, RunStatus::Failure, u"grace@example.com"_s, 3));
        ActionRun waiting = makeRun(u"r_wait"_s, RunStatus::WaitingForApproval, u"grace@example.com"_s, 2);
        waiting.approval.mode = RunApproval::Mode::Any;
        waiting.approval.approvers = {Me};
        insert(waiting);
        RunsPage page(*m_lane);
        load(page);
        QCOMPARE(idsShown(page).size(), 4);

        auto *status = page.findChild<QComboBox *>(u"runsStatus"_s);
        QVERIFY(status);
        loadAfter(page, [&] { status->setCurrentIndex(status->findData(int(RunStatus::Failure))); });
        QCOMPARE(idsShown(page), (QStringList{u"r_other_fail"_s, u"r_mine_fail"_s}));

        auto *mine = page.findChild<QCheckBox *>(u"runsMine"_s);
        loadAfter(page, [&] { mine->setChecked(true); });
        QCOMPARE(idsShown(page), QStringList{u"r_mine_fail"_s});

        loadAfter(page, [&] { status->setCurrentIndex(0); });
        QCOMPARE(idsShown(page), (QStringList{u"r_mine_fail"_s, u"r_mine_ok"_s}));

        loadAfter(page, [&] { mine->setChecked(false); });
        auto *myApproval = page.findChild<QCheckBox *>(u"runsMyApproval"_s);
        loadAfter(page, [&] { myApproval->setChecked(true); });
        QCOMPARE(idsShown(page), QStringList{u"r_wait"_s});
        loadAfter(page, [&] { myApproval->setChecked(false); });

        // Text filters in the proxy, no reload.
        page.findChild<QLineEdit *>(u"runsSearch"_s)->setText(u"grace"_s);
        QCOMPARE(idsShown(page), (QStringList{u"r_wait"_s, u"r_other_fail"_s}));
        page.findChild<QLineEdit *>(u"runsSearch"_s)->setText(u"nothing like it"_s);
        QCOMPARE(page.emptyText(), u"No runs match these filters."_s);
    }

    void listScopesToAnEntity()
    {
        insert(makeRun(u"r_cart"_s, RunStatus::Success, Me, 5));
        ActionRun other = makeRun(u"r_other"_s, RunStatus::Success, Me, 4);
        other.entity = u"search"_s;
        insert(other);
        RunsPage page(*m_lane);
        RunFilter scope;
        scope.blueprint = u"service"_s;
        scope.entity = u"cart"_s;
        loadAfter(page, [&] { page.setFilter(scope, u"Runs on Cart Service"_s); });
        QCOMPARE(idsShown(page), QStringList{u"r_cart"_s});
        QCOMPARE(page.findChild<QLabel *>(u"runsTitle"_s)->text(), u"Runs on Cart Service"_s);
    }

    void listEmptyStateExplains()
    {
        RunsPage page(*m_lane);
        load(page);
        QCOMPARE(page.emptyText(), u"No runs yet. Run an action from a blueprint's or an entity's page."_s);
    }

    void listEnterOpensRun()
    {
        insert(makeRun(u"r_one"_s, RunStatus::Success, Me, 5));
        RunsPage page(*m_lane);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        load(page);
        QSignalSpy requested(&page, &RunsPage::runRequested);
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.view()->model()->index(0, 1));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), u"r_one"_s);
    }

    void listPollsWhileARunIsOpen()
    {
        ActionRun run = makeRun(u"r_live"_s, RunStatus::InProgress, Me, 1);
        insert(run);
        RunsPage page(*m_lane);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        load(page);
        QVERIFY(page.isPolling());
        run.status = RunStatus::Success;
        run.endedAt = run.updatedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(RunStore(m_store->database()).update(run), QString());
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->index(0, 0).data().toString(), u"Success"_s, 3500);
        QVERIFY(!page.isPolling());
    }

    // ---- the run page ----

    void runPageShowsHeaderInputsLinksAndEntities()
    {
        ActionRun run = makeRun(u"r_full"_s, RunStatus::Failure, Me, 3);
        run.statusLabel = u"Rollout failed at 2 of 3 pods"_s;
        run.externalRunId = u"gh-4711"_s;
        run.summary = u"Deployed **v1.2.3** to staging."_s;
        run.links = {u"https://ci.example.com/acme/cart/actions/runs/4711"_s, u"portolan://entity/service/cart"_s};
        run.inputs = QJsonObject{{u"version"_s, u"1.2.3"_s}, {u"token"_s, u"********"_s}, {u"replicas"_s, 3}};
        insert(run);
        {
            // The entity the run touched, tied to it by the writer (run_entities).
            CatalogWriter writer(*m_store, Origin::ActionRun, Me);
            writer.setRun(u"r_full"_s);
            Problems problems = writer.putEntity(testing::entity(R"({"identifier": "cart-staging", "blueprint": "service", "title": "Cart staging"})"));
            problems.append(writer.commit());
            QVERIFY(!hasErrors(problems));
        }
        RunPage page(*m_lane);
        showRun(page, u"r_full"_s);
        QCOMPARE(page.findChild<QLabel *>(u"runTitle"_s)->text(), u"Deploy service"_s);
        QCOMPARE(page.findChild<ChipLabel *>(u"runStatusChip"_s)->text(), u"Failure"_s);
        QCOMPARE(page.findChild<ChipLabel *>(u"runStatusChip"_s)->color(), QColor(u"#ef4444"_s));
        QCOMPARE(page.findChild<QLabel *>(u"runStatusLabel"_s)->text(), run.statusLabel);
        const QString meta = page.findChild<QLabel *>(u"runMeta"_s)->text();
        QVERIFY2(meta.contains(u"Ada Lovelace"_s) && meta.contains(u"gh-4711"_s) && meta.contains(u"Cart Service"_s)
                     && meta.contains(u"took 1 min 35 s"_s),
                 qPrintable(meta));
        QCOMPARE(page.findChild<QLabel *>(u"input-version"_s)->text(), u"1.2.3"_s);
        QCOMPARE(page.findChild<QLabel *>(u"input-token"_s)->text(), u"********"_s);
        QCOMPARE(page.findChild<QLabel *>(u"input-replicas"_s)->text(), u"3"_s);
        auto *links = page.findChild<QLabel *>(u"runLinks"_s);
        QVERIFY2(links->text().contains(u"href=\"https://ci.example.com/acme/cart/actions/runs/4711\""_s), qPrintable(links->text()));
        QVERIFY(links->text().contains(u">Cart Service</a>"_s));
        QVERIFY(page.findChild<QTextEdit *>(u"runSummary"_s)->toPlainText().contains(u"Deployed v1.2.3 to staging."_s));
        auto *touched = page.findChild<QLabel *>(u"runEntities"_s);
        QVERIFY2(touched->text().contains(u">Cart staging</a>"_s) && touched->text().contains(u"Created"_s), qPrintable(touched->text()));

        QSignalSpy requested(&page, &RunPage::entityRequested);
        Q_EMIT links->linkActivated(u"portolan://entity/service/cart"_s);
        Q_EMIT touched->linkActivated(u"portolan://entity/service/cart-staging"_s);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0), (QVariantList{u"service"_s, u"cart"_s}));
        QCOMPARE(requested.at(1), (QVariantList{u"service"_s, u"cart-staging"_s}));
        QVERIFY(!page.isPolling()); // terminal from the start
    }

    void runPageShowsMissingRun()
    {
        RunPage page(*m_lane);
        showRun(page, u"r_nope"_s);
        QCOMPARE(page.findChild<QLabel *>(u"runTitle"_s)->text(), u"Run not found"_s);
        QVERIFY(!page.run());
    }

    void runPageAppendsLogLinesLive()
    {
        insert(makeRun(u"r_log"_s, RunStatus::InProgress, Me, 1));
        RunStore runs(m_store->database());
        QCOMPARE(runs.appendLog(u"r_log"_s, u"Cloning repository"_s, QDateTime::currentDateTimeUtc()), QString());
        RunPage page(*m_lane);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        showRun(page, u"r_log"_s);
        QCOMPARE(page.logView()->lineCount(), 1);
        QVERIFY(page.isPolling());

        QCOMPARE(runs.appendLog(u"r_log"_s, u"Building image acme/cart:1.2.3"_s, QDateTime::currentDateTimeUtc()), QString());
        // The page polls every 500 ms: the line shows within about a second, with no refresh().
        QTRY_COMPARE_WITH_TIMEOUT(page.logView()->lineCount(), 2, 1500);
        QVERIFY(page.logView()->text().endsWith(u"  Building image acme/cart:1.2.3"_s));
        QVERIFY(page.logView()->editor()->toPlainText().contains(u"Cloning repository"_s));

        // Copy log copies what is shown.
        page.logView()->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), page.logView()->text());
    }

    void terminalRunStopsPolling()
    {
        ActionRun run = makeRun(u"r_end"_s, RunStatus::InProgress, Me, 1);
        insert(run);
        RunStore runs(m_store->database());
        RunPage page(*m_lane);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        showRun(page, u"r_end"_s);
        QVERIFY(page.isPolling());

        runs.appendLog(u"r_end"_s, u"Done"_s, QDateTime::currentDateTimeUtc());
        run.status = RunStatus::Success;
        run.endedAt = run.updatedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(runs.update(run), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isPolling(), 1500);
        QCOMPARE(page.findChild<ChipLabel *>(u"runStatusChip"_s)->text(), u"Success"_s);
        QCOMPARE(page.logView()->lineCount(), 1); // the last line came with the terminal status

        // Nothing polls any more: a straggler shows only when the window says so.
        runs.appendLog(u"r_end"_s, u"Straggler"_s, QDateTime::currentDateTimeUtc());
        QTest::qWait(1200);
        QCOMPARE(page.logView()->lineCount(), 1);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page.logView()->lineCount(), 2, 1000);
    }

    void logFollowsTheEndUnlessScrolledUp()
    {
        RunLogView log;
        log.resize(500, 200);
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        auto lines = [](int from, int count) {
            QList<RunLogLine> out;
            for (int i = from; i < from + count; ++i)
                out.append({i, QDateTime::currentDateTimeUtc(), u"line %1"_s.arg(i)});
            return out;
        };
        QScrollBar *bar = log.editor()->verticalScrollBar();
        log.append(lines(1, 50));
        QCOMPARE(bar->value(), bar->maximum());
        log.append(lines(51, 10));
        QCOMPARE(bar->value(), bar->maximum()); // followed
        bar->setValue(3);
        log.append(lines(61, 10));
        QCOMPARE(bar->value(), 3); // the reader scrolled up: stays put
        QVERIFY(bar->maximum() > 3);
    }

    void approverApprovesWithReason()
    {
        insert(waitingRun({Me, u"grace@example.com"_s}, u"grace@example.com"_s));
        RunPage page(*m_lane);
        showRun(page, u"r_wait"_s);
        RunApprovalBox *box = page.approvalBox();
        QVERIFY(!box->isHidden());
        QVERIFY(!box->approveButton()->isHidden());
        QVERIFY(!box->declineButton()->isHidden());
        QVERIFY(box->cancelButton()->isHidden()); // not the requester
        QVERIFY(page.findChild<QLabel *>(u"approvalBody"_s)->text().contains(u"Grace Hopper"_s));

        QSignalSpy decided(&page, &RunPage::decisionRequested);
        whenModal<ApprovalDialog>([](ApprovalDialog *dialog) {
            QVERIFY(dialog->okButton()->isEnabled()); // a reason is optional to approve
            QTest::keyClicks(dialog->reasonEdit(), u"Looks fine"_s);
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        });
        box->approveButton()->click();
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first(), (QVariantList{u"r_wait"_s, true, u"Looks fine"_s}));
    }

    void declineRefusesAnEmptyReason()
    {
        insert(waitingRun({Me}, u"grace@example.com"_s));
        RunPage page(*m_lane);
        showRun(page, u"r_wait"_s);
        QSignalSpy decided(&page, &RunPage::decisionRequested);
        bool refused = false;
        whenModal<ApprovalDialog>([&refused](ApprovalDialog *dialog) {
            QVERIFY(!dialog->okButton()->isEnabled());
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return); // refused: nothing happens
            QTest::keyClicks(dialog->reasonEdit(), u"   "_s);
            QVERIFY(!dialog->okButton()->isEnabled()); // blanks are no reason
            refused = dialog->isVisible();
            QTest::keyClicks(dialog->reasonEdit(), u"Freeze week"_s);
            QVERIFY(dialog->okButton()->isEnabled());
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        });
        page.approvalBox()->declineButton()->click();
        QVERIFY(refused);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first(), (QVariantList{u"r_wait"_s, false, u"Freeze week"_s}));
    }

    void declineDialogCancelledDecidesNothing()
    {
        insert(waitingRun({Me}, u"grace@example.com"_s));
        RunPage page(*m_lane);
        showRun(page, u"r_wait"_s);
        QSignalSpy decided(&page, &RunPage::decisionRequested);
        whenModal<ApprovalDialog>([](ApprovalDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        page.approvalBox()->declineButton()->click();
        QCOMPARE(decided.size(), 0);
    }

    void requesterMayCancelButNotApprove()
    {
        insert(waitingRun({u"grace@example.com"_s}, Me));
        RunPage page(*m_lane);
        showRun(page, u"r_wait"_s);
        RunApprovalBox *box = page.approvalBox();
        QVERIFY(box->approveButton()->isHidden());
        QVERIFY(box->declineButton()->isHidden());
        QVERIFY(!box->cancelButton()->isHidden());
        QSignalSpy cancelled(&page, &RunPage::cancelRequested);
        box->cancelButton()->click();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().toString(), u"r_wait"_s);
    }

    void answeredApproverSeesTheDecision()
    {
        ActionRun run = waitingRun({Me, u"grace@example.com"_s}, u"grace@example.com"_s);
        run.approval.mode = RunApproval::Mode::All;
        run.approval.decisions.append({Me, true, u"ok by me"_s, QDateTime::currentDateTimeUtc()});
        insert(run);
        RunPage page(*m_lane);
        showRun(page, u"r_wait"_s);
        QVERIFY(page.approvalBox()->approveButton()->isHidden()); // answered already
        const QString body = page.findChild<QLabel *>(u"approvalBody"_s)->text();
        QVERIFY2(body.contains(u"All of these must approve"_s) && body.contains(u"Ada Lovelace</b> approved"_s) && body.contains(u"ok by me"_s),
                 qPrintable(body));
    }

    // Not a check: pictures of both pages in light and dark for a person to look at
    // (PORTOLAN_RUNSUI_SHOTS=<dir>).
    void renderScreens();

private:
    void insert(const ActionRun &run)
    {
        QCOMPARE(RunStore(m_store->database()).insert(run, RunStore::hashToken(RunStore::newToken())), QString());
    }

    ActionRun waitingRun(const QStringList &approvers, const QString &by)
    {
        ActionRun run = makeRun(u"r_wait"_s, RunStatus::WaitingForApproval, by, 2);
        run.approval.mode = RunApproval::Mode::Any;
        run.approval.approvers = approvers;
        return run;
    }

    void load(RunsPage &page)
    {
        loadAfter(page, [&page] { page.refresh(); });
    }

    template<typename Trigger>
    void loadAfter(RunsPage &page, Trigger trigger)
    {
        QSignalSpy loaded(&page, &RunsPage::loaded);
        trigger();
        QVERIFY(loaded.wait(5000));
    }

    void showRun(RunPage &page, const QString &id)
    {
        QSignalSpy loaded(&page, &RunPage::loaded);
        page.showRun(id);
        QVERIFY(page.isLoading());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!page.isLoading());
    }

    static QStringList idsShown(RunsPage &page)
    {
        QStringList ids;
        const QAbstractItemModel *model = page.view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(RunListModel::RunIdRole).toString());
        return ids;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<StoreLane> m_lane;
};

#include "runspagescreens.h"

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
