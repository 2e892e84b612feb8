#include "actions/actiondefinition.h"
#include "actions/webhookinvoker.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// JSON written with ' for " (moc misreads raw string literals).
QJsonObject object(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return document.object();
}

QJsonObject context()
{
    return object("{'inputs': {'name': 'cart', 'replicas': 3, 'team': 'payments', 'extra': {'canary': true}},"
                  " 'entity': {'identifier': 'cart', 'title': 'Cart', 'blueprint': 'service', 'properties': {'language': 'Go'}},"
                  " 'trigger': {'by': {'user': {'email': 'ada@example.com', 'identifier': 'ada'}}, 'operation': 'DAY-2',"
                  "             'at': '2025-01-02T03:04:05.000Z'},"
                  " 'run': {'id': 'r_abc', 'url': 'http://127.0.0.1:4000/v1/actions/runs/r_abc', 'token': 'tok-123'},"
                  " 'action': {'identifier': 'deploy', 'title': 'Deploy'}}");
}

ActionDefinition action(const QJsonObject &invocationMethod)
{
    ActionDefinition action;
    action.identifier = u"deploy"_s;
    action.title = u"Deploy"_s;
    action.blueprint = u"service"_s;
    action.operation = ActionOperation::Day2;
    action.invocationMethod = invocationMethod;
    return action;
}

struct Recorded {
    QString method;
    QString path;  // as sent, percent-encoding kept
    QUrlQuery query;
    QHttpHeaders headers;
    QByteArray body;
};

// A backend on 127.0.0.1 that records every request and answers with `status` and `reply`.
class FakeBackend
{
public:
    FakeBackend()
    {
        m_http.setMissingHandler(&m_http, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            const QUrl url = request.url();
            requests.append({QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))),
                             url.path(QUrl::FullyEncoded), QUrlQuery(url), request.headers(), request.body()});
            responder.sendResponse(QHttpServerResponse("application/json", reply,
                                                       static_cast<QHttpServerResponse::StatusCode>(status)));
        });
        QVERIFY(m_tcp->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_http.bind(m_tcp));
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_tcp->serverPort()).arg(path); }

    int status = 200;
    QByteArray reply = "{\"ok\":true}";
    QList<Recorded> requests;

private:
    QHttpServer m_http;
    QTcpServer *m_tcp = new QTcpServer(&m_http);
};

// Sends and waits for the answer.
WebhookResult send(WebhookInvoker &invoker, const WebhookRequest &request)
{
    std::optional<WebhookResult> result;
    QObject context;
    invoker.send(request, &context, [&result](const WebhookResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {0, {}, u"test: no answer at all"_s, false};
    return *result;
}

WebhookRequest build(const QJsonObject &method, Problems *problems = nullptr)
{
    Problems found;
    const std::optional<WebhookRequest> request = buildWebhookRequest(action(method), context(), &found);
    if (problems)
        *problems = found;
    else if (!request)
        qWarning("build failed: %s", qPrintable(found.value(0).toString()));
    return request.value_or(WebhookRequest{});
}

} // namespace

class TestWebhookInvoker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sendsPortsDefaultPayload();
    void rendersCustomBodyTemplate();
    void rendersHeadersButKeepsPortolansOwn();
    void signsTheRawBody();
    void timesOut();
    void reportsHttpErrors_data();
    void reportsHttpErrors();
    void reportsConnectionRefused();
    void dispatchesGitHubWorkflow();
    void triggersGitLabPipeline();
    void buildProblemsHavePaths();
};

