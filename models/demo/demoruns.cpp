#include "demoruns.h"

#include "actions/actionpolicyresolver.h"
#include "actions/actionstore.h"
#include "actions/runstore.h"
#include "store/catalogstore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct DemoRun {
    const char *id;
    const char *action;
    const char *title;
    const char *blueprint;
    const char *entity;
    RunStatus status;
    const char *label;
    const char *summary;
    const char *by;
    int hoursAgo;
    int minutes; // how long it ran
    QJsonObject inputs;
    QStringList log;
    QStringList links;
};

} // namespace

void addDemoRuns(CatalogStore &store, QDate anchor)
{
    const QDateTime now(anchor, QTime(9, 30), QTimeZone::UTC);
    const QList<DemoRun> runs{
        {"r_demo_deploy_0001", "deploy_service", "Deploy a service", "service", "accounts-admin", RunStatus::Success,
         "Deployed 2.14.0 to production", "Canary at 10 % for 5 minutes, no errors; promoted to 100 %.", "aisha.ahmed@example.com", 26, 7,
         {{u"version"_s, u"2.14.0"_s}, {u"environment"_s, u"production"_s}, {u"strategy"_s, u"canary"_s}, {u"canaryPercentage"_s, 10}},
         {u"Deploy accounts-admin 2.14.0 to production (canary)"_s, u"Rendering manifests…"_s, u"Rolling out canary: 10 % of pods"_s,
          u"Canary healthy: error rate 0.02 %, p95 212 ms"_s, u"Promoting to 100 %"_s, u"All 6 pods running 2.14.0"_s,
          u"Deployment finished"_s},
         {u"https://ci.example.com/deploys/accounts-admin/2.14.0"_s}},
        {"r_demo_upgrade_0002", "upgrade_package_version", "Upgrade a package version", "service", "accounts-consumer",
         RunStatus::Failure, "Tests failed after the upgrade", "3 of 412 tests failed with jackson-databind 2.17.0.",
         "alejandro.walsh@example.com", 5, 12,
         {{u"package"_s, u"com.fasterxml.jackson.core:jackson-databind"_s}, {u"version"_s, u"2.17.0"_s}, {u"upgradeDependants"_s, false}},
         {u"Opening a branch upgrade/jackson-databind-2.17.0"_s, u"Updating build files"_s, u"Running the test suite (412 tests)"_s,
          u"FAILED OrderSerializationTest.roundTripsDates"_s, u"FAILED OrderSerializationTest.keepsUnknownFields"_s,
          u"FAILED RefundEventTest.parsesLegacyPayload"_s, u"Upgrade abandoned: the pull request was not opened"_s},
         {}},
    };
    RunStore runStore(store.database());
    for (const DemoRun &demo : runs) {
        ActionRun run;
        run.id = QString::fromLatin1(demo.id);
        run.action = QString::fromLatin1(demo.action);
        run.actionTitle = QString::fromLatin1(demo.title);
        run.blueprint = QString::fromLatin1(demo.blueprint);
        run.entity = QString::fromLatin1(demo.entity);
        run.status = demo.status;
        run.statusLabel = QString::fromUtf8(demo.label);
        run.summary = QString::fromUtf8(demo.summary);
        run.links = demo.links;
        run.inputs = demo.inputs;
        run.createdBy = QString::fromLatin1(demo.by);
        run.createdAt = now.addSecs(-3600LL * demo.hoursAgo);
        run.updatedAt = run.endedAt = run.createdAt.addSecs(60LL * demo.minutes);
        if (!runStore.insert(run).isEmpty())
            continue; // already there (a demo portal made twice)
        for (qsizetype i = 0; i < demo.log.size(); ++i)
            runStore.appendLog(run.id, demo.log.at(i), run.createdAt.addSecs(60LL * demo.minutes * i / qMax<qsizetype>(1, demo.log.size() - 1)));
    }
    // One request waiting for approval by the security team.
    ActionRun waiting;
    waiting.id = u"r_demo_permissions_0003"_s;
    waiting.action = u"request_temporary_permissions"_s;
    waiting.actionTitle = u"Get temporary permissions"_s;
    waiting.blueprint = u"environment"_s;
    waiting.entity = u"production"_s;
    waiting.status = RunStatus::WaitingForApproval;
    waiting.statusLabel = u"Waiting for approval"_s;
    waiting.inputs = {{u"role"_s, u"database-admin"_s}, {u"durationHours"_s, 4}, {u"reason"_s, u"Restore the orders table after INC-2041"_s}};
    waiting.createdBy = u"aisha.ahmed@example.com"_s;
    waiting.createdAt = waiting.updatedAt = now.addSecs(-1800);
    // Its approvers resolved as the runner resolves them (the people of the action's approving
    // teams), so the people named can approve it.
    const std::optional<ActionDefinition> action = ActionStore(store.database()).action(waiting.action);
    if (!action)
        return;
    const ActionPolicyResolver resolver(store);
    waiting.approval.mode = RunApproval::Mode::All;
    waiting.approval.approvers = resolver.approvers(*action, resolver.actor(waiting.createdBy));
    if (waiting.approval.approvers.isEmpty())
        return;
    if (runStore.insert(waiting).isEmpty())
        runStore.appendLog(waiting.id, u"Waiting for approval by all of %1"_s.arg(waiting.approval.approvers.join(u", "_s)),
                           waiting.createdAt);
}

} // namespace portolan
