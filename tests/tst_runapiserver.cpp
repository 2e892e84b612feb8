#include "actions/runapiserver.h"
#include "actions/runstore.h"
#include "storefixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// JSON written with ' for " (moc misreads raw string literals).
QByteArray json(const char *text)
{
    QByteArray out(text);
    out.replace('\'', '"');
    return out;
}

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(json(text)).object();
}

const QDateTime kNow = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), QTimeZone::UTC);

struct Answer {
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestRunApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listensOnLoopback();
    void refusesWithoutTheRunsToken_data();
    void refusesWithoutTheRunsToken();
    void patchSetsFields();
    void terminalStatusOnlyOnce();
    void refusesBadPatches_data();
    void refusesBadPatches();
    void badJsonIs400WithOffset();
    void logsComeBackInOrder();
    void logTerminationEndsTheRunOnce();
    void upsertsEntitiesTiedToTheRun();
    void entityWritesNeedTheirRunsToken();
    void endedRunRefusesEntityWrites();
    void deletesEntitiesTiedToTheRun();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &token = {});
    ActionRun insertRun(const QString &id, const QString &token, RunStatus status = RunStatus::InProgress);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<RunApiServer> m_server;
    QNetworkAccessManager m_network;
};

void TestRunApiServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CatalogStore>(m_dir->filePath(u"portal.sqlite"_s));
    QVERIFY(m_store->isOpen());
    testing::write(*m_store, testing::portalBlueprints(), testing::portalEntities());
    m_server = std::make_unique<RunApiServer>(*m_store, [] { return kNow; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    insertRun(u"r_1"_s, u"token-one"_s);
    insertRun(u"r_2"_s, u"token-two"_s);
    insertRun(u"r_done"_s, u"token-done"_s, RunStatus::Success);
}

void TestRunApiServer::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

ActionRun TestRunApiServer::insertRun(const QString &id, const QString &token, RunStatus status)
{
    ActionRun run;
    run.id = id;
    run.action = u"scale"_s;
    run.actionTitle = u"Scale"_s;
    run.blueprint = u"service"_s;
    run.entity = u"cart"_s;
    run.status = status;
    run.createdBy = u"ada@example.com"_s;
    run.createdAt = kNow.addSecs(-60);
    if (isTerminal(status))
        run.endedAt = kNow.addSecs(-30);
    const QString error = RunStore(m_store->database()).insert(run, RunStore::hashToken(token));
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return run;
}

Answer TestRunApiServer::call(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token.startsWith("Basic") ? token : "Bearer " + token);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

void TestRunApiServer::listensOnLoopback()
{
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_server->baseUrl().port() > 0);
    const Answer answer = call("GET", u"/v1/actions/runs/r_1"_s, {}, "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"ok"_s), QJsonValue(true));
    QCOMPARE(answer.body.value(u"run"_s).toObject().value(u"id"_s).toString(), u"r_1"_s);
    QCOMPARE(answer.body.value(u"run"_s).toObject().value(u"status"_s).toString(), u"IN_PROGRESS"_s);
}

void TestRunApiServer::refusesWithoutTheRunsToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no token") << "GET"_ba << u"/v1/actions/runs/r_1"_s << QByteArray() << 401 << u"unauthorized"_s;
    QTest::newRow("wrong token") << "PATCH"_ba << u"/v1/actions/runs/r_1"_s << "nope"_ba << 401 << u"unauthorized"_s;
    QTest::newRow("other run's token") << "POST"_ba << u"/v1/actions/runs/r_1/logs"_s << "token-two"_ba << 401 << u"unauthorized"_s;
    QTest::newRow("basic auth") << "GET"_ba << u"/v1/actions/runs/r_1/logs"_s << "Basic dG9rZW4tb25l"_ba << 401 << u"unauthorized"_s;
    QTest::newRow("unknown run") << "GET"_ba << u"/v1/actions/runs/r_nope"_s << "token-one"_ba << 404 << u"not_found"_s;
    QTest::newRow("unknown path") << "GET"_ba << u"/v1/whatever"_s << "token-one"_ba << 404 << u"not_found"_s;
    QTest::newRow("wrong method") << "PUT"_ba << u"/v1/actions/runs/r_1"_s << "token-one"_ba << 405 << u"method_not_allowed"_s;
}