void TestWebhookInvoker::sendsPortsDefaultPayload()
{
    FakeBackend backend;
    backend.reply = "{\"accepted\":true}";
    WebhookInvoker invoker;
    const WebhookRequest request = build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url(u"/hooks/deploy"_s)}});
    const WebhookResult result = send(invoker, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, "{\"accepted\":true}"_ba);
    QCOMPARE(backend.requests.size(), 1);
    const Recorded &got = backend.requests.front();
    QCOMPARE(got.method, u"Post"_s);
    QCOMPARE(got.path, u"/hooks/deploy"_s);
    const QJsonObject expected = object(
        "{'action': {'identifier': 'deploy', 'title': 'Deploy'}, 'resourceType': 'run', 'status': 'TRIGGERED',"
        " 'trigger': {'by': {'user': {'email': 'ada@example.com'}}, 'origin': 'UI', 'at': '2025-01-02T03:04:05.000Z'},"
        " 'context': {'blueprint': 'service', 'entity': 'cart', 'runId': 'r_abc'},"
        " 'payload': {'entity': {'identifier': 'cart', 'title': 'Cart', 'blueprint': 'service', 'properties': {'language': 'Go'}},"
        "             'properties': {'name': 'cart', 'replicas': 3, 'team': 'payments', 'extra': {'canary': true}}}}");
    QCOMPARE(QJsonDocument::fromJson(got.body).object(), expected);
    QCOMPARE(got.headers.value("content-type"), "application/json"_ba);
    QCOMPARE(got.headers.value("x-portolan-run-id"), "r_abc"_ba);
    QCOMPARE(got.headers.value("x-portolan-run-token"), "tok-123"_ba);
    QCOMPARE(got.headers.value("x-portolan-run-api"), "http://127.0.0.1:4000"_ba);
    const qint64 stamp = got.headers.value("x-portolan-timestamp").toLongLong();
    QVERIFY(qAbs(stamp - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(!got.headers.contains("x-portolan-signature"));
}

void TestWebhookInvoker::rendersCustomBodyTemplate()
{
    FakeBackend backend;
    WebhookInvoker invoker;
    const WebhookRequest request = build(
        {{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url(u"/deploy/{{ .entity.identifier }}"_s)}, {u"method"_s, u"put"_s},
         {u"body"_s, object("{'service': '{{ .entity.identifier }}', 'replicas': '{{ .inputs.replicas * 2 }}',"
                            " 'note': 'by {{ .trigger.by.user.email }}', '{{ spreadValue() }}': '{{ .inputs.extra }}'}")}});
    const WebhookResult result = send(invoker, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Recorded &got = backend.requests.front();
    QCOMPARE(got.method, u"Put"_s);
    QCOMPARE(got.path, u"/deploy/cart"_s);
    QCOMPARE(QJsonDocument::fromJson(got.body).object(),
             object("{'service': 'cart', 'replicas': 6, 'note': 'by ada@example.com', 'canary': true}"));
}

void TestWebhookInvoker::rendersHeadersButKeepsPortolansOwn()
{
    FakeBackend backend;
    WebhookInvoker invoker;
    const WebhookRequest request = build(
        {{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url(u"/h"_s)},
         {u"headers"_s, object("{'X-Team': '{{ .inputs.team }}', 'X-Replicas': '{{ .inputs.replicas }}',"
                               " 'X-Dropped': '{{ .inputs.nothing }}', 'X-Portolan-Run-Id': 'spoofed', 'X-Static': 'plain'}")}});
    send(invoker, request);
    const Recorded &got = backend.requests.front();
    QCOMPARE(got.headers.value("x-team"), "payments"_ba);
    QCOMPARE(got.headers.value("x-replicas"), "3"_ba);
    QCOMPARE(got.headers.value("x-static"), "plain"_ba);
    QVERIFY(!got.headers.contains("x-dropped"));
    QCOMPARE(got.headers.values("x-portolan-run-id"), QList<QByteArray>{"r_abc"});
}

void TestWebhookInvoker::signsTheRawBody()
{
    FakeBackend backend;
    WebhookInvoker invoker;
    const WebhookRequest request = build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url(u"/h"_s)},
                                          {u"signingSecret"_s, u"s3cret-{{ .action.identifier }}"_s}});
    QCOMPARE(request.signingSecret, "s3cret-deploy"_ba);
    QVERIFY(send(invoker, request).ok());
    const Recorded &got = backend.requests.front();
    // What a backend does: recompute over the bytes it received.
    const QByteArray expected = "sha256=" + QMessageAuthenticationCode::hash(got.body, "s3cret-deploy", QCryptographicHash::Sha256).toHex();
    QCOMPARE(got.headers.value("x-portolan-signature"), expected);
    QCOMPARE(expected.size(), 7 + 64);
    QCOMPARE(webhookSignature("s3cret-deploy", got.body), expected);
    QVERIFY(webhookSignature("other", got.body) != expected);
}

