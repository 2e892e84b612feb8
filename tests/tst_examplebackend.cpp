// The example backend (app/examplebackend) as a black box: the real binary on a free port, a
// QHttpServer fake of Portolan's run API here, signed webhooks in, and the progress it reports
// checked as it arrives.
#include "actions/actiondefinition.h"
#include "actions/runapiserver.h"
#include "actions/runstore.h"
#include "actions/webhookinvoker.h"
#include "demo/demoactions.h"
#include "demo/demoportal.h"
#include "store/catalogstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
const QByteArray secret = "s3cret-for-tests";

// One request the backend made to the fake run API.
struct ApiCall {
    QString method;
    QString path;
    QUrlQuery query;
    QString authorization;
    QJsonObject body;
};

QByteArray sign(const QByteArray &body, const QByteArray &key = secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

// Portolan's default webhook body (Port's shape).
QJsonObject defaultPayload(const QString &action, const QString &runId, const QJsonObject &inputs,
    const QJsonObject &entity = {})
{
    return {
        { u"action"_s, QJsonObject { { u"identifier"_s, action }, { u"title"_s, action } } },
        { u"resourceType"_s, u"run"_s },
        { u"status"_s, u"TRIGGERED"_s },
        { u"trigger"_s,
            QJsonObject { { u"by"_s, QJsonObject { { u"user"_s, QJsonObject { { u"email"_s, u"ada@example.com"_s } } } } },
                { u"origin"_s, u"UI"_s }, { u"at"_s, u"2026-11-22T10:00:00.000Z"_s } } },
        { u"context"_s,
            QJsonObject { { u"blueprint"_s, u"service"_s },
                { u"entity"_s, entity.isEmpty() ? QJsonValue() : entity.value("identifier"_L1) }, { u"runId"_s, runId } } },
        { u"payload"_s,
            QJsonObject { { u"entity"_s, entity.isEmpty() ? QJsonValue() : QJsonValue(entity) }, { u"properties"_s, inputs } } },
    };
}
} // namespace

