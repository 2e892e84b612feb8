// TTL: entities with a timer property expire ("Expired" state), a TIMER_PROPERTY_EXPIRED automation
// deletes them or runs a chosen backend once per timer value, and a DAY-2 action extends the timer.
#include "runnerfixture.h"

#include "actions/actionrunner.h"
#include "actions/runstore.h"
#include "actions/ttlautomation.h"
#include "actions/ttlsweeper.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

const QDateTime kStart(QDate(2025, 3, 10), QTime(9, 0), QTimeZone::UTC);

// Automations are stored like actions (the lead's import path validates them with validateAutomation).
void storeAutomation(CatalogStore &store, const QJsonObject &automation)
{
    QVERIFY2(!hasErrors(validateAutomation(automation, [&] {
                 QHash<QString, Blueprint> blueprints;
                 for (const Blueprint &b : store.blueprints())
                     blueprints.insert(b.identifier, b);
                 return blueprints;
             }())),
             "the test's automation must be valid");
    QSqlQuery q(store.database().connection());
    q.prepare(u"INSERT INTO actions (identifier, json, position) VALUES (?, ?, (SELECT COUNT(*) FROM actions))"_s);
    q.addBindValue(automation.value("identifier"_L1).toString());
    q.addBindValue(QJsonDocument(automation).toJson(QJsonDocument::Compact));
    QVERIFY(q.exec());
}

QJsonObject automation(const QString &identifier, const QJsonObject &method, int graceMinutes = 0)
{
    QJsonObject out = json(R"({"title": "Expire environments",
        "trigger": {"type": "automation",
                    "event": {"type": "TIMER_PROPERTY_EXPIRED", "blueprintIdentifier": "environment", "propertyIdentifier": "expiresAt"}}})");
    out.insert(u"identifier"_s, identifier);
    out.insert(u"invocationMethod"_s, method);
    if (graceMinutes > 0)
        out.insert(u"graceMinutes"_s, graceMinutes);
    return out;
}

Entity environment(const QString &identifier, const QString &expiresAt)
{
    Entity e;
    e.blueprint = u"environment"_s;
    e.identifier = identifier;
    e.title = identifier;
    e.properties = {{u"expiresAt"_s, expiresAt}, {u"region"_s, u"eu-west-1"_s}};
    return e;
}

QHash<QString, Blueprint> blueprintsOf(const QList<Blueprint> &list)
{
    QHash<QString, Blueprint> out;
    for (const Blueprint &b : list)
        out.insert(b.identifier, b);
    return out;
}

} // namespace

