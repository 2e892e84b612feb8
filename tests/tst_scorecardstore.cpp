// ScorecardStore on a real portal file: definitions (validated, audited, all or nothing), results
// with history only on change, trends replayed per day, exemptions and their rules.
#include "scoring/entitygrader.h"
#include "scoring/scorecardstore.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject readiness()
{
    return json(R"({"identifier": "readiness", "title": "Production readiness", "blueprint": "service",
                    "rules": [{"identifier": "hasDescription", "title": "Has a description", "level": "Bronze",
                               "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "isNotEmpty"}]}},
                              {"identifier": "replicas", "title": "At least 3 replicas", "level": "Silver",
                               "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": ">=", "value": 3}]}}]})");
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

EntityScore score(int level, RuleOutcome a, RuleOutcome b)
{
    EntityScore s;
    s.level = level;
    s.points = 50;
    s.rules = {{u"hasDescription"_s, a, a == RuleOutcome::Pass ? 1.0 : 0.0, {}, {}},
               {u"replicas"_s, b, b == RuleOutcome::Pass ? 1.0 : 0.0, {}, {}}};
    return s;
}

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::UTC);
}

} // namespace

class TestScorecardStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    QHash<QString, Blueprint> m_blueprints;

    ScorecardStore scorecards() { return ScorecardStore(m_store->database()); }
    void saveReadiness()
    {
        const Problems problems = scorecards().save({readiness()}, m_blueprints, u"ann"_s, Origin::UI);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"portal.sqlite"_s));
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        QVERIFY(m_store->isOpen());
        testing::write(*m_store, testing::portalBlueprints(), testing::portalEntities());
        m_blueprints.clear();
        for (const Blueprint &b : m_store->blueprints())
            m_blueprints.insert(b.identifier, b);
    }

    void saveWritesAnAuditEntryPerChange()
    {
        saveReadiness();
        QCOMPARE(scorecards().scorecards().size(), 1);
        QCOMPARE(scorecards().scorecard(u"readiness"_s)->rules.size(), 2);
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'scorecard' AND action = 'create'"_s), 1);
        saveReadiness(); // unchanged: no audit
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'scorecard'"_s), 1);
        QJsonObject changed = readiness();
        changed.insert(u"title"_s, u"Ready for production"_s);
        QVERIFY(!hasErrors(scorecards().save({changed}, m_blueprints, u"ann"_s, Origin::UI)));
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'scorecard' AND action = 'update'"_s), 1);
        QCOMPARE(scorecards().scorecardsOf(u"service"_s).size(), 1);
        QVERIFY(scorecards().scorecardsOf(u"team"_s).isEmpty());
    }

    void saveIsAllOrNothing()
    {
        QJsonObject other = readiness();
        other.insert(u"identifier"_s, u"other"_s);
        QJsonObject bad = readiness();
        bad.insert(u"identifier"_s, u"bad"_s);
        bad.insert(u"blueprint"_s, u"nowhere"_s);
        const Problems problems = scorecards().save({other, bad}, m_blueprints, u"ann"_s, Origin::UI);
        QVERIFY(hasErrors(problems));
        QVERIFY2(problems.first().path.startsWith(u"$.scorecards[1]"_s), qPrintable(problems.first().toString()));
        QVERIFY(scorecards().scorecards().isEmpty());
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'scorecard'"_s), 0);
        // A duplicate identifier is refused too.
        QVERIFY(hasErrors(scorecards().save({readiness(), readiness()}, m_blueprints, u"ann"_s, Origin::UI)));
    }

    void removeDropsResultsAndAudits()
    {
        saveReadiness();
        const Scorecard sc = *scorecards().scorecard(u"readiness"_s);
        const qint64 cart = m_store->entityId(u"service"_s, u"cart"_s);
        QCOMPARE(scorecards().writeResults(sc, {{cart, u"service"_s, u"cart"_s, score(2, RuleOutcome::Pass, RuleOutcome::Pass)}}, at(1)), 1);
        QVERIFY(!hasErrors(scorecards().remove(u"readiness"_s, u"ann"_s, Origin::UI)));
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM scorecard_results"_s), 0);
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'scorecard' AND action = 'delete'"_s), 1);
        QVERIFY(hasErrors(scorecards().remove(u"readiness"_s, u"ann"_s, Origin::UI)));
    }

    void historyRowOnlyWhenSomethingChanged()
    {
        saveReadiness();
        Scorecard sc = *scorecards().scorecard(u"readiness"_s);
        const qint64 cart = m_store->entityId(u"service"_s, u"cart"_s);
        const auto write = [&](const EntityScore &s, const QDateTime &when) {
            return scorecards().writeResults(sc, {{cart, u"service"_s, u"cart"_s, s}}, when);
        };
        QCOMPARE(write(score(1, RuleOutcome::Pass, RuleOutcome::Fail), at(1)), 1);
        QCOMPARE(write(score(1, RuleOutcome::Pass, RuleOutcome::Fail), at(2)), 0);
        QCOMPARE(scorecards().history(u"readiness"_s, u"service"_s, u"cart"_s).size(), 1);
        QCOMPARE(write(score(2, RuleOutcome::Pass, RuleOutcome::Pass), at(3)), 1);
        const QList<ScoreChange> history = scorecards().history(u"readiness"_s, u"service"_s, u"cart"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().level, 2);
        QCOMPARE(history.last().at, at(3));
        QCOMPARE(history.last().rules, (QStringList{u"hasDescription"_s, u"replicas"_s}));
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM scorecard_rulesets"_s), 1);

        const std::optional<StoredScore> stored = scorecards().result(u"readiness"_s, u"service"_s, u"cart"_s);
        QVERIFY(stored);
        QCOMPARE(stored->title, u"Cart Service"_s);
        QCOMPARE(stored->level, 2);
        QCOMPARE(stored->outcomes, u"PP"_s);
        QCOMPARE(stored->changedAt, at(3));
        QCOMPARE(stored->outcome(u"replicas"_s), RuleOutcome::Pass);
        QCOMPARE(scorecards().resultsOf(u"service"_s, u"cart"_s).size(), 1);

        // A new rule list is a new ruleset; the same outcomes under it count as a change.
        sc.rules.removeLast();
        QCOMPARE(scorecards().writeResults(sc, {{cart, u"service"_s, u"cart"_s, score(2, RuleOutcome::Pass, RuleOutcome::Pass)}}, at(4)), 1);
        QCOMPARE(count(m_store->database(), u"SELECT COUNT(*) FROM scorecard_rulesets"_s), 2);
    }

    void resultsFilterByLevelAndFailingRule()
    {
        saveReadiness();
        const Scorecard sc = *scorecards().scorecard(u"readiness"_s);
        const qint64 cart = m_store->entityId(u"service"_s, u"cart"_s);
        const qint64 pricing = m_store->entityId(u"service"_s, u"pricing"_s);
        QCOMPARE(scorecards().writeResults(sc, {{cart, u"service"_s, u"cart"_s, score(2, RuleOutcome::Pass, RuleOutcome::Pass)},
                                                {pricing, u"service"_s, u"pricing"_s, score(0, RuleOutcome::Fail, RuleOutcome::Pass)}},
                                           at(1)),
                 2);
        QCOMPARE(scorecards().results(u"readiness"_s).size(), 2);
        QCOMPARE(scorecards().results(u"readiness"_s, 0).value(0).identifier, u"pricing"_s);
        QCOMPARE(scorecards().results(u"readiness"_s, -1, u"hasDescription"_s).size(), 1);
        QCOMPARE(scorecards().results(u"readiness"_s, -1, u"replicas"_s).size(), 0);
        const ScorecardSummary summary = scorecards().summary(u"readiness"_s);
        QCOMPARE(summary.entities, 2);
        QCOMPARE(summary.perLevel, (QList<qint64>{1, 0, 1, 0}));
        QCOMPARE(summary.rules.value(u"hasDescription"_s).passed, 1);
        QCOMPARE(summary.rules.value(u"hasDescription"_s).failed, 1);
        QCOMPARE(summary.rules.value(u"replicas"_s).passRate(), 1.0);
        // Out of scope: the result goes (with a history row saying so).
        EntityScore out;
        out.inScope = false;
        QCOMPARE(scorecards().writeResults(sc, {{pricing, u"service"_s, u"pricing"_s, out}}, at(2)), 0);
        QCOMPARE(scorecards().results(u"readiness"_s).size(), 1);
    }

    void trendReplaysTheEndOfEachDay()
    {
        saveReadiness();
        const Scorecard sc = *scorecards().scorecard(u"readiness"_s);
        const qint64 cart = m_store->entityId(u"service"_s, u"cart"_s);
        const qint64 pricing = m_store->entityId(u"service"_s, u"pricing"_s);
        const auto write = [&](qint64 id, const QString &identifier, const EntityScore &s, const QDateTime &when) {
            QVERIFY(scorecards().writeResults(sc, {{id, u"service"_s, identifier, s}}, when) >= 0);
        };
        write(cart, u"cart"_s, score(0, RuleOutcome::Fail, RuleOutcome::Fail), at(1, 9));
        write(cart, u"cart"_s, score(1, RuleOutcome::Pass, RuleOutcome::Fail), at(1, 18)); // same day: the later one counts
        write(pricing, u"pricing"_s, score(2, RuleOutcome::Pass, RuleOutcome::Pass), at(2));
        write(cart, u"cart"_s, score(2, RuleOutcome::Pass, RuleOutcome::Pass), at(4));
        const QList<ScoreTrendPoint> trend = scorecards().trend(u"readiness"_s, QDate(2026, 2, 28), QDate(2026, 3, 4));
        QCOMPARE(trend.size(), 5);
        QCOMPARE(trend.at(0).entities, 0);
        QCOMPARE(trend.at(1).day, QDate(2026, 3, 1));
        QCOMPARE(trend.at(1).entities, 1);
        QCOMPARE(trend.at(1).perLevel, (QList<qint64>{0, 1, 0, 0}));
        QCOMPARE(trend.at(1).passRate.value(u"replicas"_s), 0.0);
        QCOMPARE(trend.at(2).perLevel, (QList<qint64>{0, 1, 1, 0}));
        QCOMPARE(trend.at(2).passRate.value(u"replicas"_s), 0.5);
        QCOMPARE(trend.at(3).perLevel, trend.at(2).perLevel); // nothing happened on the 3rd
        QCOMPARE(trend.at(4).perLevel, (QList<qint64>{0, 0, 2, 0}));
        QCOMPARE(trend.at(4).passRate.value(u"replicas"_s), 1.0);
    }

    void exemptionsNeedReasonsAndAnotherApprover()
    {
        saveReadiness();
        Exemption e;
        e.scorecard = u"readiness"_s;
        e.rule = u"hasDescription"_s;
        e.entity = u"pricing"_s;
        e.requestedBy = u"ann"_s;
        Problems problems;
        QCOMPARE(scorecards().requestExemption(e, &problems), 0); // no reason
        QVERIFY(hasErrors(problems));
        e.reason = u"Internal tool, documented elsewhere"_s;
        Exemption unknown = e;
        unknown.rule = u"nope"_s;
        problems.clear();
        QCOMPARE(scorecards().requestExemption(unknown, &problems), 0);
        unknown = e;
        unknown.entity = u"ghost"_s;
        QCOMPARE(scorecards().requestExemption(unknown, &problems), 0);
        problems.clear();
        const qint64 id = scorecards().requestExemption(e, &problems);
        QVERIFY2(id > 0, qPrintable(problems.value(0).toString()));
        QCOMPARE(scorecards().exemptionsOf(u"service"_s, u"pricing"_s).size(), 1);
        QCOMPARE(scorecards().exemptions(u"readiness"_s).first().blueprint, u"service"_s);

        // Pending: the rule still fails.
        const Scorecard sc = *scorecards().scorecard(u"readiness"_s);
        const auto grade = [&](const QDateTime &now) {
            EntityGrader grader(*m_store, sc, m_blueprints.value(u"service"_s));
            grader.setNow(now);
            return grader.grade(u"pricing"_s)->rules.first().outcome;
        };
        QCOMPARE(grade(at(1)), RuleOutcome::Fail);
        QVERIFY(hasErrors(scorecards().approveExemption(id, u"ann"_s, at(1)))); // not by the requester
        QVERIFY(!hasErrors(scorecards().approveExemption(id, u"bob"_s, at(1))));
        QVERIFY(hasErrors(scorecards().approveExemption(id, u"carl"_s, at(1)))); // already approved
        QCOMPARE(grade(at(2)), RuleOutcome::Exempt);
        QVERIFY(!hasErrors(scorecards().revokeExemption(id, u"bob"_s)));
        QCOMPARE(grade(at(2)), RuleOutcome::Fail);

        // Expiry: exempt until it, failing after.
        e.expiresAt = at(10);
        const qint64 expiring = scorecards().requestExemption(e, &problems);
        QVERIFY(!hasErrors(scorecards().approveExemption(expiring, u"bob"_s, at(1))));
        QCOMPARE(grade(at(9)), RuleOutcome::Exempt);
        QCOMPARE(grade(at(11)), RuleOutcome::Fail);
        QVERIFY(count(m_store->database(), u"SELECT COUNT(*) FROM audit WHERE kind = 'exemption'"_s) >= 4);
    }
};

QTEST_GUILESS_MAIN(TestScorecardStore)
#include "tst_scorecardstore.moc"