class TestExampleBackend final : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_api;
    QTcpServer *m_apiTcp = nullptr;
    QList<ApiCall> m_calls;
    QString m_refuseEntitiesOf; // the run whose entity writes the fake refuses with 422
    QProcess m_backend;
    QByteArray m_backendOutput;
    quint16 m_backendPort = 0;
    QNetworkAccessManager m_network;
    int m_runs = 0;

    QString apiBase() const { return u"http://127.0.0.1:%1"_s.arg(m_apiTcp->serverPort()); }
    static QString tokenOf(const QString &runId) { return u"token-"_s + runId; }

    QHttpServerResponse record(const QString &method, const QString &runId, const QHttpServerRequest &request)
    {
        ApiCall call { method, request.url().path(), request.query(),
            QString::fromUtf8(request.headers().value("authorization")),
            QJsonDocument::fromJson(request.body()).object() };
        m_calls.append(call);
        if (call.authorization != u"Bearer "_s + tokenOf(runId))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
        if (method == "POST-ENTITY"_L1 && runId == m_refuseEntitiesOf)
            return QHttpServerResponse(QJsonObject { { u"error"_s, u"owningTeam: no team \"nobody\""_s } },
                QHttpServerResponse::StatusCode::UnprocessableEntity);
        return QHttpServerResponse(QJsonObject { { u"ok"_s, true } });
    }

    QList<ApiCall> callsOf(const QString &runId) const
    {
        QList<ApiCall> result;
        for (const ApiCall &c : m_calls) {
            if (c.path.contains(u"/runs/"_s + runId) || c.query.queryItemValue(u"run_id"_s) == runId)
                result.append(c);
        }
        return result;
    }

    // The terminal log line of `runId`, or an empty object while the run goes on.
    QJsonObject terminal(const QString &runId) const
    {
        for (const ApiCall &c : callsOf(runId)) {
            if (c.body.contains("terminationStatus"_L1))
                return c.body;
        }
        return {};
    }

    QStringList logMessages(const QString &runId) const
    {
        QStringList result;
        for (const ApiCall &c : callsOf(runId)) {
            if (c.method == "POST"_L1 && c.path.endsWith("/logs"_L1))
                result.append(c.body.value("message"_L1).toString());
        }
        return result;
    }

    // Posts `body` to /hooks/<action> with run headers; returns the HTTP status.
    int post(const QString &action, const QString &runId, const QByteArray &body, const QByteArray &signature)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/hooks/%2"_s.arg(m_backendPort).arg(action)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!signature.isEmpty())
            request.setRawHeader("X-Portolan-Signature", signature);
        request.setRawHeader("X-Portolan-Run-Id", runId.toUtf8());
        request.setRawHeader("X-Portolan-Run-Token", tokenOf(runId).toUtf8());
        request.setRawHeader("X-Portolan-Run-Api", apiBase().toUtf8());
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QString newRun() { return u"r_test%1"_s.arg(++m_runs); }

    // The demo action `identifier` as Portolan's own invoker sends it, aimed at this test's backend.
    WebhookResult invokeDemoAction(const QString &identifier, const QString &runId, const QJsonObject &inputs,
        const QJsonObject &entity = {})
    {
        QJsonObject json;
        for (const QJsonObject &a : demoActions()) {
            if (a.value("identifier"_L1).toString() == identifier)
                json = a;
        }
        const QString port = u":%1/"_s.arg(m_backendPort);
        QJsonObject method = json.value("invocationMethod"_L1).toObject();
        for (const QString &key : { u"url"_s, u"apiUrl"_s }) {
            if (method.contains(key))
                method.insert(key, method.value(key).toString().replace(":8931/"_L1, port));
        }
        json.insert(u"invocationMethod"_s, method);
        Problems problems;
        const std::optional<ActionDefinition> action = ActionDefinition::fromJson(json, &problems);
        if (!action)
            return { 0, {}, problems.value(0).toString(), false };
        const QJsonObject context { { u"inputs"_s, inputs }, { u"entity"_s, entity.isEmpty() ? QJsonValue() : QJsonValue(entity) },
            { u"trigger"_s, QJsonObject { { u"by"_s, QJsonObject { { u"user"_s, QJsonObject { { u"email"_s, u"ada@example.com"_s } } } } },
                                { u"operation"_s, u"DAY-2"_s }, { u"at"_s, u"2026-11-22T10:00:00.000Z"_s } } },
            { u"run"_s, QJsonObject { { u"id"_s, runId }, { u"url"_s, apiBase() }, { u"token"_s, tokenOf(runId) } } },
            { u"action"_s, QJsonObject { { u"identifier"_s, identifier }, { u"title"_s, action->title } } } };
        std::optional<WebhookRequest> request = buildWebhookRequest(*action, context, &problems);
        if (!request)
            return { 0, {}, problems.value(0).toString(), false };
        request->signingSecret = secret;
        WebhookInvoker invoker;
        std::optional<WebhookResult> answer;
        invoker.send(*request, this, [&answer](const WebhookResult &result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return { 0, {}, u"no answer within 10 s"_s, true };
        return answer.value_or(WebhookResult { 0, {}, u"no answer"_s, true });
    }

    // Starts the backend binary on a free port; returns the port it reports, 0 on failure.
    static quint16 startBackend(QProcess &process, QByteArray &output, const QByteArray &withSecret, QObject *context)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"PORTOLAN_WEBHOOK_SECRET"_s);
        if (!withSecret.isEmpty())
            environment.insert(u"PORTOLAN_WEBHOOK_SECRET"_s, QString::fromUtf8(withSecret));
        process.setProcessEnvironment(environment);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, context,
            [&process, &output] { output += process.readAllStandardOutput(); });
        process.start(QStringLiteral(PORTOLAN_EXAMPLE_BACKEND), { u"--port"_s, u"0"_s, u"--pause-ms"_s, u"10"_s });
        if (!process.waitForStarted(5000))
            return 0;
        static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
        QRegularExpressionMatch match;
        for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
            QTest::qWait(50);
            match = listening.match(QString::fromUtf8(output));
        }
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_api.route(u"/v1/actions/runs/<arg>/logs"_s, QHttpServerRequest::Method::Post, this,
            [this](const QString &run, const QHttpServerRequest &r) { return record(u"POST"_s, run, r); });
        m_api.route(u"/v1/actions/runs/<arg>"_s, QHttpServerRequest::Method::Patch, this,
            [this](const QString &run, const QHttpServerRequest &r) { return record(u"PATCH"_s, run, r); });
        m_api.route(u"/v1/blueprints/<arg>/entities"_s, QHttpServerRequest::Method::Post, this,
            [this](const QString &, const QHttpServerRequest &r) {
                return record(u"POST-ENTITY"_s, r.query().queryItemValue(u"run_id"_s), r);
            });
        m_api.route(u"/v1/blueprints/<arg>/entities/<arg>"_s, QHttpServerRequest::Method::Delete, this,
            [this](const QString &, const QString &, const QHttpServerRequest &r) {
                return record(u"DELETE-ENTITY"_s, r.query().queryItemValue(u"run_id"_s), r);
            });
        m_apiTcp = new QTcpServer(this);
        QVERIFY(m_apiTcp->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_api.bind(m_apiTcp));

        m_backendPort = startBackend(m_backend, m_backendOutput, secret, this);
        QVERIFY2(m_backendPort != 0, m_backendOutput.constData());
    }

    void cleanupTestCase()
    {
        m_backend.terminate();
        if (!m_backend.waitForFinished(3000))
            m_backend.kill();
    }

    void scaffoldReportsLogsStatusEntityAndSuccessWithTheToken()
    {
        const QString run = newRun();
        const QJsonObject inputs { { u"name"_s, u"ledger-api"_s }, { u"language"_s, u"Go"_s }, { u"tier"_s, u"tier-2"_s },
            { u"template"_s, u"http-api"_s }, { u"visibility"_s, u"internal"_s }, { u"owningTeam"_s, u"payments"_s },
            { u"dependsOn"_s, QJsonArray { u"accounts-api"_s } } };
        const QByteArray body = QJsonDocument(defaultPayload(u"scaffold_microservice"_s, run, inputs)).toJson();
        QCOMPARE(post(u"scaffold_microservice"_s, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);

        const QList<ApiCall> calls = callsOf(run);
        for (const ApiCall &c : calls)
            QCOMPARE(c.authorization, u"Bearer "_s + tokenOf(run));
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
        QVERIFY(logMessages(run).size() >= 4);
        QVERIFY(logMessages(run).first().startsWith("Cloning template http-api"_L1));

        const auto patch = std::find_if(calls.begin(), calls.end(), [](const ApiCall &c) { return c.method == "PATCH"_L1; });
        QVERIFY(patch != calls.end());
        QVERIFY(!patch->body.value("statusLabel"_L1).toString().isEmpty());
        QVERIFY(patch->body.value("link"_L1).toArray().first().toString().endsWith("/ledger-api"_L1));
        QVERIFY(std::any_of(calls.begin(), calls.end(), [](const ApiCall &c) { return c.body.contains("summary"_L1); }));

        const auto upsert = std::find_if(calls.begin(), calls.end(), [](const ApiCall &c) { return c.method == "POST-ENTITY"_L1; });
        QVERIFY(upsert != calls.end());
        QCOMPARE(upsert->path, u"/v1/blueprints/service/entities"_s);
        QCOMPARE(upsert->query.queryItemValue(u"upsert"_s), u"true"_s);
        QCOMPARE(upsert->body.value("identifier"_L1).toString(), u"ledger-api"_s);
        QCOMPARE(upsert->body.value("properties"_L1).toObject().value("language"_L1).toString(), u"Go"_s);
        QCOMPARE(upsert->body.value("relations"_L1).toObject().value("owningTeam"_L1).toString(), u"payments"_s);
        QCOMPARE(upsert->body.value("relations"_L1).toObject().value("dependsOn"_L1).toArray(), QJsonArray { u"accounts-api"_s });
        // The entity is written before the run ends, so the change is tied to a run in progress.
        QVERIFY(std::distance(calls.begin(), upsert) < calls.size() - 1);
    }

    void badOrMissingSignatureIsRefusedWith401()
    {
        const QString run = newRun();
        const QByteArray body = QJsonDocument(defaultPayload(u"deploy_service"_s, run, {})).toJson();
        QCOMPARE(post(u"deploy_service"_s, run, body, sign(body, "wrong secret")), 401);
        QCOMPARE(post(u"deploy_service"_s, run, body, QByteArray()), 401);
        QCOMPARE(post(u"deploy_service"_s, run, body + ' ', sign(body)), 401); // signature of another body
        QTest::qWait(200);
        QVERIFY(callsOf(run).isEmpty());
    }

    void missingRunHeadersAreABadRequest()
    {
        const QByteArray body = "{}";
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/hooks/deploy_service"_s.arg(m_backendPort)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-Portolan-Signature", sign(body));
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    }

    void failsOnPurpose_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("inputs");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("simulateFailure") << u"deploy_service"_s
                                         << QJsonObject { { u"version"_s, u"1.2.3"_s }, { u"strategy"_s, u"canary"_s },
                                                { u"simulateFailure"_s, true } }
                                         << u"rolled back"_s;
        QTest::newRow("version 0.0.0") << u"upgrade_package_version"_s
                                       << QJsonObject { { u"package"_s, u"@acme/ui"_s }, { u"version"_s, u"0.0.0"_s } }
                                       << u"0.0.0"_s;
    }

    void failsOnPurpose()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, inputs);
        QFETCH(QString, reasonContains);
        const QString run = newRun();
        const QJsonObject entity { { u"identifier"_s, u"checkout-api"_s }, { u"blueprint"_s, u"service"_s } };
        const QByteArray body = QJsonDocument(defaultPayload(action, run, inputs, entity)).toJson();
        QCOMPARE(post(action, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"FAILURE"_s);
        QVERIFY2(terminal(run).value("message"_L1).toString().contains(reasonContains),
            qPrintable(terminal(run).value("message"_L1).toString()));
    }

    void refusedEntityWriteEndsTheRunWithFailure()
    {
        const QString run = newRun();
        m_refuseEntitiesOf = run;
        const QJsonObject inputs { { u"name"_s, u"orphan-api"_s }, { u"language"_s, u"Go"_s }, { u"tier"_s, u"tier-3"_s },
            { u"template"_s, u"http-api"_s }, { u"owningTeam"_s, u"nobody"_s } };
        const QByteArray body = QJsonDocument(defaultPayload(u"scaffold_microservice"_s, run, inputs)).toJson();
        QCOMPARE(post(u"scaffold_microservice"_s, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"FAILURE"_s);
        QVERIFY(terminal(run).value("message"_L1).toString().contains("422"_L1));
        QVERIFY(terminal(run).value("message"_L1).toString().contains("nobody"_L1));
    }

    void customBodyUsesTheHeadersForTheRun()
    {
        // deploy_service's own body template: flat fields, no Port envelope.
        const QString run = newRun();
        const QJsonObject custom { { u"service"_s, u"checkout-api"_s }, { u"version"_s, u"2.0.1"_s },
            { u"environment"_s, u"production"_s }, { u"strategy"_s, u"blue-green"_s }, { u"simulateFailure"_s, false } };
        const QByteArray body = QJsonDocument(custom).toJson(QJsonDocument::Compact);
        QCOMPARE(post(u"deploy_service"_s, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
        QVERIFY(logMessages(run).join(u'\n').contains("green stack with 2.0.1"_L1));
        QVERIFY(terminal(run).value("message"_L1).toString().contains("checkout-api 2.0.1 to production"_L1));
    }

    void secretInputsAreNeverPrintedNorLogged()
    {
        const QString run = newRun();
        const QByteArray value = "hunter2-do-not-print";
        QJsonObject payload = defaultPayload(u"add_secret"_s, run,
            { { u"secretName"_s, u"STRIPE_KEY"_s }, { u"secretValue"_s, QString::fromUtf8(value) },
                { u"apiPassword"_s, u"pw-do-not-print"_s }, { u"environments"_s, QJsonArray { u"staging"_s } } },
            { { u"identifier"_s, u"payments-api"_s } });
        const QByteArray body = QJsonDocument(payload).toJson();
        QCOMPARE(post(u"add_secret"_s, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
        QTest::qWait(100); // the last stdout lines
        QVERIFY(m_backendOutput.contains(run.toUtf8()));
        QVERIFY(!m_backendOutput.contains(value));
        QVERIFY(!m_backendOutput.contains("pw-do-not-print"));
        for (const ApiCall &c : callsOf(run))
            QVERIFY(!QJsonDocument(c.body).toJson().contains(value));
    }

    void deleteActionRemovesTheEntityTiedToTheRun()
    {
        const QString run = newRun();
        const QByteArray body = QJsonDocument(defaultPayload(u"destroy_developer_environment"_s, run,
                                                  { { u"keepSnapshot"_s, false } }, { { u"identifier"_s, u"dev-ada"_s } }))
                                    .toJson();
        QCOMPARE(post(u"destroy_developer_environment"_s, run, body, sign(body)), 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        const QList<ApiCall> calls = callsOf(run);
        QVERIFY(std::any_of(calls.begin(), calls.end(), [](const ApiCall &c) {
            return c.method == "DELETE-ENTITY"_L1 && c.path == "/v1/blueprints/environment/entities/dev-ada"_L1;
        }));
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
    }

    void everyDemoWebhookActionHasItsOwnScript()
    {
        int webhooks = 0;
        for (const QJsonObject &action : demoActions()) {
            const QJsonObject method = action.value("invocationMethod"_L1).toObject();
            if (method.value("type"_L1).toString() != "WEBHOOK"_L1)
                continue;
            ++webhooks;
            const QString id = action.value("identifier"_L1).toString();
            const QString run = newRun();
            const QByteArray body = QJsonDocument(defaultPayload(id, run, {}, { { u"identifier"_s, u"some-entity"_s } })).toJson();
            QCOMPARE(post(id, run, body, sign(body)), 202);
            QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
            QVERIFY2(!logMessages(run).first().startsWith("Received "_L1), qPrintable(id + u" has only the generic script"_s));
            QVERIFY2(logMessages(run).size() >= 2, qPrintable(id));
        }
        QVERIFY(webhooks >= 12);
    }

    void portolansOwnRequestsReachTheBackend_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("inputs");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("reportsBack");
        const QJsonObject entity { { u"identifier"_s, u"checkout-api"_s } };
        QTest::newRow("default payload") << u"scaffold_microservice"_s
                                         << QJsonObject { { u"name"_s, u"ledger"_s }, { u"language"_s, u"Go"_s },
                                                { u"tier"_s, u"tier-3"_s }, { u"owningTeam"_s, u"payments"_s } }
                                         << 202 << true;
        QTest::newRow("body template") << u"deploy_service"_s
                                       << QJsonObject { { u"version"_s, u"1.0.0"_s }, { u"strategy"_s, u"canary"_s },
                                              { u"canaryPercentage"_s, 5 }, { u"environment"_s, u"staging"_s },
                                              { u"simulateFailure"_s, false } }
                                       << 202 << true;
        QTest::newRow("GitHub preset") << u"add_environment_variable"_s
                                       << QJsonObject { { u"key"_s, u"LOG_LEVEL"_s }, { u"value"_s, u"debug"_s },
                                              { u"environment"_s, u"staging"_s }, { u"restartPods"_s, true } }
                                       << 204 << false;
        QTest::newRow("GitLab preset") << u"modify_cloud_resource"_s
                                       << QJsonObject { { u"size"_s, u"large"_s }, { u"deletionProtection"_s, true } }
                                       << 201 << false;
    }

    void portolansOwnRequestsReachTheBackend()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, inputs);
        QFETCH(int, status);
        QFETCH(bool, reportsBack);
        const QString run = newRun();
        const WebhookResult result = invokeDemoAction(action, run, inputs, { { u"identifier"_s, u"checkout-api"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.httpStatus, status);
        if (reportsBack) {
            QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
            QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
        } else {
            QTRY_VERIFY(m_backendOutput.contains("stand-in"));
            QVERIFY(!m_backendOutput.contains("demo-github-token"));
            QVERIFY(callsOf(run).isEmpty()); // the presets get no run token
        }
    }

    void scaffoldThroughPortolansRunApiCreatesTheServiceTiedToTheRun()
    {
        // The real thing on Portolan's side: the demo portal, a run with its token, the run API.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CatalogStore store(dir.filePath(u"demo.sqlite"_s));
        const Problems problems = createDemoPortal(store, 7, QDate(2026, 11, 1), u"tester"_s);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        RunStore runs(store.database());
        ActionRun run;
        run.id = RunStore::newRunId();
        run.action = u"scaffold_microservice"_s;
        run.actionTitle = u"Scaffold a new microservice"_s;
        run.blueprint = u"service"_s;
        run.createdBy = u"ada@example.com"_s;
        run.createdAt = run.updatedAt = QDateTime::currentDateTimeUtc();
        const QString token = RunStore::newToken();
        QVERIFY(runs.insert(run, RunStore::hashToken(token)).isEmpty());
        RunApiServer api(store);
        QVERIFY2(api.listen(0), qPrintable(api.errorString()));

        const QJsonObject inputs { { u"name"_s, u"ledger-api"_s }, { u"language"_s, u"Go"_s }, { u"tier"_s, u"tier-2"_s },
            { u"template"_s, u"http-api"_s }, { u"visibility"_s, u"internal"_s }, { u"owningTeam"_s, u"payments"_s },
            { u"onCall"_s, u"ada@example.com"_s } };
        const QByteArray body = QJsonDocument(defaultPayload(run.action, run.id, inputs)).toJson();
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/hooks/scaffold_microservice"_s.arg(m_backendPort)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-Portolan-Signature", sign(body));
        request.setRawHeader("X-Portolan-Run-Id", run.id.toUtf8());
        request.setRawHeader("X-Portolan-Run-Token", token.toUtf8());
        request.setRawHeader("X-Portolan-Run-Api", api.baseUrl().toString().toUtf8());
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);

        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(runs.run(run.id)->status), 10000);
        const ActionRun ended = *runs.run(run.id);
        QVERIFY2(ended.status == RunStatus::Success, qPrintable(runStatusName(ended.status) + u": "_s + ended.summary
                                                             + QString::fromUtf8(m_backendOutput.right(600))));
        QCOMPARE(ended.statusLabel, u"Ready"_s);
        QVERIFY(ended.links.contains(u"https://git.example.com/acme/ledger-api"_s));
        QVERIFY(runs.logs(run.id).size() >= 5);
        const std::optional<Entity> service = store.entity(u"service"_s, u"ledger-api"_s);
        QVERIFY(service.has_value());
        QCOMPARE(service->properties.value("lifecycle"_L1).toString(), u"experimental"_s);
        QCOMPARE(service->relationTargets(u"owningTeam"_s), QStringList { u"payments"_s });
        const QList<RunEntityChange> changes = runs.entitiesOf(run.id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().identifier, u"ledger-api"_s);
    }

    void withoutASecretUnsignedRequestsAreAcceptedWithAWarning()
    {
        QProcess backend;
        QByteArray output;
        const quint16 port = startBackend(backend, output, {}, this);
        QVERIFY(port != 0);
        QVERIFY(QString::fromUtf8(backend.readAllStandardError()).contains("not set"_L1));
        const quint16 signedPort = std::exchange(m_backendPort, port);
        const QString run = newRun();
        const QByteArray body = QJsonDocument(defaultPayload(u"train_model"_s, run, { { u"modelName"_s, u"churn"_s } })).toJson();
        const int status = post(u"train_model"_s, run, body, QByteArray());
        m_backendPort = signedPort;
        QCOMPARE(status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal(run).isEmpty(), 10000);
        QCOMPARE(terminal(run).value("terminationStatus"_L1).toString(), u"SUCCESS"_s);
        backend.terminate();
        QVERIFY(backend.waitForFinished(3000));
    }
};

QTEST_MAIN(TestExampleBackend)
#include "tst_examplebackend.moc"