void TestWebhookInvoker::timesOut()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    WebhookInvoker invoker;
    WebhookRequest request = build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, u"http://127.0.0.1:%1/slow"_s.arg(silent.serverPort())},
                                    {u"timeoutSeconds"_s, 0.3}});
    QCOMPARE(request.timeoutMs, 300);
    QElapsedTimer clock;
    clock.start();
    const WebhookResult result = send(invoker, request);
    QVERIFY(result.timedOut);
    QVERIFY(!result.ok());
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(u"did not answer within 0.3 s"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"/slow"_s), qPrintable(result.error));
    QVERIFY(clock.elapsed() >= 250 && clock.elapsed() < 5000);
    QVERIFY(!held.isEmpty()); // it did connect: the answer is what timed out
}

void TestWebhookInvoker::reportsHttpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << 404 << "no such hook"_ba << u"answered HTTP 404 Not Found: no such hook"_s;
    QTest::newRow("422") << 422 << "{\"error\":\"bad input\"}"_ba << u"HTTP 422"_s;
    QTest::newRow("500 long body cut at 500 bytes") << 500 << QByteArray(499, 'x') + "yz" + QByteArray(300, 'q')
                                                    << QString(u"HTTP 500 Internal Server Error: "_s + QString(499, u'x') + u"y…"_s);
    QTest::newRow("503 empty body") << 503 << QByteArray() << u"answered HTTP 503 Service Unavailable"_s;
}

void TestWebhookInvoker::reportsHttpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reply);
    QFETCH(QString, expected);
    FakeBackend backend;
    backend.status = status;
    backend.reply = reply;
    WebhookInvoker invoker;
    const WebhookResult result = send(invoker, build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url(u"/h?key=secret"_s)}}));
    QVERIFY(!result.ok());
    QVERIFY(!result.timedOut);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.body, reply);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u"secret"_s), qPrintable(result.error)); // query strings stay out of logs
    QVERIFY(!result.error.contains(u"yzq"_s));
}

void TestWebhookInvoker::reportsConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    WebhookInvoker invoker;
    const WebhookResult result = send(invoker, build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, u"http://127.0.0.1:%1/h"_s.arg(port)}}));
    QVERIFY(!result.ok());
    QVERIFY(!result.timedOut);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(u"could not connect to 127.0.0.1:%1: connection refused"_s.arg(port)), qPrintable(result.error));
}

void TestWebhookInvoker::dispatchesGitHubWorkflow()
{
    FakeBackend backend;
    backend.status = 204;
    backend.reply.clear();
    WebhookInvoker invoker;
    const WebhookRequest request = build(
        {{u"type"_s, u"GITHUB"_s}, {u"org"_s, u"acme"_s}, {u"repo"_s, u"shop"_s}, {u"workflow"_s, u"deploy.yml"_s},
         {u"ref"_s, u"release"_s}, {u"apiUrl"_s, backend.url(u"/"_s)}, {u"reportWorkflowStatus"_s, true},
         {u"headers"_s, object("{'Authorization': 'Bearer gh-{{ .inputs.team }}'}")},
         {u"workflowInputs"_s, object("{'service': '{{ .entity.identifier }}', 'replicas': '{{ .inputs.replicas }}',"
                                      " 'flags': '{{ .inputs.extra }}', 'skip': '{{ .inputs.nothing }}'}")}});
    const WebhookResult result = send(invoker, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.httpStatus, 204);
    const Recorded &got = backend.requests.front();
    QCOMPARE(got.method, u"Post"_s);
    QCOMPARE(got.path, u"/repos/acme/shop/actions/workflows/deploy.yml/dispatches"_s);
    QCOMPARE(got.headers.value("authorization"), "Bearer gh-payments"_ba);
    QCOMPARE(got.headers.value("accept"), "application/vnd.github+json"_ba);
    QVERIFY(!got.headers.contains("x-portolan-run-token")); // the run token stays home
    const QJsonObject body = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(body.value(u"ref"_s).toString(), u"release"_s);
    const QJsonObject inputs = body.value(u"inputs"_s).toObject();
    QCOMPARE(inputs, object("{'service': 'cart', 'replicas': '3', 'flags': '{\\'canary\\':true}',"
                            " 'port_context': '{\\'runId\\':\\'r_abc\\'}'}"));
}