void TestRunApiServer::refusesWithoutTheRunsToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QString, error);
    QSignalSpy updated(m_server.get(), &RunApiServer::runUpdated);
    const Answer answer = call(method, path, json("{'message': 'x', 'statusLabel': 'hacked'}"), token);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.value(u"ok"_s), QJsonValue(false));
    QCOMPARE(answer.body.value(u"error"_s).toString(), error);
    QVERIFY(!answer.body.value(u"message"_s).toString().isEmpty());
    QCOMPARE(updated.count(), 0);
    QCOMPARE(RunStore(m_store->database()).run(u"r_1"_s)->statusLabel, QString());
    QVERIFY(RunStore(m_store->database()).logs(u"r_1"_s).isEmpty());
}

void TestRunApiServer::patchSetsFields()
{
    QSignalSpy updated(m_server.get(), &RunApiServer::runUpdated);
    Answer answer = call("PATCH", u"/v1/actions/runs/r_1"_s,
                         json("{'statusLabel': 'Deploying', 'link': 'https://ci.example.com/1', 'summary': 'half way',"
                              " 'externalRunId': 'gh-77'}"),
                         "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"ok"_s), QJsonValue(true));
    const QJsonObject run = answer.body.value(u"run"_s).toObject();
    QCOMPARE(run.value(u"statusLabel"_s).toString(), u"Deploying"_s);
    QCOMPARE(run.value(u"link"_s).toArray(), QJsonArray{u"https://ci.example.com/1"_s});
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.front().front().toString(), u"r_1"_s);

    answer = call("PATCH", u"/v1/actions/runs/r_1"_s, json("{'link': ['https://a', 'https://b']}"), "token-one");
    QCOMPARE(answer.status, 200);
    const ActionRun stored = *RunStore(m_store->database()).run(u"r_1"_s);
    QCOMPARE(stored.links, (QStringList{u"https://a"_s, u"https://b"_s}));
    QCOMPARE(stored.statusLabel, u"Deploying"_s); // fields not sent stay
    QCOMPARE(stored.summary, u"half way"_s);
    QCOMPARE(stored.externalRunId, u"gh-77"_s);
    QCOMPARE(stored.updatedAt, kNow);
    QCOMPARE(stored.status, RunStatus::InProgress);
    QVERIFY(!stored.endedAt.isValid());
}

void TestRunApiServer::terminalStatusOnlyOnce()
{
    Answer answer = call("PATCH", u"/v1/actions/runs/r_1"_s, json("{'status': 'SUCCESS', 'summary': 'done'}"), "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"run"_s).toObject().value(u"status"_s).toString(), u"SUCCESS"_s);
    ActionRun stored = *RunStore(m_store->database()).run(u"r_1"_s);
    QCOMPARE(stored.status, RunStatus::Success);
    QCOMPARE(stored.endedAt, kNow);

    for (const char *status : {"FAILURE", "SUCCESS", "IN_PROGRESS"}) {
        answer = call("PATCH", u"/v1/actions/runs/r_1"_s, "{\"status\": \"" + QByteArray(status) + "\"}", "token-one");
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.body.value(u"error"_s).toString(), u"conflict"_s);
        QVERIFY2(answer.body.value(u"message"_s).toString().contains(u"already ended with SUCCESS"_s),
                 qPrintable(answer.body.value(u"message"_s).toString()));
    }
    QCOMPARE(RunStore(m_store->database()).run(u"r_1"_s)->status, RunStatus::Success);
    // Texts may still change after the end.
    answer = call("PATCH", u"/v1/actions/runs/r_1"_s, json("{'statusLabel': 'Released'}"), "token-one");
    QCOMPARE(answer.status, 200);
}

void TestRunApiServer::refusesBadPatches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown status") << json("{'status': 'DONE'}") << 422;
    QTest::newRow("approval status") << json("{'status': 'DECLINED'}") << 422;
    QTest::newRow("waiting status") << json("{'status': 'WAITING_FOR_APPROVAL'}") << 422;
    QTest::newRow("status not a string") << json("{'status': 1}") << 422;
    QTest::newRow("unknown field") << json("{'staus': 'SUCCESS'}") << 422;
    QTest::newRow("link of numbers") << json("{'link': [1]}") << 422;
    QTest::newRow("summary not a string") << json("{'summary': {}}") << 422;
}

