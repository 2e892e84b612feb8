// ScorecardEngine with a real notifier and portal file: a committed change to a related entity
// (aggregation, mirror, relation count) reaches the stored result within a second; deleted
// entities lose their result; a controllable clock crosses a rule's effectiveFrom.
#include "scoring/entitygrader.h"
#include "scoring/scorecardengine.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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

// Team: Bronze needs two Go services (an aggregation). Service: Bronze needs a tier-1 system (a
// mirror), Silver a dependency (a relation count), Gold a rule that starts counting on 1 June.
QList<QJsonObject> scorecards()
{
    return {json(R"({"identifier": "teamHealth", "title": "Team health", "blueprint": "team",
                     "rules": [{"identifier": "twoGo", "title": "Two Go services", "level": "Bronze",
                                "query": {"combinator": "and", "conditions": [{"property": "goServices", "operator": ">=", "value": 2}]}}]})"),
            json(R"({"identifier": "serviceReady", "title": "Service readiness", "blueprint": "service",
                     "rules": [{"identifier": "tierOne", "title": "Runs in a tier-1 system", "level": "Bronze",
                                "query": {"combinator": "and", "conditions": [{"property": "tier", "operator": "=", "value": "tier-1"}]}},
                               {"identifier": "hasDependency", "title": "Declares a dependency", "level": "Silver",
                                "query": {"combinator": "and", "conditions": [{"relation": "dependsOn", "operator": "isNotEmpty"}]}},
                               {"identifier": "described", "title": "Has a description", "level": "Gold",
                                "effectiveFrom": "2026-06-01T00:00:00Z",
                                "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "isNotEmpty"}]}}]})")};
}

} // namespace

class TestScorecardEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<ScorecardEngine> m_engine;
    QDateTime m_now = QDateTime(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::UTC);

    std::optional<StoredScore> result(const QString &scorecard, const QString &blueprint, const QString &identifier)
    {
        return ScorecardStore(m_store->database()).result(scorecard, blueprint, identifier);
    }

    void put(const Entity &entity)
    {
        CatalogWriter writer(*m_store, Origin::UI, u"tester"_s);
        Problems problems = writer.putEntity(entity);
        if (!hasErrors(problems))
            problems = writer.commit();
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
    }

    // Commits `change`, waits for the engine to announce `identifier`'s result; returns the ms.
    qint64 timeUntilEvaluated(const std::function<void()> &change, const QString &identifier)
    {
        QSignalSpy spy(m_engine.get(), &ScorecardEngine::evaluated);
        QElapsedTimer timer;
        timer.start();
        change();
        while (timer.elapsed() < 5000) {
            if (spy.isEmpty() && !spy.wait(5000 - int(timer.elapsed())))
                break;
            for (const QList<QVariant> &args : std::as_const(spy)) {
                const ScoringChange c = args.value(0).value<ScoringChange>();
                for (const QSet<QString> &ids : c.entities)
                    if (ids.contains(identifier))
                        return timer.elapsed();
            }
            spy.clear();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_engine.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"portal.sqlite"_s));
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        testing::write(*m_store, testing::portalBlueprints(), testing::portalEntities());
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &b : m_store->blueprints())
            blueprints.insert(b.identifier, b);
        const Problems problems = ScorecardStore(m_store->database()).save(scorecards(), blueprints, u"ann"_s, Origin::UI);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        m_engine = std::make_unique<ScorecardEngine>(m_store->database().path(), m_store->notifier());
        m_engine->setClock([this] { return m_now; });
        connect(m_engine.get(), &ScorecardEngine::failed, this, [](const QString &message) { qWarning() << "engine failed:" << message; });
        QSignalSpy evaluated(m_engine.get(), &ScorecardEngine::evaluated);
        if (QTest::currentTestFunction() == QByteArrayView("fullRunDirectly"))
            return;
        m_engine->evaluateAll();
        QVERIFY(evaluated.wait(5000));
        QVERIFY(!m_engine->isBusy() || QSignalSpy(m_engine.get(), &ScorecardEngine::idle).wait(2000));
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
    }

    void fullRunDirectly()
    {
        m_engine.reset();
        const ScoringRunReport report = evaluateInFull(m_store->database().path(), {}, m_now);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.entities, 3);
    }

    // An entity deleted while no engine listened: the next full run drops its result, and its
    // history says it left, under the name its own history kept.
    void fullRunDropsEntitiesDeletedMeanwhile()
    {
        m_engine.reset();
        CatalogWriter writer(*m_store, Origin::UI, u"tester"_s);
        QVERIFY(!hasErrors(writer.removeEntity(u"service"_s, u"cart"_s)));
        QVERIFY(!hasErrors(writer.commit()));
        const ScoringRunReport report = evaluateInFull(m_store->database().path(), {}, m_now);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!result(u"serviceReady"_s, u"service"_s, u"cart"_s));
        QSqlQuery last(m_store->database().connection());
        QVERIFY(last.exec(u"SELECT blueprint, level, at FROM scorecard_history WHERE scorecard = 'serviceReady'"
                          " AND identifier = 'cart' ORDER BY id DESC LIMIT 1"_s) && last.next());
        QCOMPARE(last.value(0).toString(), u"service"_s);
        QCOMPARE(last.value(1).toInt(), -1);
        QCOMPARE(last.value(2).toString(), m_now.toString(Qt::ISODateWithMs));
        QSqlQuery rows(m_store->database().connection());
        QVERIFY(rows.exec(u"SELECT COUNT(*) FROM scorecard_results WHERE scorecard = 'serviceReady'"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1); // pricing's; cart's row went with it
    }

    void fullEvaluationGradesEveryEntity()
    {
        QCOMPARE(result(u"teamHealth"_s, u"team"_s, u"payments"_s)->level, 0); // one Go service
        const StoredScore cart = *result(u"serviceReady"_s, u"service"_s, u"cart"_s);
        QCOMPARE(cart.outcomes, u"PPU"_s); // the description rule is upcoming before June
        QCOMPARE(cart.level, 3);
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes, u"FFU"_s);
    }

    void aggregationChangeReachesTheTeamWithinASecond()
    {
        Entity pricing = *m_store->entity(u"service"_s, u"pricing"_s);
        pricing.properties.insert(u"language"_s, u"Go"_s);
        const qint64 ms = timeUntilEvaluated([&] { put(pricing); }, u"payments"_s);
        qInfo("aggregation change → stored result: %lld ms", ms);
        QVERIFY(ms >= 0);
        QVERIFY2(ms <= 1000, qPrintable(u"took %1 ms"_s.arg(ms)));
        QCOMPARE(result(u"teamHealth"_s, u"team"_s, u"payments"_s)->level, 3); // Silver and Gold have no rules of their own
    }

    void mirrorChangeReachesTheService()
    {
        Entity shop = *m_store->entity(u"system"_s, u"shop"_s);
        shop.properties.insert(u"tier"_s, u"tier-2"_s);
        const qint64 ms = timeUntilEvaluated([&] { put(shop); }, u"cart"_s);
        qInfo("mirror change → stored result: %lld ms", ms);
        QVERIFY(ms >= 0 && ms <= 1000);
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"cart"_s)->level, 0);
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"cart"_s)->outcomes, u"FPU"_s);
    }

    void relationCountChangeReachesTheService()
    {
        Entity pricing = *m_store->entity(u"service"_s, u"pricing"_s);
        pricing.relations.insert(u"dependsOn"_s, QJsonArray{u"cart"_s});
        const qint64 ms = timeUntilEvaluated([&] { put(pricing); }, u"pricing"_s);
        qInfo("relation change → stored result: %lld ms", ms);
        QVERIFY(ms >= 0 && ms <= 1000);
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes, u"FPU"_s);
    }

    void deletedEntityLosesItsResult()
    {
        QVERIFY(result(u"serviceReady"_s, u"service"_s, u"cart"_s));
        const qint64 ms = timeUntilEvaluated([&] {
            CatalogWriter writer(*m_store, Origin::UI, u"tester"_s);
            QVERIFY(!hasErrors(writer.removeEntity(u"service"_s, u"cart"_s)));
            QVERIFY(!hasErrors(writer.commit()));
        }, u"cart"_s);
        QVERIFY(ms >= 0);
        QVERIFY(!result(u"serviceReady"_s, u"service"_s, u"cart"_s));
        QCOMPARE(ScorecardStore(m_store->database()).results(u"serviceReady"_s).size(), 1);
        // Its history ends with a row saying it left, under its name (the entity itself is gone).
        QSqlQuery last(m_store->database().connection());
        QVERIFY(last.exec(u"SELECT blueprint, level FROM scorecard_history WHERE scorecard = 'serviceReady'"
                          " AND identifier = 'cart' ORDER BY id DESC LIMIT 1"_s) && last.next());
        QCOMPARE(last.value(0).toString(), u"service"_s);
        QCOMPARE(last.value(1).toInt(), -1);
        // The team's aggregation moved too (one service fewer): its scorecard was re-evaluated.
        QVERIFY(result(u"teamHealth"_s, u"team"_s, u"payments"_s));
    }

    // The grader assembles each entity's JSON from the stored texts: a title and a value that need
    // escaping, and a team's aggregation values next to its properties, read as they were written.
    void graderReadsStoredTextsAsWritten()
    {
        const QString title = u"Cart \"v2\" \\ caf\u00e9\t\u0001"_s;
        const QString description = u"Says \"hi\"\n"_s;
        Entity cart = *m_store->entity(u"service"_s, u"cart"_s);
        cart.title = title;
        cart.properties.insert(u"description"_s, description);
        put(cart);
        const auto rule = [](const QString &id, const QString &property, const QString &op, const QJsonValue &value) {
            const QJsonObject condition{{u"property"_s, property}, {u"operator"_s, op}, {u"value"_s, value}};
            return QJsonObject{{u"identifier"_s, id}, {u"title"_s, id}, {u"level"_s, u"Bronze"_s},
                               {u"query"_s, QJsonObject{{u"combinator"_s, u"and"_s}, {u"conditions"_s, QJsonArray{condition}}}}};
        };
        const auto grade = [&](const QString &blueprint, const QString &identifier, const QJsonArray &rules) {
            const Scorecard scorecard = Scorecard::fromJson(QJsonObject{
                {u"identifier"_s, u"texts"_s}, {u"title"_s, u"Texts"_s}, {u"blueprint"_s, blueprint}, {u"rules"_s, rules}});
            EntityGrader grader(*m_store, scorecard, *m_store->blueprint(blueprint));
            grader.setNow(m_now);
            const std::optional<EntityScore> score = grader.grade(identifier);
            return score ? score->outcomes() : u"(none)"_s;
        };
        QCOMPARE(grade(u"service"_s, u"cart"_s,
                       {rule(u"title"_s, u"$title"_s, u"="_s, title), rule(u"described"_s, u"description"_s, u"="_s, description),
                        rule(u"language"_s, u"language"_s, u"="_s, u"Go"_s)}),
                 u"PPP"_s);
        QCOMPARE(grade(u"team"_s, u"payments"_s,
                       {rule(u"aggregated"_s, u"goServices"_s, u">="_s, 1), rule(u"stored"_s, u"slack"_s, u"="_s, u"#payments"_s)}),
                 u"PP"_s);
    }

    // An approved exemption is graded at once for its entity only (no full run).
    void approvedExemptionReachesItsEntity()
    {
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes, u"FFU"_s);
        ScorecardStore store(m_store->database());
        Exemption exemption;
        exemption.scorecard = u"serviceReady"_s;
        exemption.rule = u"tierOne"_s;
        exemption.blueprint = u"service"_s;
        exemption.entity = u"pricing"_s;
        exemption.reason = u"Runs outside any system until the split"_s;
        exemption.requestedBy = u"alice"_s;
        exemption.requestedAt = m_now;
        Problems problems;
        const qint64 id = store.requestExemption(exemption, &problems);
        QVERIFY2(id > 0, qPrintable(problems.value(0).toString()));
        QVERIFY(!hasErrors(store.approveExemption(id, u"bob"_s, m_now)));
        QSignalSpy evaluated(m_engine.get(), &ScorecardEngine::evaluated);
        m_engine->evaluateEntity(u"service"_s, u"pricing"_s);
        QVERIFY(evaluated.wait(5000));
        const ScoringChange change = evaluated.constFirst().value(0).value<ScoringChange>();
        // Entity by entity (a full run names none), and only the one whose result changed.
        QCOMPARE(change.entities.value(u"service"_s), QSet<QString>{u"pricing"_s});
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes, u"EFU"_s);
    }

    void clockCrossesEffectiveFrom()
    {
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes.at(2), u'U');
        m_now = QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::UTC);
        QSignalSpy evaluated(m_engine.get(), &ScorecardEngine::evaluated);
        m_engine->evaluateScorecard(u"serviceReady"_s);
        QVERIFY(evaluated.wait(5000));
        const StoredScore cart = *result(u"serviceReady"_s, u"service"_s, u"cart"_s);
        QCOMPARE(cart.outcomes, u"PPP"_s); // cart has a description
        QCOMPARE(result(u"serviceReady"_s, u"service"_s, u"pricing"_s)->outcomes, u"FFF"_s);
        QCOMPARE(cart.changedAt, m_now);
        QCOMPARE(ScorecardStore(m_store->database()).history(u"serviceReady"_s, u"service"_s, u"cart"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScorecardEngine)
#include "tst_scorecardengine.moc"