void TestWebhookInvoker::triggersGitLabPipeline()
{
    FakeBackend backend;
    backend.status = 201;
    WebhookInvoker invoker;
    const WebhookRequest request = build(
        {{u"type"_s, u"GITLAB"_s}, {u"projectName"_s, u"platform/shop api"_s}, {u"defaultRef"_s, u"develop"_s},
         {u"apiUrl"_s, backend.url({})}, {u"token"_s, u"glptt-{{ .inputs.team }}"_s},
         {u"pipelineVariables"_s, object("{'SERVICE': '{{ .entity.identifier }}', 'REPLICAS': '{{ .inputs.replicas }}',"
                                         " 'NOTE': 'a&b=c+d'}")}});
    const WebhookResult result = send(invoker, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Recorded &got = backend.requests.front();
    QCOMPARE(got.path, u"/api/v4/projects/platform%2Fshop%20api/trigger/pipeline"_s);
    QCOMPARE(got.headers.value("content-type"), "application/x-www-form-urlencoded"_ba);
    QVERIFY(!got.headers.contains("x-portolan-run-token"));
    // Decoded as a form parser does (keys are percent-encoded too: variables%5BSERVICE%5D).
    QHash<QString, QString> form;
    for (const QByteArray &pair : got.body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    auto field = [&form](const QString &key) { return form.value(key); };
    QCOMPARE(field(u"token"_s), u"glptt-payments"_s);
    QCOMPARE(field(u"ref"_s), u"develop"_s);
    QCOMPARE(field(u"variables[SERVICE]"_s), u"cart"_s);
    QCOMPARE(field(u"variables[REPLICAS]"_s), u"3"_s);
    QCOMPARE(field(u"variables[NOTE]"_s), u"a&b=c+d"_s);
    QCOMPARE(field(u"variables[PORT_RUN_ID]"_s), u"r_abc"_s);

    // A numeric project id works as well.
    const WebhookRequest byId = build({{u"type"_s, u"GITLAB"_s}, {u"projectId"_s, 42}, {u"apiUrl"_s, backend.url({})},
                                       {u"token"_s, u"t"_s}});
    QCOMPARE(byId.url.path(QUrl::FullyEncoded), u"/api/v4/projects/42/trigger/pipeline"_s);
}

void TestWebhookInvoker::buildProblemsHavePaths()
{
    Problems problems;
    build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, u"http://x/h"_s}, {u"body"_s, object("{'a': {'b': '{{ .inputs. | }}'}}")}}, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().path, u"$.invocationMethod.body.a.b"_s);

    problems.clear();
    build({{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, u"ftp://{{ .inputs.name }}"_s}}, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().path, u"$.invocationMethod.url"_s);

    problems.clear();
    build({{u"type"_s, u"GITLAB"_s}, {u"projectId"_s, 1}}, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().path, u"$.invocationMethod.token"_s);

    problems.clear();
    build({{u"type"_s, u"UPSERT_ENTITY"_s}}, &problems);
    QCOMPARE(problems.front().path, u"$.invocationMethod.type"_s);
}

QTEST_GUILESS_MAIN(TestWebhookInvoker)
#include "tst_webhookinvoker.moc"