void TestRunApiServer::refusesBadPatches()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Answer answer = call("PATCH", u"/v1/actions/runs/r_1"_s, body, "token-one");
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.value(u"error"_s).toString(), u"invalid_request"_s);
    const ActionRun stored = *RunStore(m_store->database()).run(u"r_1"_s);
    QCOMPARE(stored.status, RunStatus::InProgress);
    QVERIFY(stored.links.isEmpty());
}

void TestRunApiServer::badJsonIs400WithOffset()
{
    Answer answer = call("PATCH", u"/v1/actions/runs/r_1"_s, "{\"status\": SUCCESS}", "token-one");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"error"_s).toString(), u"invalid_json"_s);
    QVERIFY2(answer.body.value(u"message"_s).toString().contains(u"at offset 11"_s), qPrintable(answer.body.value(u"message"_s).toString()));
    answer = call("POST", u"/v1/actions/runs/r_1/logs"_s, "[1, 2]", "token-one");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"error"_s).toString(), u"invalid_json"_s);
    QCOMPARE(RunStore(m_store->database()).run(u"r_1"_s)->status, RunStatus::InProgress);
}

void TestRunApiServer::logsComeBackInOrder()
{
    QSignalSpy logged(m_server.get(), &RunApiServer::runLogged);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(call("POST", u"/v1/actions/runs/r_1/logs"_s, "{\"message\": \"step " + QByteArray::number(i) + "\"}", "token-one").status, 200);
    QCOMPARE(logged.count(), 4);
    Answer answer = call("GET", u"/v1/actions/runs/r_1/logs"_s, {}, "token-one");
    QCOMPARE(answer.status, 200);
    const QJsonArray lines = answer.body.value(u"runLogs"_s).toArray();
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(lines.at(i).toObject().value(u"message"_s).toString(), u"step %1"_s.arg(i + 1));
        QCOMPARE(lines.at(i).toObject().value(u"createdAt"_s).toString(), u"2025-03-04T05:06:07.000Z"_s);
    }
    answer = call("GET", u"/v1/actions/runs/r_1/logs?limit=2"_s, {}, "token-one");
    QCOMPARE(answer.body.value(u"runLogs"_s).toArray().size(), 2);
    const qint64 seq = answer.body.value(u"runLogs"_s).toArray().last().toObject().value(u"seq"_s).toInteger();
    answer = call("GET", u"/v1/actions/runs/r_1/logs?limit=2&after=%1"_s.arg(seq), {}, "token-one");
    QCOMPARE(answer.body.value(u"runLogs"_s).toArray().first().toObject().value(u"message"_s).toString(), u"step 3"_s);
    QCOMPARE(call("GET", u"/v1/actions/runs/r_1/logs?limit=abc"_s, {}, "token-one").status, 400);
    // Other runs' logs stay apart.
    QVERIFY(call("GET", u"/v1/actions/runs/r_2/logs"_s, {}, "token-two").body.value(u"runLogs"_s).toArray().isEmpty());
}

