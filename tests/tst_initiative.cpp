// Initiatives: JSON, validation, the store (all or nothing, audit) and progress replayed from a
// hand-made scorecard history (see initiativefixture.h for the days and outcomes).
#include "initiativefixture.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestInitiative : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(u"portal-%1.portolan"_s.arg(++m_files)); }

    InitiativeProgress progressOf(const QJsonObject &json, const QDate &today)
    {
        CatalogStore store(freshPath());
        writeScoredPortal(store);
        return initiativeProgress(store, Initiative::fromJson(json), today);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonRoundTripKeepsUnknownKeys()
    {
        QJsonObject json = silverInitiativeJson();
        json.insert(u"targetShare"_s, 0.8);
        json.insert(u"filter"_s, QJsonObject{{u"combinator"_s, u"and"_s}, {u"rules"_s, QJsonArray{}}});
        json.insert(u"x-cortexId"_s, 42);
        json.insert(u"description"_s, u"Before the audit"_s);
        Problems problems;
        const Initiative initiative = Initiative::fromJson(json, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(initiative.targetLevel, u"Silver"_s);
        QCOMPARE(initiative.startDate, QDate(2026, 3, 1));
        QCOMPARE(initiative.targetShare, 0.8);
        QCOMPARE(initiative.extra.value(u"x-cortexId"_s).toInt(), 42);
        QCOMPARE(initiative.toJson(), json);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("no title") << u"title"_s << QJsonValue(u"  "_s) << u"$.title"_s;
        QTest::newRow("unknown scorecard") << u"scorecard"_s << QJsonValue(u"nope"_s) << u"$.scorecard"_s;
        QTest::newRow("no target") << u"targetLevel"_s << QJsonValue(u""_s) << u"$.targetLevel"_s;
        QTest::newRow("deadline before start") << u"deadline"_s << QJsonValue(u"2026-02-01"_s) << u"$.deadline"_s;
        QTest::newRow("deadline on start") << u"deadline"_s << QJsonValue(u"2026-03-01"_s) << u"$.deadline"_s;
        QTest::newRow("bad date") << u"startDate"_s << QJsonValue(u"March"_s) << u"$.startDate"_s;
        QTest::newRow("share zero") << u"targetShare"_s << QJsonValue(0) << u"$.targetShare"_s;
        QTest::newRow("share above one") << u"targetShare"_s << QJsonValue(1.5) << u"$.targetShare"_s;
        QTest::newRow("no owners") << u"owners"_s << QJsonValue(QJsonArray{}) << u"$.owners"_s;
        QTest::newRow("bad identifier") << u"identifier"_s << QJsonValue(u"a b"_s) << u"$.identifier"_s;
        QTest::newRow("bad filter") << u"filter"_s
                                    << QJsonValue(QJsonObject{{u"combinator"_s, u"and"_s},
                                                              {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"x"_s}, {u"operator"_s, u"~~"_s}}}}})
                                    << u"$.filter"_s;
    }
    void validation()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        const QStringList scorecards{u"production"_s};
        QVERIFY(validateInitiative(Initiative::fromJson(silverInitiativeJson()), scorecards).isEmpty());
        QJsonObject json = silverInitiativeJson();
        json.insert(key, value);
        Problems problems;
        const Initiative initiative = Initiative::fromJson(json, &problems);
        problems.append(validateInitiative(initiative, scorecards));
        QVERIFY(hasErrors(problems));
        QStringList paths;
        for (const Problem &p : problems)
            paths.append(p.path);
        QVERIFY2(std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return p.startsWith(path); }),
                 qPrintable(paths.join(u", "_s)));
    }

    void storeIsAllOrNothingAndAudited()
    {
        CatalogStore store(freshPath());
        InitiativeStore initiatives(store.database());
        const QStringList scorecards{u"production"_s};
        QJsonObject bad = silverInitiativeJson();
        bad.insert(u"identifier"_s, u"broken"_s);
        bad.insert(u"deadline"_s, u"2026-01-01"_s);
        const Problems problems = initiatives.save({silverInitiativeJson(), bad}, scorecards, u"ann"_s, Origin::UI);
        QVERIFY(hasErrors(problems));
        QCOMPARE(problems.constFirst().path, u"$.initiatives[1].deadline"_s);
        QVERIFY(initiatives.initiatives().isEmpty());

        QVERIFY(initiatives.save({silverInitiativeJson()}, scorecards, u"ann"_s, Origin::UI).isEmpty());
        QCOMPARE(initiatives.initiatives().size(), 1);
        QCOMPARE(initiatives.initiative(u"silver-q1"_s)->deadline, QDate(2026, 3, 31));
        QJsonObject changed = silverInitiativeJson();
        changed.insert(u"title"_s, u"Silver everywhere"_s);
        QVERIFY(initiatives.save({changed}, scorecards, u"bob"_s, Origin::UI).isEmpty());
        QCOMPARE(initiatives.definitions().constFirst().value(u"title"_s).toString(), u"Silver everywhere"_s);
        QVERIFY(hasErrors(initiatives.remove(u"nope"_s, u"bob"_s, Origin::UI)));
        QVERIFY(initiatives.remove(u"silver-q1"_s, u"bob"_s, Origin::UI).isEmpty());
        QVERIFY(!initiatives.initiative(u"silver-q1"_s));

        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(u"SELECT action, actor FROM audit WHERE kind = 'initiative' ORDER BY id"_s));
        QStringList audit;
        while (q.next())
            audit.append(q.value(0).toString() + u':' + q.value(1).toString());
        QCOMPARE(audit, (QStringList{u"create:ann"_s, u"update:bob"_s, u"delete:bob"_s}));
    }

    void burnUpReplaysHistoryExactly()
    {
        const InitiativeProgress progress = progressOf(silverInitiativeJson(), QDate(2026, 3, 10));
        QCOMPARE(progress.total, 5);
        QCOMPARE(progress.done, 2);
        QList<qint64> done, totals;
        for (const InitiativeDay &day : progress.burnUp) {
            done.append(day.done);
            totals.append(day.total);
        }
        QCOMPARE(progress.burnUp.constFirst().day, QDate(2026, 3, 1));
        QCOMPARE(progress.burnUp.constLast().day, QDate(2026, 3, 10));
        QCOMPARE(done, (QList<qint64>{0, 1, 1, 1, 2, 2, 1, 2, 2, 2}));
        QCOMPARE(totals, QList<qint64>(10, 5));
    }

    void entityThatLeftIsNotCounted()
    {
        CatalogStore store(freshPath());
        writeScoredPortal(store);
        // s1 (done since 2 March) leaves the scorecard on 4 March and is back on 6 March.
        QVERIFY(runSql(store.database(), u"INSERT INTO scorecard_history (at, scorecard, blueprint, identifier, level, points, outcomes, ruleset)"
                                         " VALUES ('2026-03-04T09:00:00.000Z', 'production', 'service', 's1', -1, 0, '', 0),"
                                         " ('2026-03-06T09:00:00.000Z', 'production', 'service', 's1', 2, 0, 'PPP', 1)"_s));
        const InitiativeProgress progress = initiativeProgress(store, Initiative::fromJson(silverInitiativeJson()), QDate(2026, 3, 7));
        QList<qint64> done, totals;
        for (const InitiativeDay &day : progress.burnUp) {
            done.append(day.done);
            totals.append(day.total);
        }
        QCOMPARE(totals, (QList<qint64>{5, 5, 5, 4, 4, 5, 5}));
        QCOMPARE(done, (QList<qint64>{0, 1, 1, 0, 1, 2, 1}));
    }

    // The same replay over history the engine's ScorecardStore::writeResults wrote (its formats:
    // timestamps, rulesets), at three past moments.
    void progressOverHistoryWrittenByTheStore()
    {
        CatalogStore store(freshPath());
        QList<Entity> services;
        for (int i = 1; i <= 5; ++i) {
            Entity e;
            e.blueprint = u"service"_s;
            e.identifier = u"s%1"_s.arg(i);
            e.title = u"Service %1"_s.arg(i);
            e.team = {i <= 3 ? u"alpha"_s : u"beta"_s};
            services.append(e);
        }
        write(store, portalBlueprints(), services);
        QVERIFY(runSql(store.database(), u"INSERT INTO scorecards (identifier, json, position) VALUES ('production', ?, 1)"_s,
                       {QString::fromUtf8(productionScorecard())}));
        const Scorecard scorecard = Scorecard::fromJson(QJsonDocument::fromJson(productionScorecard()).object());
        QHash<QString, qint64> ids;
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(u"SELECT identifier, id FROM entities WHERE blueprint = 'service'"_s));
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        QHash<QString, int> levels = {{u"s1"_s, 0}, {u"s2"_s, 0}, {u"s3"_s, 0}, {u"s4"_s, 0}, {u"s5"_s, 0}};
        const auto writeAt = [&](const QDateTime &at) {
            QList<ScoreWrite> writes;
            for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
                ScoreWrite w;
                w.entityId = ids.value(it.key());
                w.blueprint = u"service"_s;
                w.identifier = it.key();
                w.score.level = it.value();
                for (const ScorecardRule &rule : scorecard.rules) {
                    RuleResult r;
                    r.rule = rule.identifier;
                    const bool passes = scorecard.levelIndex(rule.level) <= it.value();
                    r.outcome = passes ? RuleOutcome::Pass : RuleOutcome::Fail;
                    r.credit = passes ? 1 : 0;
                    w.score.rules.append(r);
                }
                writes.append(w);
            }
            Transaction transaction(store.database());
            QString error;
            QVERIFY2(ScorecardStore(store.database()).writeResults(scorecard, writes, at, &error) >= 0, qPrintable(error));
            QVERIFY(transaction.commit());
        };
        writeAt(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC));
        levels[u"s1"_s] = 2;
        writeAt(QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::UTC));
        levels[u"s2"_s] = 2;
        levels[u"s4"_s] = 1;
        writeAt(QDateTime(QDate(2026, 3, 6), QTime(23, 30), QTimeZone::UTC));

        const InitiativeProgress progress = initiativeProgress(store, Initiative::fromJson(silverInitiativeJson()), QDate(2026, 3, 7));
        QCOMPARE(progress.total, 5);
        QCOMPARE(progress.done, 2);
        QList<qint64> done;
        for (const InitiativeDay &day : progress.burnUp)
            done.append(day.done);
        QCOMPARE(done, (QList<qint64>{0, 0, 1, 1, 1, 2, 2}));
        QCOMPARE(progress.burnUp.constFirst().total, 5);
        for (const InitiativeEntity &e : progress.entities)
            if (e.identifier == u"s4"_s)
                QCOMPARE(e.nextStep, u"Pass “Has tests” (Silver)"_s);
    }

    void teamsWorstFirst()
    {
        const InitiativeProgress progress = progressOf(silverInitiativeJson(), QDate(2026, 3, 10));
        QCOMPARE(progress.teams.size(), 2);
        QCOMPARE(progress.teams.at(0).team, u"beta"_s);
        QCOMPARE(progress.teams.at(0).done, 0);
        QCOMPARE(progress.teams.at(0).total, 2);
        QCOMPARE(progress.teams.at(1).team, u"alpha"_s);
        QCOMPARE(progress.teams.at(1).done, 2);
        QCOMPARE(progress.teams.at(1).total, 3);
    }

    void nextStepNamesTheLowestFailingRule()
    {
        const InitiativeProgress progress = progressOf(silverInitiativeJson(), QDate(2026, 3, 10));
        QHash<QString, InitiativeEntity> byId;
        for (const InitiativeEntity &e : progress.entities)
            byId.insert(e.identifier, e);
        QVERIFY(!progress.entities.constFirst().done); // not done first
        QCOMPARE(byId.value(u"s5"_s).failingRules, (QStringList{u"Has an on-call rotation"_s, u"Has a README"_s, u"Has tests"_s}));
        QCOMPARE(byId.value(u"s5"_s).nextStep, u"Pass “Has an on-call rotation” (Bronze)"_s);
        QCOMPARE(byId.value(u"s4"_s).nextStep, u"Pass “Has tests” (Silver)"_s);
        QCOMPARE(byId.value(u"s4"_s).level, 1);
        QVERIFY(byId.value(u"s1"_s).done);
        QVERIFY(byId.value(u"s1"_s).nextStep.isEmpty());
    }

    void filterAndTargetRules()
    {
        QJsonObject json = silverInitiativeJson();
        json.remove(u"targetLevel"_s);
        json.insert(u"targetRules"_s, QJsonArray{u"tests"_s});
        json.insert(u"filter"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                             {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"$team"_s},
                                                                                 {u"operator"_s, u"containsAny"_s},
                                                                                 {u"value"_s, QJsonArray{u"beta"_s}}}}}});
        const InitiativeProgress progress = progressOf(json, QDate(2026, 3, 10));
        QCOMPARE(progress.total, 2);
        QCOMPARE(progress.done, 0);
        QCOMPARE(progress.burnUp.constLast().total, 2);
        QCOMPARE(progress.entities.constFirst().failingRules, QStringList{u"Has tests"_s});
        QCOMPARE(progress.status, InitiativeStatus::Behind); // no progress in the window: never
        QVERIFY(!progress.forecast.isValid());
        QVERIFY2(progress.explanation.contains(u"never"_s), qPrintable(progress.explanation));
    }

    void filterOnAMirrorProperty()
    {
        CatalogStore store(freshPath());
        writeScoredPortal(store);
        // Only s2 belongs to a tier-1 system: the service's "tier" is a mirror (system.tier).
        write(store, {}, {entity(R"({"identifier": "shop", "blueprint": "system", "title": "Shop", "properties": {"tier": "tier-1"}})"),
                          entity(R"({"identifier": "s2", "blueprint": "service", "title": "Service 2", "team": "alpha",
                                     "properties": {"language": "Go"}, "relations": {"system": "shop"}})")});
        QJsonObject json = silverInitiativeJson();
        json.insert(u"filter"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                             {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"tier"_s},
                                                                                 {u"operator"_s, u"="_s},
                                                                                 {u"value"_s, u"tier-1"_s}}}}});
        const InitiativeProgress progress = initiativeProgress(store, Initiative::fromJson(json), QDate(2026, 3, 10));
        QCOMPARE(progress.total, 1);
        QCOMPARE(progress.entities.constFirst().identifier, u"s2"_s);
    }

    void status_data()
    {
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<double>("share");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<InitiativeStatus>("status");
        QTest::addColumn<QDate>("forecast");
        // Pace on 10 March: 2 done in the 9 days since the start → 3 more need 13.5 → 14 days: 24 March.
        QTest::newRow("on track") << u"2026-03-31"_s << 1.0 << QDate(2026, 3, 10) << InitiativeStatus::OnTrack << QDate(2026, 3, 24);
        QTest::newRow("at risk") << u"2026-03-15"_s << 1.0 << QDate(2026, 3, 10) << InitiativeStatus::AtRisk << QDate(2026, 3, 24);
        // On 7 March: 1 done (net) in 6 days → 3 more need 18 days: 25 March, 16 days late.
        QTest::newRow("behind") << u"2026-03-09"_s << 1.0 << QDate(2026, 3, 7) << InitiativeStatus::Behind << QDate(2026, 3, 25);
        QTest::newRow("done") << u"2026-03-31"_s << 0.4 << QDate(2026, 3, 10) << InitiativeStatus::Done << QDate();
        QTest::newRow("missed") << u"2026-03-09"_s << 1.0 << QDate(2026, 3, 10) << InitiativeStatus::Missed << QDate();
        QTest::newRow("not started") << u"2026-03-31"_s << 1.0 << QDate(2026, 2, 25) << InitiativeStatus::NotStarted << QDate();
    }
    void status()
    {
        QFETCH(QString, deadline);
        QFETCH(double, share);
        QFETCH(QDate, today);
        QFETCH(InitiativeStatus, status);
        QFETCH(QDate, forecast);
        QJsonObject json = silverInitiativeJson();
        json.insert(u"deadline"_s, deadline);
        json.insert(u"targetShare"_s, share);
        const InitiativeProgress progress = progressOf(json, today);
        QVERIFY2(progress.status == status, qPrintable(initiativeStatusName(progress.status) + u": "_s + progress.explanation));
        QCOMPARE(progress.forecast, forecast);
        QVERIFY(!progress.explanation.isEmpty());
        if (status == InitiativeStatus::OnTrack)
            QCOMPARE(progress.explanation,
                     u"2 of 5 entities (40%) meet the target; 5 are needed by 31 Mar 2026. At the pace of the 9 days since the start"
                     " (1.6 a week) the target is reached on 24 Mar 2026, 7 days before the deadline."_s);
    }
};

QTEST_GUILESS_MAIN(TestInitiative)
#include "tst_initiative.moc"
