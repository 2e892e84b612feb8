// The run lifecycle: webhook runs against a real HTTP fake (accepted, failed, timed out), upsert and
// delete runs tied to their entities, approvals (ANY, ALL, decline with a reason, cancel), the
// permission and limit refusals, and secrets kept out of the store and the logs.
#include "runnerfixture.h"

#include "actions/actionpolicy.h"
#include "actions/actionrunner.h"
#include "actions/actionstore.h"
#include "actions/runapiserver.h"
#include "actions/runstore.h"
#include "actions/webhookinvoker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

const QDateTime kStart(QDate(2025, 3, 10), QTime(9, 0), QTimeZone::UTC);
const QString kSecret = u"s3cr3t-Value-42"_s;

ActionDefinition action(QJsonObject definition, const QJsonObject &method)
{
    definition.insert(u"invocationMethod"_s, method);
    if (!definition.contains("trigger"_L1))
        definition.insert(u"trigger"_s, json(R"({"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service"})"));
    const std::optional<ActionDefinition> parsed = ActionDefinition::fromJson(definition);
    Q_ASSERT(parsed);
    return *parsed;
}

QJsonObject webhook(const FakeBackend &backend, const QJsonObject &extra = {})
{
    QJsonObject method{{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, backend.url().toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        method.insert(it.key(), it.value());
    return method;
}

QString allLogs(const RunStore &runs, const QString &runId)
{
    QStringList lines;
    for (const RunLogLine &line : runs.logs(runId))
        lines.append(line.message);
    return lines.join(u'\n');
}

} // namespace

class TestActionRunner final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<ActionRunner> m_runner;

    RunStore runs() { return RunStore(m_store->database()); }
    RunStatus statusOf(const QString &runId) { return runs().run(runId).value_or(ActionRun{}).status; }

    RunRequest onCart(const ActionDefinition &definition, const QJsonObject &inputs = {})
    {
        RunRequest request;
        request.action = definition;
        request.entity = m_store->entity(u"service"_s, u"cart"_s)->toJson();
        request.inputs = inputs;
        return request;
    }

    // Stored, so that a restarted runner finds the action again.
    bool saved(const ActionDefinition &definition)
    {
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &b : m_store->blueprints())
            blueprints.insert(b.identifier, b);
        const Problems problems = ActionStore(m_store->database()).save({definition.toJson()}, blueprints, u"tester"_s, Origin::UI);
        if (hasErrors(problems))
            qWarning("%s", qPrintable(problems.first().toString()));
        return !hasErrors(problems);
    }

    QString started(const RunRequest &request)
    {
        const RunStart start = m_runner->execute(request);
        if (!start.problems.isEmpty())
            qWarning("refused: %s", qPrintable(start.problems.first().toString()));
        return start.runId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_now = kStart;
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_n)));
        write(*m_store, runnerBlueprints(), runnerEntities());
        m_runner = std::make_unique<ActionRunner>(*m_store);
        m_runner->setClock([this] { return m_now; });
        m_runner->setUser(u"ada@example.com"_s);
        m_runner->setRunApiUrl(QUrl(u"http://127.0.0.1:9/"_s));
        m_runner->setSigningSecret("signing-secret");
    }

    void cleanup()
    {
        m_runner.reset();
        m_store.reset();
    }

    void webhookRunSendsThePayloadAndStaysInProgress()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy"})"),
                                               webhook(backend, json(R"({"body": {"service": "{{ .entity.identifier }}", "version": "{{ .inputs.version }}",
                                                                                  "run": "{{ .run.id }}", "by": "{{ .trigger.by.user.email }}"}})")));
        QSignalSpy changed(m_runner.get(), &ActionRunner::runChanged);
        const QString runId = started(onCart(deploy, json(R"({"version": "1.2.3"})")));
        QVERIFY(!runId.isEmpty());
        QTRY_COMPARE(backend.received.size(), 1);
        const FakeBackend::Received &request = backend.received.first();
        QCOMPARE(request.method, u"POST"_s);
        const QJsonObject payload = request.json();
        QCOMPARE(payload.value("service"_L1).toString(), u"cart"_s);
        QCOMPARE(payload.value("version"_L1).toString(), u"1.2.3"_s);
        QCOMPARE(payload.value("run"_L1).toString(), runId);
        QCOMPARE(payload.value("by"_L1).toString(), u"ada@example.com"_s);
        QTRY_VERIFY(allLogs(runs(), runId).contains(u"Webhook accepted (202)"_s));
        QCOMPARE(statusOf(runId), RunStatus::InProgress); // the backend reports the end through the run API
        const ActionRun run = *runs().run(runId);
        QCOMPARE(run.createdBy, u"ada@example.com"_s);
        QCOMPARE(run.teams, QStringList{u"platform"_s});
        QCOMPARE(run.entity, u"cart"_s);
        QCOMPARE(run.inputs.value("version"_L1).toString(), u"1.2.3"_s);
        QVERIFY(!runs().tokenHash(runId).isEmpty());
        QVERIFY(!changed.isEmpty());
    }

    void theBackendGetsTheRunTokenAndReportsThroughTheRunApi()
    {
        RunApiServer api(*m_store, [this] { return m_now; });
        QVERIFY2(api.listen(), qPrintable(api.errorString()));
        m_runner->setRunApiUrl(api.baseUrl());
        FakeBackend backend;
        backend.hang = true; // the backend reports before it answers the webhook, which then times out
        const QString runId = started(onCart(action(json(R"({"identifier": "deploy", "title": "Deploy"})"),
                                                    webhook(backend, json(R"({"timeoutSeconds": 2})")))));
        QTRY_COMPARE(backend.received.size(), 1);
        const FakeBackend::Received &call = backend.received.first();
        QCOMPARE(call.headers.value(u"x-portolan-run-id"_s), runId);
        const QString token = call.headers.value(u"x-portolan-run-token"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(RunStore::hashToken(token), runs().tokenHash(runId)); // only the hash is stored
        QCOMPARE(call.headers.value(u"x-portolan-signature"_s).toLatin1(), webhookSignature("signing-secret", call.body));

        QNetworkAccessManager network;
        QNetworkRequest patch(QUrl(api.baseUrl().toString() + u"/v1/actions/runs/"_s + runId));
        patch.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        patch.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.sendCustomRequest(patch, "PATCH", R"({"status": "SUCCESS", "summary": "deployed"})");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(statusOf(runId), RunStatus::Success);

        // The webhook call then times out: the backend's own end stands.
        QTRY_VERIFY_WITH_TIMEOUT(allLogs(runs(), runId).contains(u"timed out"_s, Qt::CaseInsensitive), 8000);
        QCOMPARE(statusOf(runId), RunStatus::Success);
        QCOMPARE(runs().run(runId)->summary, u"deployed"_s);
    }

    void synchronizedWebhookSucceedsOnItsAnswer()
    {
        FakeBackend backend;
        backend.status = 200;
        const ActionDefinition ping = action(json(R"({"identifier": "ping", "title": "Ping"})"),
                                             webhook(backend, json(R"({"synchronized": true, "body": {"email": "{{ .trigger.by.user.email }}",
                                                                                                  "id": "{{ .trigger.by.user.identifier }}"}})")));
        m_runner->setUser(u"ada"_s); // known by her identifier: the context still has both
        const QString runId = started(onCart(ping));
        QTRY_COMPARE(statusOf(runId), RunStatus::Success);
        QCOMPARE(backend.received.first().json(), json(R"({"email": "ada@example.com", "id": "ada"})"));
    }

    void webhookErrorStatusFailsTheRunSayingWhy()
    {
        FakeBackend backend;
        backend.status = 500;
        backend.reply = "database is down";
        const QString runId = started(onCart(action(json(R"({"identifier": "deploy", "title": "Deploy"})"), webhook(backend))));
        QTRY_COMPARE(statusOf(runId), RunStatus::Failure);
        const QString log = allLogs(runs(), runId);
        QVERIFY2(log.contains(u"500"_s) && log.contains(u"database is down"_s), qPrintable(log));
        QVERIFY(runs().run(runId)->endedAt.isValid());
    }

    void webhookTimeoutFailsTheRun()
    {
        FakeBackend backend;
        backend.hang = true;
        const QString runId = started(onCart(action(json(R"({"identifier": "deploy", "title": "Deploy"})"),
                                                    webhook(backend, json(R"({"timeoutSeconds": 1})")))));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(runId), RunStatus::Failure, 8000);
        const QString log = allLogs(runs(), runId);
        QVERIFY2(log.contains(u"timed out"_s, Qt::CaseInsensitive), qPrintable(log));
    }

    void upsertRunSucceedsAndTiesTheEntityToTheRun()
    {
        const ActionDefinition create = action(
            json(R"({"identifier": "create_service", "title": "Create a service",
                     "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service"}})"),
            json(R"({"type": "UPSERT_ENTITY", "blueprintIdentifier": "service",
                     "mapping": {"identifier": ".inputs.name", "title": ".inputs.name | ascii_upcase",
                                 "properties": {"language": ".inputs.language"}, "relations": {"owningTeam": "[.inputs.team]"}}})"));
        QSignalSpy entities(m_runner.get(), &ActionRunner::entitiesChanged);
        RunRequest request;
        request.action = create;
        request.inputs = json(R"({"name": "billing", "language": "Rust", "team": "platform"})");
        const QString runId = started(request);
        QCOMPARE(statusOf(runId), RunStatus::Success);
        const std::optional<Entity> billing = m_store->entity(u"service"_s, u"billing"_s);
        QVERIFY(billing);
        QCOMPARE(billing->title, u"BILLING"_s);
        QCOMPARE(billing->createdBy, u"ada@example.com"_s);
        QVERIFY(runs().run(runId)->links.contains(u"portolan://entity/service/billing"_s));
        const QList<RunEntityChange> touched = runs().entitiesOf(runId);
        QCOMPARE(touched.size(), 1);
        QCOMPARE(touched.first().change, u"create"_s);
        QCOMPARE(runs().runsOfEntity(u"service"_s, u"billing"_s).first().run, runId);
        QCOMPARE(entities.size(), 1);
    }

    void upsertFailureFailsTheRunWithTheProblemsLogged()
    {
        const ActionDefinition broken = action(
            json(R"({"identifier": "rename", "title": "Rename"})"),
            json(R"({"type": "UPSERT_ENTITY", "blueprintIdentifier": "service",
                     "mapping": {"identifier": ".entity.identifier", "relations": {"owningTeam": "[.inputs.team]"}}})"));
        const QString runId = started(onCart(broken, json(R"({"team": "no-such-team"})")));
        QCOMPARE(statusOf(runId), RunStatus::Failure);
        QVERIFY2(allLogs(runs(), runId).contains(u"no-such-team"_s), qPrintable(allLogs(runs(), runId)));
    }

    void deleteActionDeletesTheEntityTiedToTheRun()
    {
        const ActionDefinition remove = action(
            json(R"({"identifier": "retire", "title": "Retire",
                     "trigger": {"type": "self-service", "operation": "DELETE", "blueprintIdentifier": "service"}})"),
            json(R"({"type": "DELETE_ENTITY"})"));
        const QString runId = started(onCart(remove));
        QCOMPARE(statusOf(runId), RunStatus::Success);
        QVERIFY(!m_store->entity(u"service"_s, u"cart"_s));
        QCOMPARE(runs().entitiesOf(runId).value(0).change, u"delete"_s);
    }

    void anyApproverStartsTheRun()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": true,
                                                        "permissions": {"approve": {"users": ["bob@example.com"], "teams": ["sre"]}}})"),
                                               webhook(backend));
        QSignalSpy asked(m_runner.get(), &ActionRunner::approvalRequested);
        const QString runId = started(onCart(deploy));
        QCOMPARE(statusOf(runId), RunStatus::WaitingForApproval);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toStringList(), (QStringList{u"bob@example.com"_s, u"cy@example.com"_s, u"dee"_s}));
        QVERIFY(allLogs(runs(), runId).contains(u"Waiting for approval by any of bob@example.com, cy@example.com, dee"_s));
        RunFilter forDee;
        forDee.approver = u"dee"_s;
        QCOMPARE(runs().runs(forDee).size(), 1);

        QCOMPARE(m_runner->decide(runId, u"ada@example.com"_s, true, {}),
                 u"ada@example.com may not decide on this run: its approvers are bob@example.com, cy@example.com, dee"_s);
        QCOMPARE(m_runner->decide(runId, u"bob@example.com"_s, false, u"  "_s),
                 u"Say why you decline: the person who ran it will read the reason"_s);
        QCOMPARE(m_runner->decide(runId, u"bob"_s, true, {}), QString()); // by identifier
        QCOMPARE(statusOf(runId), RunStatus::InProgress);
        QTRY_COMPARE(backend.received.size(), 1);
        QVERIFY(allLogs(runs(), runId).contains(u"Approved by bob@example.com"_s));
        QCOMPARE(m_runner->decide(runId, u"cy@example.com"_s, true, {}),
                 u"This run is no longer waiting for approval (it is IN_PROGRESS)"_s);
    }

    void approversAreNotifiedByTheActionsWebhook_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("slack") << u"slack"_s;
    }
    void approversAreNotifiedByTheActionsWebhook()
    {
        QFETCH(QString, format);
        FakeBackend backend;
        FakeBackend chat;
        QJsonObject definition = json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": true,
                                          "permissions": {"approve": {"users": ["bob@example.com"]}}})");
        definition.insert(u"approvalNotification"_s, QJsonObject{{u"type"_s, u"webhook"_s}, {u"url"_s, chat.url(u"/notify"_s).toString()},
                                                                 {u"format"_s, format}});
        const QString runId = started(onCart(action(definition, webhook(backend))));
        QCOMPARE(statusOf(runId), RunStatus::WaitingForApproval);
        QTRY_COMPARE(chat.received.size(), 1);
        QCOMPARE(chat.received.first().path, u"/notify"_s);
        const QJsonObject body = chat.received.first().json();
        const QString text = format == u"slack"_s ? body.value(u"text"_s).toString() : body.value(u"message"_s).toString();
        QVERIFY2(text.contains(u"Deploy"_s) && text.contains(u"bob@example.com"_s), qPrintable(text));
        if (format == u"json"_s) {
            QCOMPARE(body.value(u"run"_s).toObject().value(u"id"_s).toString(), runId);
            QCOMPARE(body.value(u"approvers"_s).toArray(), QJsonArray{u"bob@example.com"_s});
        }
        QTRY_VERIFY(allLogs(runs(), runId).contains(u"Approvers notified (127.0.0.1)"_s));
        QCOMPARE(backend.received.size(), 0); // the action itself waits for the approval
    }

    void allApproversMustApprove()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": {"type": "ALL"},
                                                        "permissions": {"approve": {"users": ["bob@example.com", "cy@example.com"]}}})"),
                                               webhook(backend));
        const QString runId = started(onCart(deploy));
        QCOMPARE(m_runner->decide(runId, u"bob@example.com"_s, true, u"fine by me"_s), QString());
        QCOMPARE(statusOf(runId), RunStatus::WaitingForApproval);
        QCOMPARE(m_runner->decide(runId, u"bob@example.com"_s, true, {}), u"bob@example.com already approved this run"_s);
        QTest::qWait(50);
        QCOMPARE(backend.received.size(), 0);
        QCOMPARE(m_runner->decide(runId, u"cy@example.com"_s, true, {}), QString());
        QTRY_COMPARE(backend.received.size(), 1);
        const ActionRun run = *runs().run(runId);
        QCOMPARE(run.approval.decisions.size(), 2);
        QCOMPARE(run.approval.decisions.first().reason, u"fine by me"_s);
    }

    void aDeclineEndsTheRunWithItsReason()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": {"type": "ALL"},
                                                        "permissions": {"approve": {"users": ["bob@example.com", "cy@example.com"]}}})"),
                                               webhook(backend));
        const QString runId = started(onCart(deploy));
        QCOMPARE(m_runner->decide(runId, u"bob@example.com"_s, false, u"not during the freeze"_s), QString());
        const ActionRun run = *runs().run(runId);
        QCOMPARE(run.status, RunStatus::Declined);
        QCOMPARE(run.summary, u"not during the freeze"_s);
        QVERIFY(run.endedAt.isValid());
        QVERIFY(allLogs(runs(), runId).contains(u"Declined by bob@example.com: not during the freeze"_s));
        QCOMPARE(m_runner->decide(runId, u"cy@example.com"_s, true, {}), u"This run is no longer waiting for approval (it is DECLINED)"_s);
        QTest::qWait(50);
        QCOMPARE(backend.received.size(), 0);
    }

    void theRunnerCancelsHisPendingRun()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": true,
                                                        "permissions": {"approve": {"users": ["bob@example.com"]}}})"),
                                               webhook(backend));
        const QString runId = started(onCart(deploy));
        m_runner->setUser(u"bob@example.com"_s);
        QCOMPARE(m_runner->cancel(runId, {}), u"Only ada@example.com, who started this run, can cancel it"_s);
        m_runner->setUser(u"ada"_s);
        QCOMPARE(m_runner->cancel(runId, u"wrong version"_s), QString());
        QCOMPARE(runs().run(runId)->status, RunStatus::Declined);
        QCOMPARE(runs().run(runId)->statusLabel, u"Cancelled"_s);
        QCOMPARE(m_runner->decide(runId, u"bob@example.com"_s, true, {}), u"This run is no longer waiting for approval (it is DECLINED)"_s);
    }

    void anApprovalAfterARestartStillInvokesUnlessSecretsAreLost()
    {
        FakeBackend backend;
        QJsonObject definition = json(R"({"identifier": "deploy", "title": "Deploy", "requiredApproval": true,
                                          "permissions": {"approve": {"users": ["bob@example.com"]}},
                                          "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service",
                                                      "userInputs": {"properties": {"token": {"type": "string", "encryption": "aes256-gcm"}}}}})");
        const ActionDefinition deploy = action(definition, webhook(backend));
        QVERIFY(saved(deploy));
        const QString plain = started(onCart(deploy));
        const QString secret = started(onCart(deploy, QJsonObject{{u"token"_s, kSecret}}));

        ActionRunner restarted(*m_store); // a new process: nothing in memory
        restarted.setClock([this] { return m_now; });
        QCOMPARE(restarted.decide(plain, u"bob@example.com"_s, true, {}), QString());
        QTRY_COMPARE(backend.received.size(), 1);
        QCOMPARE(restarted.decide(secret, u"bob@example.com"_s, true, {}), QString());
        QCOMPARE(statusOf(secret), RunStatus::Failure);
        QVERIFY(allLogs(runs(), secret).contains(u"run the action again"_s));
    }

    void aRefusedRunIsNotRecorded()
    {
        FakeBackend backend;
        const ActionDefinition deploy = action(json(R"({"identifier": "deploy", "title": "Deploy",
                                                        "permissions": {"execute": {"teams": ["sre"], "owners": true}}})"),
                                               webhook(backend));
        const RunStart start = m_runner->execute(onCart(deploy));
        QVERIFY(start.runId.isEmpty());
        QCOMPARE(start.problems.size(), 1);
        QCOMPARE(start.problems.first().message, u"ada@example.com may not run Deploy: only team sre or the service's owners (payments)"_s);
        QCOMPARE(runs().runs().size(), 0);
        m_runner->setUser(u"bob@example.com"_s); // payments owns cart
        QVERIFY(!started(onCart(deploy)).isEmpty());
    }

    void theFourthRunIsRefusedByTheLimit()
    {
        FakeBackend backend;
        const ActionDefinition spin = action(json(R"({"identifier": "spin", "title": "Spin up a developer environment",
                                                      "limits": {"perUser": {"runs": 3, "hours": 24}}})"),
                                             webhook(backend));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!started(onCart(spin)).isEmpty());
            m_now = m_now.addSecs(600);
        }
        const RunStart fourth = m_runner->execute(onCart(spin));
        QVERIFY(fourth.runId.isEmpty());
        QCOMPARE(fourth.problems.first().message,
                 u"Limit reached: 3 runs of Spin up a developer environment per 24 h per user; next possible at %1"_s
                     .arg(shortMoment(kStart.addDays(1), m_now)));
        m_runner->setUser(u"bob@example.com"_s);
        QVERIFY(!started(onCart(spin)).isEmpty()); // per user: bob has his own three
        m_runner->setUser(u"ada@example.com"_s);
        m_now = kStart.addDays(1).addSecs(1);
        QVERIFY(!started(onCart(spin)).isEmpty());
    }

    void secretsAreMaskedInTheRunAndAbsentFromLogs()
    {
        FakeBackend backend;
        backend.status = 500;
        backend.reply = "bad key " + kSecret.toUtf8(); // a backend that echoes what it got
        QJsonObject definition = json(R"({"identifier": "rotate", "title": "Rotate",
                                          "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service",
                                                      "userInputs": {"properties": {"apiKey": {"type": "string", "encryption": "aes256-gcm"},
                                                                                    "note": {"type": "string"}}}}})");
        const ActionDefinition rotate = action(definition, webhook(backend, json(R"({"body": {"key": "{{ .inputs.apiKey }}"}})")));
        RunRequest request = onCart(rotate, QJsonObject{{u"apiKey"_s, kSecret}, {u"note"_s, u"monthly"_s}});
        request.maskedInputs = QJsonObject{{u"note"_s, u"monthly"_s}}; // a caller that forgot to mask: the runner masks anyway
        const QString runId = started(request);
        QTRY_COMPARE(statusOf(runId), RunStatus::Failure);
        QCOMPARE(backend.received.first().json().value("key"_L1).toString(), kSecret); // the backend needs it in clear
        const ActionRun run = *runs().run(runId);
        QCOMPARE(run.inputs.value("apiKey"_L1).toString(), u"********"_s);
        QCOMPARE(run.inputs.value("note"_L1).toString(), u"monthly"_s);
        const QString log = allLogs(runs(), runId);
        QVERIFY2(!log.contains(kSecret), qPrintable(log));
        QVERIFY2(log.contains(u"bad key ********"_s), qPrintable(log));
        QVERIFY(!run.summary.contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