void TestRunApiServer::logTerminationEndsTheRunOnce()
{
    QSignalSpy updated(m_server.get(), &RunApiServer::runUpdated);
    Answer answer = call("POST", u"/v1/actions/runs/r_1/logs"_s,
                         json("{'message': 'pods failed to start', 'terminationStatus': 'FAILURE', 'statusLabel': 'Failed'}"), "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(updated.count(), 1);
    ActionRun stored = *RunStore(m_store->database()).run(u"r_1"_s);
    QCOMPARE(stored.status, RunStatus::Failure);
    QCOMPARE(stored.statusLabel, u"Failed"_s);
    QCOMPARE(stored.endedAt, kNow);

    answer = call("POST", u"/v1/actions/runs/r_1/logs"_s, json("{'message': 'again', 'terminationStatus': 'SUCCESS'}"), "token-one");
    QCOMPARE(answer.status, 409);
    QCOMPARE(RunStore(m_store->database()).logs(u"r_1"_s).size(), 1); // the refused line is not logged
    QCOMPARE(RunStore(m_store->database()).run(u"r_1"_s)->status, RunStatus::Failure);
    // A plain line after the end is fine.
    QCOMPARE(call("POST", u"/v1/actions/runs/r_1/logs"_s, json("{'message': 'cleanup done'}"), "token-one").status, 200);

    QCOMPARE(call("POST", u"/v1/actions/runs/r_2/logs"_s, json("{'terminationStatus': 'SUCCESS'}"), "token-two").status, 422);
    QCOMPARE(call("POST", u"/v1/actions/runs/r_2/logs"_s, json("{'message': 'x', 'terminationStatus': 'IN_PROGRESS'}"), "token-two").status, 422);
    QCOMPARE(RunStore(m_store->database()).run(u"r_2"_s)->status, RunStatus::InProgress);
}

void TestRunApiServer::upsertsEntitiesTiedToTheRun()
{
    QSignalSpy changed(m_server.get(), &RunApiServer::entitiesChanged);
    const QByteArray entity = json("{'identifier': 'search', 'title': 'Search', 'properties': {'language': 'Go', 'replicas': 2},"
                                   " 'relations': {'team': 'payments'}}");
    Answer answer = call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s, entity, "token-one");
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.body.value(u"ok"_s), QJsonValue(true));
    QCOMPARE(answer.body.value(u"entity"_s).toObject().value(u"identifier"_s).toString(), u"search"_s);
    QCOMPARE(changed.count(), 1);
    const ChangeSet changes = changed.front().front().value<ChangeSet>();
    QCOMPARE(changes.origin, Origin::ActionRun);
    QVERIFY(changes.createdEntities.value(u"service"_s).contains(u"search"_s));
    const std::optional<Entity> stored = m_store->entity(u"service"_s, u"search"_s);
    QVERIFY(stored);
    QCOMPARE(stored->createdBy, u"ada@example.com"_s); // the run's creator, not the backend

    // Merge keeps what is not sent; a plain upsert replaces.
    answer = call("POST", u"/v1/blueprints/service/entities?upsert=true&merge=true&run_id=r_1"_s,
                  json("{'identifier': 'search', 'properties': {'replicas': 5}}"), "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_store->entity(u"service"_s, u"search"_s)->properties, object("{'language': 'Go', 'replicas': 5}"));
    QCOMPARE(m_store->entity(u"service"_s, u"search"_s)->title, u"Search"_s);
    answer = call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s,
                  json("{'identifier': 'search', 'title': 'Search 2', 'properties': {'replicas': 6}}"), "token-one");
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_store->entity(u"service"_s, u"search"_s)->properties, object("{'replicas': 6}"));

    // Without upsert=true an existing entity is a conflict.
    QCOMPARE(call("POST", u"/v1/blueprints/service/entities?run_id=r_1"_s, entity, "token-one").status, 409);
    // Validation problems come back with paths; nothing is written.
    answer = call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s,
                  json("{'identifier': 'bad', 'properties': {'language': 'Cobol'}}"), "token-one");
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.value(u"error"_s).toString(), u"validation_failed"_s);
    QVERIFY(answer.body.value(u"details"_s).toArray().first().toObject().value(u"path"_s).toString().contains(u"language"_s));
    QVERIFY(!m_store->entity(u"service"_s, u"bad"_s));
    QCOMPARE(call("POST", u"/v1/blueprints/nope/entities?upsert=true&run_id=r_1"_s, entity, "token-one").status, 404);
    QCOMPARE(changed.count(), 3);

    const RunStore runs(m_store->database());
    const QList<RunEntityChange> tied = runs.entitiesOf(u"r_1"_s);
    QStringList kinds;
    for (const RunEntityChange &change : tied) {
        QCOMPARE(change.identifier, u"search"_s);
        kinds.append(change.change);
    }
    QCOMPARE(kinds.first(), u"create"_s);
    QVERIFY(kinds.contains(u"update"_s));
    QVERIFY(runs.runsOfEntity(u"service"_s, u"search"_s).size() >= 2);
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(u"SELECT DISTINCT run, origin FROM audit WHERE kind = 'entity' AND identifier = 'search'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"r_1"_s);
    QCOMPARE(q.value(1).toString(), u"action-run"_s);
    QVERIFY(!q.next());
}

