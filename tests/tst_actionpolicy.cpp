// The guard-rails of self-service actions: who may execute (users, teams, the entity's owners),
// who must approve (users and team members, never the runner unless he is the only one), and
// the per-user and per-team limits on runs per period.
#include "runnerfixture.h"

#include "actions/actionpolicy.h"
#include "actions/actionpolicyresolver.h"
#include "actions/runstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

ActionDefinition deployAction(const QJsonObject &permissions, const QString &operation = u"DAY-2"_s,
                              const QJsonObject &limits = {})
{
    QJsonObject definition = json(R"({"identifier": "deploy", "title": "Deploy",
        "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service"},
        "invocationMethod": {"type": "WEBHOOK"}})");
    QJsonObject trigger = definition.value("trigger"_L1).toObject();
    trigger.insert(u"operation"_s, operation);
    definition.insert(u"trigger"_s, trigger);
    if (!permissions.isEmpty())
        definition.insert(u"permissions"_s, permissions);
    if (!limits.isEmpty())
        definition.insert(u"limits"_s, limits);
    const std::optional<ActionDefinition> action = ActionDefinition::fromJson(definition);
    Q_ASSERT(action);
    return *action;
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QJsonObject permissionsJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestActionPolicy final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_n)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void executePermission_data()
    {
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QStringList>("teams");
        QTest::addColumn<QStringList>("owners");
        QTest::addColumn<QString>("refusal");

        const QString ada = u"ada@example.com"_s;
        const QStringList adaAliases{ada, u"ada"_s};
        QTest::newRow("no execute rule: everyone") << u""_s << u"DAY-2"_s << ada << adaAliases << QStringList() << QStringList() << u""_s;
        QTest::newRow("listed user") << uR"({"execute": {"users": ["ada@example.com"]}})"_s << u"DAY-2"_s << ada << adaAliases
                                     << QStringList() << QStringList() << u""_s;
        QTest::newRow("listed user, other case") << uR"({"execute": {"users": ["Ada@Example.com"]}})"_s << u"DAY-2"_s << ada
                                                 << adaAliases << QStringList() << QStringList() << u""_s;
        QTest::newRow("listed by identifier") << uR"({"execute": {"users": ["ada"]}})"_s << u"DAY-2"_s << ada << adaAliases
                                              << QStringList() << QStringList() << u""_s;
        QTest::newRow("team member") << uR"({"execute": {"teams": ["platform"]}})"_s << u"DAY-2"_s << ada << adaAliases
                                     << QStringList{u"platform"_s} << QStringList() << u""_s;
        QTest::newRow("owner") << uR"({"execute": {"owners": true}})"_s << u"DAY-2"_s << ada << adaAliases
                               << QStringList{u"payments"_s} << QStringList{u"payments"_s} << u""_s;
        QTest::newRow("not on the team, not an owner")
            << uR"({"execute": {"teams": ["platform"], "owners": true}})"_s << u"DAY-2"_s << ada << adaAliases
            << QStringList{u"sre"_s} << QStringList{u"payments"_s}
            << u"ada@example.com may not run Deploy: only team platform or the service's owners (payments)"_s;
        QTest::newRow("users, teams and owners listed")
            << uR"({"execute": {"users": ["bob@example.com"], "teams": ["platform", "sre"], "owners": true}})"_s << u"DAY-2"_s
            << u"cy@example.com"_s << QStringList{u"cy@example.com"_s} << QStringList{u"payments"_s} << QStringList{u"infra-team"_s}
            << u"cy@example.com may not run Deploy: only bob@example.com, team platform, team sre or the service's owners (infra-team)"_s;
        QTest::newRow("owners of an entity without owners")
            << uR"({"execute": {"owners": true}})"_s << u"DELETE"_s << ada << adaAliases << QStringList{u"platform"_s}
            << QStringList() << u"ada@example.com may not run Deploy: only the service's owners (it has none)"_s;
        QTest::newRow("owners of a CREATE action")
            << uR"({"execute": {"owners": true}})"_s << u"CREATE"_s << ada << adaAliases << QStringList{u"platform"_s}
            << QStringList() << u"ada@example.com may not run Deploy: only the owners of an existing service (a new one has none)"_s;
        QTest::newRow("execute names no one") << uR"({"execute": {"users": [], "teams": []}})"_s << u"DAY-2"_s << ada
                                              << adaAliases << QStringList{u"platform"_s} << QStringList()
                                              << u"ada@example.com may not run Deploy: its permissions name no one who may run it"_s;
        QTest::newRow("a user who has not said who he is") << uR"({"execute": {"users": ["ada@example.com"]}})"_s << u"DAY-2"_s
                                                            << u""_s << QStringList() << QStringList() << QStringList()
                                                            << u"Someone who has not said who they are may not run Deploy: only ada@example.com"_s;
    }

    void executePermission()
    {
        QFETCH(QString, permissions);
        QFETCH(QString, operation);
        QFETCH(QString, user);
        QFETCH(QStringList, aliases);
        QFETCH(QStringList, teams);
        QFETCH(QStringList, owners);
        QFETCH(QString, refusal);
        const ActionDefinition action = deployAction(permissionsJson(permissions), operation);
        const PolicyActor actor{user, aliases, teams};
        const PolicySubject subject{u"Service"_s, u"Cart"_s, owners};
        QCOMPARE(executeRefusal(action, actor, subject), refusal);
    }

    void approvers_data()
    {
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<QString>("runner");
        QTest::addColumn<QStringList>("approvers");

        QTest::newRow("users") << uR"({"approve": {"users": ["bob@example.com", "cy@example.com"]}})"_s << u"ada@example.com"_s
                               << QStringList{u"bob@example.com"_s, u"cy@example.com"_s};
        QTest::newRow("users and team members, once each")
            << uR"({"approve": {"users": ["cy@example.com"], "teams": ["payments", "sre"]}})"_s << u"ada@example.com"_s
            << QStringList{u"cy@example.com"_s, u"bob@example.com"_s, u"dee"_s};
        QTest::newRow("the runner does not approve his own run")
            << uR"({"approve": {"teams": ["payments"]}})"_s << u"bob@example.com"_s << QStringList{u"cy@example.com"_s};
        QTest::newRow("unless he is the only approver")
            << uR"({"approve": {"users": ["BOB@example.com"]}})"_s << u"bob@example.com"_s << QStringList{u"BOB@example.com"_s};
        QTest::newRow("nobody named") << uR"({"approve": {"teams": ["nobody-here"]}})"_s << u"bob@example.com"_s << QStringList();
    }

    void approvers()
    {
        QFETCH(QString, permissions);
        QFETCH(QString, runner);
        QFETCH(QStringList, approvers);
        const QHash<QString, QStringList> members{{u"payments"_s, {u"bob@example.com"_s, u"cy@example.com"_s}},
                                                  {u"sre"_s, {u"cy@example.com"_s, u"dee"_s}}};
        const PolicyActor actor{runner, {runner}, {}};
        QCOMPARE(resolveApprovers(deployAction(permissionsJson(permissions)), members, actor), approvers);
    }

    void resolverReadsUsersTeamsAndOwnersFromTheStore()
    {
        CatalogStore store(freshPath());
        write(store, runnerBlueprints(), runnerEntities());
        const ActionPolicyResolver resolver(store);

        const PolicyActor ada = resolver.actor(u"ada@example.com"_s);
        QCOMPARE(ada.teams, QStringList{u"platform"_s});
        QVERIFY(ada.is(u"ada"_s));
        QVERIFY(!ada.is(u"bob"_s));
        QCOMPARE(asSet(resolver.actor(u"cy"_s).teams),
                 (QSet<QString>{u"payments"_s, u"sre"_s}));
        QCOMPARE(resolver.actor(u"nobody@example.com"_s).teams, QStringList());

        const QHash<QString, QStringList> members = resolver.teamMembers({u"sre"_s, u"payments"_s});
        QCOMPARE(asSet(members.value(u"sre"_s)),
                 (QSet<QString>{u"cy@example.com"_s, u"dee"_s}));
        QCOMPARE(asSet(members.value(u"payments"_s)),
                 (QSet<QString>{u"bob@example.com"_s, u"cy@example.com"_s}));

        const ActionDefinition deploy = deployAction(permissionsJson(uR"({"execute": {"teams": ["platform"], "owners": true},
                                                                          "approve": {"teams": ["payments"]}})"_s));
        const QJsonObject cart = store.entity(u"service"_s, u"cart"_s)->toJson();
        const QJsonObject infra = store.entity(u"service"_s, u"infra"_s)->toJson();
        QCOMPARE(resolver.subject(deploy, cart).owners, QStringList{u"payments"_s});
        QCOMPARE(resolver.subject(deploy, infra).owners, QStringList{u"platform"_s});

        // bob owns cart (payments) but not infra; ada is on platform.
        const PolicyActor bob = resolver.actor(u"bob@example.com"_s);
        QCOMPARE(executeRefusal(deploy, bob, resolver.subject(deploy, cart)), QString());
        QCOMPARE(executeRefusal(deploy, bob, resolver.subject(deploy, infra)),
                 u"bob@example.com may not run Deploy: only team platform or the service's owners (platform)"_s);
        QCOMPARE(executeRefusal(deploy, ada, resolver.subject(deploy, cart)), QString());

        // payments approves; bob is on payments, so only cy is left to approve bob's run.
        QCOMPARE(resolver.approvers(deploy, bob), QStringList{u"cy@example.com"_s});
        const QStringList forAda = resolver.approvers(deploy, ada);
        QCOMPARE(asSet(forAda), (QSet<QString>{u"bob@example.com"_s, u"cy@example.com"_s}));
    }

    void limitRefusalSaysWhenTheNextRunIsPossible_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QList<int>>("minutesAgo");
        QTest::addColumn<int>("nextInMinutes"); // -1: allowed

        QTest::newRow("under the limit") << 3 << 24.0 << QList<int>{60, 120} << -1;
        QTest::newRow("old runs do not count") << 3 << 24.0 << QList<int>{25 * 60, 26 * 60, 60, 120} << -1;
        QTest::newRow("at the limit: the oldest leaves first") << 3 << 24.0 << QList<int>{60, 23 * 60, 120} << 60;
        QTest::newRow("over the limit: wait for two to leave") << 2 << 24.0 << QList<int>{60, 23 * 60, 120, 22 * 60} << 22 * 60;
        QTest::newRow("one per half hour") << 1 << 0.5 << QList<int>{10} << 20;
    }

    void limitRefusalSaysWhenTheNextRunIsPossible()
    {
        QFETCH(int, runs);
        QFETCH(double, hours);
        QFETCH(QList<int>, minutesAgo);
        QFETCH(int, nextInMinutes);
        const QDateTime now(QDate(2025, 3, 14), QTime(12, 0), QTimeZone::UTC);
        QList<QDateTime> times;
        for (int minutes : minutesAgo)
            times.append(now.addSecs(-60 * minutes));
        QDateTime next;
        const QString refusal = limitRefusal(u"Spin up a developer environment"_s, RunLimit{runs, hours}, u"per user"_s, times, now, &next);
        if (nextInMinutes < 0) {
            QCOMPARE(refusal, QString());
            return;
        }
        QCOMPARE(next, now.addSecs(60 * nextInMinutes));
        QCOMPARE(refusal, u"Limit reached: %1 run%2 of Spin up a developer environment per %3 h per user; next possible at %4"_s
                              .arg(runs).arg(runs == 1 ? u""_s : u"s"_s, QString::number(hours), shortMoment(next, now)));
    }

    void shortMomentShowsTheDayOnlyWhenItIsNotToday()
    {
        const QDateTime now = QDateTime(QDate(2025, 3, 14), QTime(12, 0)); // local time
        QCOMPARE(shortMoment(now.addSecs(3600), now), u"13:00"_s);
        QCOMPARE(shortMoment(now.addDays(1), now), u"Sat 15 Mar 12:00"_s);
    }

    void limitsCountRunsPerUserAndPerTeamOverThePeriod()
    {
        CatalogStore store(freshPath());
        write(store, runnerBlueprints(), runnerEntities());
        const ActionPolicyResolver resolver(store);
        RunStore runs(store.database());
        const QDateTime now(QDate(2025, 3, 14), QTime(12, 0), QTimeZone::UTC);
        auto record = [&](const QString &user, const QStringList &teams, int minutesAgo, RunStatus status = RunStatus::Success) {
            ActionRun run;
            run.id = RunStore::newRunId();
            run.action = u"deploy"_s;
            run.actionTitle = u"Deploy"_s;
            run.blueprint = u"service"_s;
            run.status = status;
            run.createdBy = user;
            run.teams = teams;
            run.createdAt = now.addSecs(-60 * minutesAgo);
            QCOMPARE(runs.insert(run, RunStore::hashToken(run.id)), QString());
        };
        const ActionDefinition perUser = deployAction({}, u"DAY-2"_s, json(R"({"perUser": {"runs": 3, "hours": 24}})"));
        const PolicyActor ada = resolver.actor(u"ada@example.com"_s);
        record(u"ada@example.com"_s, {u"platform"_s}, 23 * 60);
        record(u"ada@example.com"_s, {u"platform"_s}, 120);
        record(u"ada@example.com"_s, {u"platform"_s}, 90, RunStatus::Declined); // declined runs do not count
        record(u"bob@example.com"_s, {u"payments"_s}, 30);                     // nor do other people's
        QCOMPARE(resolver.limitRefusals(perUser, ada, now), QStringList());
        record(u"ada@example.com"_s, {u"platform"_s}, 60);
        const QStringList refused = resolver.limitRefusals(perUser, ada, now);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first(), u"Limit reached: 3 runs of Deploy per 24 h per user; next possible at %1"_s
                                      .arg(shortMoment(now.addSecs(3600), now)));
        // An hour later the oldest run has left the period.
        QCOMPARE(resolver.limitRefusals(perUser, ada, now.addSecs(3601)), QStringList());

        // Per team: payments (bob and cy) ran twice in the last hour; ada (platform) is not held back.
        const ActionDefinition perTeam = deployAction({}, u"DAY-2"_s, json(R"({"perTeam": {"runs": 2, "hours": 1}})"));
        record(u"cy@example.com"_s, {u"payments"_s, u"sre"_s}, 10);
        const PolicyActor bob = resolver.actor(u"bob@example.com"_s);
        QCOMPARE(resolver.limitRefusals(perTeam, bob, now),
                 QStringList{u"Limit reached: 2 runs of Deploy per 1 h for team payments; next possible at %1"_s
                                 .arg(shortMoment(now.addSecs(30 * 60), now))});
        QCOMPARE(resolver.limitRefusals(perTeam, ada, now), QStringList());
        // dee is on sre with cy: one sre run so far, so one more is allowed.
        QCOMPARE(resolver.limitRefusals(perTeam, resolver.actor(u"dee"_s), now), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestActionPolicy)
#include "tst_actionpolicy.moc"