class TestTtl final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now;

    // A portal with one environment whose timer ends 5 days after kStart.
    std::unique_ptr<CatalogStore> portal()
    {
        auto store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_n)));
        QList<Entity> entities = runnerEntities();
        entities.append(environment(u"dev-ada"_s, kStart.addDays(5).toString(Qt::ISODate)));
        write(*store, runnerBlueprints(), entities);
        return store;
    }

    void wire(ActionRunner &runner, TtlSweeper &sweeper)
    {
        runner.setClock([this] { return m_now; });
        sweeper.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_now = kStart; }

    void anEntityExpiresWhenItsTimerPasses()
    {
        auto store = portal();
        ActionRunner runner(*store);
        TtlSweeper sweeper(*store, runner);
        wire(runner, sweeper);
        QVERIFY(sweeper.expired().isEmpty());
        m_now = kStart.addDays(5).addSecs(60);
        const QList<ExpiredEntity> expired = sweeper.expired();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().identifier, u"dev-ada"_s);
        QCOMPARE(expired.first().property, u"expiresAt"_s);
        QCOMPARE(expired.first().secondsAgo, 60);
        QCOMPARE(expired.first().description(), u"expired 1 min ago"_s);
        m_now = kStart.addDays(6).addSecs(2 * 3600);
        QCOMPARE(sweeper.expired().first().description(), u"expired 1 d 2 h ago"_s);
    }

    void deleteAutomationDeletesTheExpiredEntityOnceTiedToARun()
    {
        auto store = portal();
        storeAutomation(*store, automation(u"expire_environments"_s, json(R"({"type": "DELETE_ENTITY"})")));
        ActionRunner runner(*store);
        TtlSweeper sweeper(*store, runner);
        wire(runner, sweeper);
        QSignalSpy changed(&runner, &ActionRunner::entitiesChanged);

        QCOMPARE(sweeper.sweep(), 0); // not expired yet
        m_now = kStart.addDays(5).addSecs(60);
        QCOMPARE(sweeper.sweep(), 1);
        QVERIFY(!store->entity(u"environment"_s, u"dev-ada"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<ChangeSet>().deletedEntities.value(u"environment"_s).contains(u"dev-ada"_s));

        RunStore runs(store->database());
        const QList<ActionRun> all = runs.runs();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().status, RunStatus::Success);
        QCOMPARE(all.first().createdBy, u"automation"_s);
        QCOMPARE(all.first().entity, u"dev-ada"_s);
        const QList<RunEntityChange> touched = runs.entitiesOf(all.first().id);
        QCOMPARE(touched.size(), 1);
        QCOMPARE(touched.first().identifier, u"dev-ada"_s);
        QCOMPARE(touched.first().change, u"delete"_s);
        QCOMPARE(sweeper.sweep(), 0);
        QCOMPARE(runs.runs().size(), 1);
    }

    void graceMinutesDelayTheAutomation()
    {
        auto store = portal();
        storeAutomation(*store, automation(u"expire_environments"_s, json(R"({"type": "DELETE_ENTITY"})"), 10));
        ActionRunner runner(*store);
        TtlSweeper sweeper(*store, runner);
        wire(runner, sweeper);
        m_now = kStart.addDays(5).addSecs(60);
        QCOMPARE(sweeper.expired().size(), 1); // expired, but within its grace
        QCOMPARE(sweeper.sweep(), 0);
        m_now = kStart.addDays(5).addSecs(11 * 60);
        QCOMPARE(sweeper.sweep(), 1);
        QVERIFY(!store->entity(u"environment"_s, u"dev-ada"_s));
    }

    void webhookAutomationCallsTheBackendOncePerTimerValue()
    {
        auto store = portal();
        FakeBackend backend;
        QJsonObject method{{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url().toString()}};
        storeAutomation(*store, automation(u"notify_expiry"_s, method));
        ActionRunner runner(*store);
        TtlSweeper sweeper(*store, runner);
        wire(runner, sweeper);

        m_now = kStart.addDays(5).addSecs(60);
        QCOMPARE(sweeper.sweep(), 1);
        QTRY_COMPARE(backend.received.size(), 1);
        const QJsonObject payload = backend.received.first().json();
        QVERIFY2(QJsonDocument(payload).toJson().contains("dev-ada"), backend.received.first().body.constData());
        QCOMPARE(sweeper.sweep(), 0); // handled: the entity keeps its timer value
        QTest::qWait(100);
        QCOMPARE(backend.received.size(), 1);
        QVERIFY(store->entity(u"environment"_s, u"dev-ada"_s)); // a webhook does not delete

        // A new timer value arms the automation again.
        {
            CatalogWriter writer(*store, Origin::UI, u"ada@example.com"_s);
            QVERIFY(writer.putEntity(environment(u"dev-ada"_s, kStart.addDays(8).toString(Qt::ISODate))).isEmpty());
            QVERIFY(writer.commit().isEmpty());
        }
        QCOMPARE(sweeper.sweep(), 0);
        m_now = kStart.addDays(8).addSecs(1);
        QCOMPARE(sweeper.sweep(), 1);
        QTRY_COMPARE(backend.received.size(), 2);
    }

    void extendActionMovesTheTimerThreeDays()
    {
        auto store = portal();
        {
            // A timer written with milliseconds, as forms write date-times: jq still reads it.
            CatalogWriter writer(*store, Origin::UI, u"ada@example.com"_s);
            QVERIFY(writer.putEntity(environment(u"dev-ada"_s, u"2025-03-15T09:00:00.000Z"_s)).isEmpty());
            QVERIFY(writer.commit().isEmpty());
        }
        ActionRunner runner(*store);
        runner.setClock([this] { return m_now; });
        runner.setUser(u"ada@example.com"_s);
        const std::optional<ActionDefinition> extend = ActionDefinition::fromJson(json(R"({
            "identifier": "extend_ttl", "title": "Extend TTL by 3 days",
            "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "environment"},
            "invocationMethod": {"type": "UPSERT_ENTITY", "blueprintIdentifier": "environment",
                "mapping": {"identifier": ".entity.identifier", "title": ".entity.title",
                            "properties": {"region": ".entity.properties.region",
                                           "expiresAt": "(.entity.properties.expiresAt | fromdateiso8601) + 3*86400 | todate"}}}})"));
        QVERIFY(extend);
        RunRequest request;
        request.action = *extend;
        request.entity = store->entity(u"environment"_s, u"dev-ada"_s)->toJson();
        const RunStart started = runner.execute(request);
        QVERIFY2(started.problems.isEmpty(), qPrintable(started.problems.value(0).toString()));
        RunStore runs(store->database());
        QTRY_COMPARE(runs.run(started.runId)->status, RunStatus::Success);
        QCOMPARE(store->entity(u"environment"_s, u"dev-ada"_s)->properties.value("expiresAt"_L1).toString(), u"2025-03-18T09:00:00Z"_s);
        QCOMPARE(runs.entitiesOf(started.runId).size(), 1);
    }

    void validateAutomation_data()
    {
        QTest::addColumn<QString>("change"); // jq-free edits: key=JSON value, applied to a valid automation
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("error");

        QTest::newRow("valid delete") << u""_s << u""_s << false;
        QTest::newRow("valid webhook") << uR"({"invocationMethod": {"type": "WEBHOOK", "url": "https:\/\/hooks.example.com\/ttl"}})"_s
                                       << u""_s << false;
        QTest::newRow("not an automation") << uR"({"trigger": {"type": "self-service"}})"_s << u"$.trigger.type"_s << true;
        QTest::newRow("no event") << uR"({"trigger": {"type": "automation"}})"_s << u"$.trigger.event"_s << true;
        QTest::newRow("another Port event is kept, with a warning")
            << uR"({"trigger": {"type": "automation", "event": {"type": "ENTITY_CREATED", "blueprintIdentifier": "environment"}}})"_s
            << u"$.trigger.event.type"_s << false;
        QTest::newRow("unknown event") << uR"({"trigger": {"type": "automation", "event": {"type": "WHENEVER"}}})"_s
                                       << u"$.trigger.event.type"_s << true;
        QTest::newRow("unknown blueprint")
            << uR"({"trigger": {"type": "automation", "event": {"type": "TIMER_PROPERTY_EXPIRED", "blueprintIdentifier": "cluster", "propertyIdentifier": "expiresAt"}}})"_s
            << u"$.trigger.event.blueprintIdentifier"_s << true;
        QTest::newRow("unknown property")
            << uR"({"trigger": {"type": "automation", "event": {"type": "TIMER_PROPERTY_EXPIRED", "blueprintIdentifier": "environment", "propertyIdentifier": "ttl"}}})"_s
            << u"$.trigger.event.propertyIdentifier"_s << true;
        QTest::newRow("not a timer")
            << uR"({"trigger": {"type": "automation", "event": {"type": "TIMER_PROPERTY_EXPIRED", "blueprintIdentifier": "environment", "propertyIdentifier": "region"}}})"_s
            << u"$.trigger.event.propertyIdentifier"_s << true;
        QTest::newRow("negative grace") << uR"({"graceMinutes": -5})"_s << u"$.graceMinutes"_s << true;
        QTest::newRow("unknown backend") << uR"({"invocationMethod": {"type": "KAFKA"}})"_s << u"$.invocationMethod.type"_s << true;
        QTest::newRow("webhook without url") << uR"({"invocationMethod": {"type": "WEBHOOK"}})"_s << u"$.invocationMethod.url"_s << true;
        QTest::newRow("no identifier") << uR"({"identifier": ""})"_s << u"$.identifier"_s << true;
    }

    void validateAutomation()
    {
        QFETCH(QString, change);
        QFETCH(QString, path);
        QFETCH(bool, error);
        QJsonObject definition = automation(u"expire_environments"_s, json(R"({"type": "DELETE_ENTITY"})"));
        const QJsonObject edits = QJsonDocument::fromJson(change.toUtf8()).object();
        for (auto it = edits.begin(); it != edits.end(); ++it)
            definition.insert(it.key(), it.value());
        const Problems problems = ::portolan::validateAutomation(definition, blueprintsOf(runnerBlueprints()));
        if (path.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
            return;
        }
        QVERIFY2(!problems.isEmpty(), "a problem was expected");
        QCOMPARE(problems.first().path, path);
        QCOMPARE(hasErrors(problems), error);
        QVERIFY(!problems.first().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTtl)
#include "tst_ttl.moc"