void TestRunApiServer::entityWritesNeedTheirRunsToken()
{
    const QByteArray entity = json("{'identifier': 'search', 'properties': {'language': 'Go'}}");
    QCOMPARE(call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s, entity, "token-two").status, 401);
    QCOMPARE(call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s, entity).status, 401);
    const Answer missing = call("POST", u"/v1/blueprints/service/entities?upsert=true"_s, entity, "token-one");
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body.value(u"message"_s).toString().contains(u"run_id"_s));
    QCOMPARE(call("DELETE", u"/v1/blueprints/service/entities/cart?run_id=r_1"_s, {}, "token-two").status, 401);
    QVERIFY(!m_store->entity(u"service"_s, u"search"_s));
    QVERIFY(m_store->entity(u"service"_s, u"cart"_s));
}

void TestRunApiServer::endedRunRefusesEntityWrites()
{
    const Answer answer = call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_done"_s,
                               json("{'identifier': 'late', 'properties': {'language': 'Go'}}"), "token-done");
    QCOMPARE(answer.status, 409);
    QVERIFY2(answer.body.value(u"message"_s).toString().contains(u"SUCCESS"_s), qPrintable(answer.body.value(u"message"_s).toString()));
    QVERIFY(!m_store->entity(u"service"_s, u"late"_s));
    QCOMPARE(call("DELETE", u"/v1/blueprints/service/entities/cart?run_id=r_done"_s, {}, "token-done").status, 409);
    QVERIFY(m_store->entity(u"service"_s, u"cart"_s));

    // A run that ended through the API refuses them as well.
    QCOMPARE(call("PATCH", u"/v1/actions/runs/r_1"_s, json("{'status': 'FAILURE'}"), "token-one").status, 200);
    QCOMPARE(call("POST", u"/v1/blueprints/service/entities?upsert=true&run_id=r_1"_s,
                  json("{'identifier': 'late', 'properties': {'language': 'Go'}}"), "token-one").status, 409);
}

void TestRunApiServer::deletesEntitiesTiedToTheRun()
{
    QSignalSpy changed(m_server.get(), &RunApiServer::entitiesChanged);
    Answer answer = call("DELETE", u"/v1/blueprints/service/entities/cart?run_id=r_2"_s, {}, "token-two");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"ok"_s), QJsonValue(true));
    QVERIFY(!m_store->entity(u"service"_s, u"cart"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.front().front().value<ChangeSet>().deletedEntities.value(u"service"_s).contains(u"cart"_s));
    const QList<RunEntityChange> tied = RunStore(m_store->database()).entitiesOf(u"r_2"_s);
    QCOMPARE(tied.size(), 1);
    QCOMPARE(tied.front().change, u"delete"_s);
    QCOMPARE(call("DELETE", u"/v1/blueprints/service/entities/cart?run_id=r_2"_s, {}, "token-two").status, 404);

    // An entity others relate to stays, and the answer says who relates to it.
    testing::write(*m_store, {}, {testing::entity("{\"identifier\": \"web\", \"blueprint\": \"service\", \"relations\": {\"dependsOn\": [\"pricing\"]}}")});
    answer = call("DELETE", u"/v1/blueprints/service/entities/pricing?run_id=r_2"_s, {}, "token-two");
    QCOMPARE(answer.status, 422);
    QVERIFY2(answer.body.value(u"message"_s).toString().contains(u"relate to it"_s), qPrintable(answer.body.value(u"message"_s).toString()));
    QVERIFY(m_store->entity(u"service"_s, u"pricing"_s));
    QCOMPARE(changed.count(), 1);

    // Identifiers are percent-decoded from the path.
    testing::write(*m_store, {}, {testing::entity("{\"identifier\": \"a/b+c\", \"blueprint\": \"service\", \"properties\": {}}")});
    QCOMPARE(call("DELETE", u"/v1/blueprints/service/entities/a%2Fb%2Bc?run_id=r_2"_s, {}, "token-two").status, 200);
    QVERIFY(!m_store->entity(u"service"_s, u"a/b+c"_s));
}

QTEST_GUILESS_MAIN(TestRunApiServer)
#include "tst_runapiserver.moc"
