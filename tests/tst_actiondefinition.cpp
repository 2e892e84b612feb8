// Self-service action definitions: Port's shape read and written back, validation with JSON
// paths, which entities show an action, the action store (audit, all or nothing), the run store,
// the writer's tie between a run and the entities it touched, and actions in the portal bundle.
#include "actions/actiondefinition.h"
#include "actions/actionrunner.h"
#include "actions/actionstore.h"
#include "actions/runstore.h"
#include "exporting/portalexporter.h"
#include "importing/catalogimporter.h"
#include "storefixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

const char *kDeploy = R"({"identifier": "deploy", "title": "Deploy", "icon": "Rocket", "description": "Ship it",
    "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service",
                "userInputs": {"properties": {"version": {"type": "string", "pattern": "^[0-9.]+$"}}, "required": ["version"]},
                "condition": {"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]}},
    "invocationMethod": {"type": "WEBHOOK", "url": "http:\/\/127.0.0.1:8931\/hooks\/deploy", "method": "POST"},
    "requiredApproval": {"type": "ALL"}, "permissions": {"execute": {"teams": ["payments"]}},
    "publish": true, "x-custom": {"kept": 1}})";

QHash<QString, Blueprint> model()
{
    QHash<QString, Blueprint> out;
    for (const Blueprint &bp : portalBlueprints())
        out.insert(bp.identifier, bp);
    return out;
}

QStringList pathsOf(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        if (p.isError())
            out.append(p.path);
    return out;
}

} // namespace

class TestActionDefinition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void readsPortShapeAndWritesItBack()
    {
        Problems problems;
        const auto action = ActionDefinition::fromJson(json(kDeploy), &problems);
        QVERIFY(action);
        QCOMPARE(action->identifier, u"deploy"_s);
        QCOMPARE(action->operation, ActionOperation::Day2);
        QCOMPARE(action->blueprint, u"service"_s);
        QCOMPARE(action->invocationType(), u"WEBHOOK"_s);
        QCOMPARE(action->approval(), ActionDefinition::Approval::All);
        QCOMPARE(action->userInputs.value(u"required"_s).toArray().size(), 1);
        // Unknown keys survive; what was read is what is written.
        QCOMPARE(action->toJson(), json(kDeploy));
    }

    void approvalForms_data()
    {
        QTest::addColumn<QString>("approval");
        QTest::addColumn<int>("expected");
        QTest::newRow("absent") << QString() << int(ActionDefinition::Approval::None);
        QTest::newRow("false") << u"false"_s << int(ActionDefinition::Approval::None);
        QTest::newRow("true") << u"true"_s << int(ActionDefinition::Approval::Any);
        QTest::newRow("ANY") << u"{\"type\": \"ANY\"}"_s << int(ActionDefinition::Approval::Any);
        QTest::newRow("ALL") << u"{\"type\": \"ALL\"}"_s << int(ActionDefinition::Approval::All);
    }
    void approvalForms()
    {
        QFETCH(QString, approval);
        QFETCH(int, expected);
        QJsonObject object = json(kDeploy);
        object.remove(u"requiredApproval"_s);
        if (!approval.isEmpty())
            object.insert(u"requiredApproval"_s, QJsonDocument::fromJson((u"{\"v\": "_s + approval + u'}').toUtf8()).object().value(u"v"_s));
        QCOMPARE(int(ActionDefinition::fromJson(object)->approval()), expected);
        QVERIFY(validateAction(object, model()).isEmpty());
    }

    void validationNamesThePath_data()
    {
        QTest::addColumn<QString>("pointer"); // a JSON path into kDeploy to replace
        QTest::addColumn<QString>("value");   // JSON, or "-" to remove
        QTest::addColumn<QString>("path");    // the problem's path
        QTest::newRow("no identifier") << u"identifier"_s << u"-"_s << u"$.identifier"_s;
        QTest::newRow("bad identifier") << u"identifier"_s << u"\"has space\""_s << u"$.identifier"_s;
        QTest::newRow("bad operation") << u"trigger.operation"_s << u"\"UPDATE\""_s << u"$.trigger.operation"_s;
        QTest::newRow("trigger type") << u"trigger.type"_s << u"\"cron\""_s << u"$.trigger.type"_s;
        QTest::newRow("unknown blueprint") << u"trigger.blueprintIdentifier"_s << u"\"nope\""_s << u"$.trigger.blueprintIdentifier"_s;
        QTest::newRow("day-2 without blueprint") << u"trigger.blueprintIdentifier"_s << u"-"_s << u"$.trigger.blueprintIdentifier"_s;
        QTest::newRow("bad condition operator") << u"trigger.condition"_s
                                                << u"{\"combinator\": \"and\", \"rules\": [{\"property\": \"x\", \"operator\": \"~\", \"value\": 1}]}"_s
                                                << u"$.trigger.condition.rules[0].operator"_s;
        QTest::newRow("no invocation") << u"invocationMethod"_s << u"-"_s << u"$.invocationMethod"_s;
        QTest::newRow("unknown backend") << u"invocationMethod.type"_s << u"\"FAX\""_s << u"$.invocationMethod.type"_s;
        QTest::newRow("webhook url") << u"invocationMethod.url"_s << u"\"not a url\""_s << u"$.invocationMethod.url"_s;
        QTest::newRow("webhook method") << u"invocationMethod.method"_s << u"\"BREW\""_s << u"$.invocationMethod.method"_s;
        QTest::newRow("approval type") << u"requiredApproval"_s << u"{\"type\": \"SOME\"}"_s << u"$.requiredApproval"_s;
        QTest::newRow("execute teams") << u"permissions.execute.teams"_s << u"\"payments\""_s << u"$.permissions.execute.teams"_s;
        QTest::newRow("limit runs") << u"limits"_s << u"{\"perUser\": {\"runs\": 0, \"hours\": 24}}"_s << u"$.limits.perUser.runs"_s;
    }
    void validationNamesThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QJsonObject object = json(kDeploy);
        QVERIFY(validateAction(object, model()).isEmpty());
        // Replace one value at `pointer` (dotted keys).
        const QStringList keys = pointer.split(u'.');
        std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject node, qsizetype i) {
            if (i == keys.size() - 1) {
                if (value == u"-"_s)
                    node.remove(keys.at(i));
                else
                    node.insert(keys.at(i), QJsonDocument::fromJson((u"{\"v\": "_s + value + u'}').toUtf8()).object().value(u"v"_s));
                return node;
            }
            node.insert(keys.at(i), set(node.value(keys.at(i)).toObject(), i + 1));
            return node;
        };
        object = set(object, 0);
        const Problems problems = validateAction(object, model());
        QVERIFY2(pathsOf(problems).contains(path), qPrintable(pathsOf(problems).join(u", "_s)));
    }

    void upsertMappingMustCompileAndNameABlueprint()
    {
        QJsonObject object = json(kDeploy);
        object.insert(u"invocationMethod"_s, json(R"({"type": "UPSERT_ENTITY", "blueprintIdentifier": "service",
                                                     "mapping": {"identifier": ".inputs.name", "properties": {"replicas": ".inputs.n |"}}})"));
        QCOMPARE(pathsOf(validateAction(object, model())), QStringList{u"$.invocationMethod.mapping.properties.replicas"_s});
        object.insert(u"invocationMethod"_s, json(R"({"type": "UPSERT_ENTITY", "blueprintIdentifier": "ghost", "mapping": {}})"));
        QCOMPARE(pathsOf(validateAction(object, model())), QStringList{u"$.invocationMethod.blueprintIdentifier"_s});
    }

    void conditionDecidesWhichEntitiesShowTheAction()
    {
        const auto action = ActionDefinition::fromJson(json(kDeploy));
        QVERIFY(action->appliesTo(u"service"_s, json(R"({"identifier": "cart", "properties": {"language": "Go"}})")));
        QVERIFY(!action->appliesTo(u"service"_s, json(R"({"identifier": "pricing", "properties": {"language": "Java"}})")));
        QVERIFY(!action->appliesTo(u"team"_s, json(R"({"identifier": "cart", "properties": {"language": "Go"}})")));
        ActionDefinition create = *action;
        create.operation = ActionOperation::Create;
        QVERIFY(!create.appliesTo(u"service"_s, json(R"({"identifier": "cart", "properties": {"language": "Go"}})")));
    }

    void storeSavesAuditsAndRefusesAsAWhole()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        ActionStore actions(store.database());
        QJsonObject scaffold = json(kDeploy);
        scaffold.insert(u"identifier"_s, u"scaffold"_s);
        QJsonObject trigger = scaffold.value(u"trigger"_s).toObject();
        trigger.insert(u"operation"_s, u"CREATE"_s);
        trigger.remove(u"condition"_s);
        scaffold.insert(u"trigger"_s, trigger);
        QVERIFY(actions.save({json(kDeploy), scaffold}, model(), u"ada"_s, Origin::UI).isEmpty());
        QCOMPARE(actions.actions().size(), 2);
        QCOMPARE(actions.createActions(u"service"_s).size(), 1);
        QCOMPARE(actions.entityActions(u"service"_s, store.entity(u"service"_s, u"cart"_s)->toJson()).size(), 1);
        QCOMPARE(actions.entityActions(u"service"_s, store.entity(u"service"_s, u"pricing"_s)->toJson()).size(), 0);
        QList<AuditEntry> audit = store.audit(u"action"_s, u"service"_s, u"deploy"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"create"_s);
        QCOMPARE(audit.first().actor, u"ada"_s);

        // A batch with one bad action writes nothing, not even the good one.
        QJsonObject changed = json(kDeploy);
        changed.insert(u"title"_s, u"Deploy now"_s);
        QJsonObject broken = json(kDeploy);
        broken.insert(u"identifier"_s, u"broken"_s);
        broken.insert(u"invocationMethod"_s, QJsonObject{{u"type"_s, u"FAX"_s}});
        const Problems problems = actions.save({changed, broken}, model(), u"ada"_s, Origin::UI);
        QVERIFY(hasErrors(problems));
        QCOMPARE(problems.first().path, u"$.actions[1].invocationMethod.type"_s);
        QCOMPARE(actions.action(u"deploy"_s)->title, u"Deploy"_s);
        QVERIFY(!actions.action(u"broken"_s));

        QVERIFY(actions.remove(u"deploy"_s, u"ada"_s, Origin::UI).isEmpty());
        QVERIFY(!actions.action(u"deploy"_s));
        audit = store.audit(u"action"_s, u"service"_s, u"deploy"_s);
        QCOMPARE(audit.size(), 2);
    }

    void runStoreKeepsRunsLogsAndCounts()
    {
        CatalogStore store(freshPath());
        RunStore runs(store.database());
        const QDateTime t0 = QDateTime::fromString(u"2026-11-20T10:00:00.000Z"_s, Qt::ISODateWithMs);
        ActionRun run;
        run.id = RunStore::newRunId();
        run.action = u"deploy"_s;
        run.actionTitle = u"Deploy"_s;
        run.blueprint = u"service"_s;
        run.entity = u"cart"_s;
        run.inputs = json(R"({"version": "1.2.3", "token": "********"})");
        run.createdBy = u"ada@example.com"_s;
        run.teams = {u"payments"_s};
        run.createdAt = t0;
        run.approval.mode = RunApproval::Mode::All;
        run.approval.approvers = {u"bob@example.com"_s, u"cy@example.com"_s};
        run.status = RunStatus::WaitingForApproval;
        const QString token = RunStore::newToken();
        QVERIFY(token.size() >= 40);
        QCOMPARE(runs.insert(run, RunStore::hashToken(token)), QString());
        QCOMPARE(runs.tokenHash(run.id), RunStore::hashToken(token));

        std::optional<ActionRun> read = runs.run(run.id);
        QVERIFY(read);
        QCOMPARE(read->inputs, run.inputs);
        QCOMPARE(read->approval.approvers, run.approval.approvers);
        QCOMPARE(read->createdAt, t0);
        RunFilter waitingForBob;
        waitingForBob.approver = u"bob@example.com"_s;
        QCOMPARE(runs.runs(waitingForBob).size(), 1);
        waitingForBob.approver = u"eve@example.com"_s;
        QCOMPARE(runs.runs(waitingForBob).size(), 0);

        read->status = RunStatus::Success;
        read->statusLabel = u"Deployed"_s;
        read->links = {u"https://ci.example.com/1"_s};
        read->approval.decisions.append({u"bob@example.com"_s, true, u"ok"_s, t0.addSecs(60)});
        read->updatedAt = read->endedAt = t0.addSecs(120);
        QCOMPARE(runs.update(*read), QString());
        read = runs.run(run.id);
        QCOMPARE(read->status, RunStatus::Success);
        QCOMPARE(read->links.size(), 1);
        QCOMPARE(read->approval.decisions.size(), 1);
        QVERIFY(read->approval.decisions.first().approved);
        QCOMPARE(read->endedAt, t0.addSecs(120));

        qint64 seq = 0;
        QCOMPARE(runs.appendLog(run.id, u"first"_s, t0, &seq), QString());
        QCOMPARE(seq, 1);
        QCOMPARE(runs.appendLog(run.id, u"second"_s, t0, &seq), QString());
        QCOMPARE(seq, 2);
        QCOMPARE(runs.logs(run.id).size(), 2);
        QCOMPARE(runs.logs(run.id, 1).first().message, u"second"_s);

        QCOMPARE(runs.countByUser(u"deploy"_s, u"ada@example.com"_s, t0.addSecs(-1)), 1);
        QCOMPARE(runs.countByUser(u"deploy"_s, u"ada@example.com"_s, t0.addSecs(1)), 0);
        QCOMPARE(runs.countByTeam(u"deploy"_s, u"payments"_s, t0.addSecs(-1)), 1);
        QCOMPARE(runs.countByTeam(u"deploy"_s, u"search"_s, t0.addSecs(-1)), 0);
        ActionRun missing;
        missing.id = u"r_missing"_s;
        QVERIFY(runs.update(missing).contains(u"no run"_s));
    }

    void writerTiesEntitiesToTheRun()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        {
            CatalogWriter writer(store, Origin::ActionRun, u"ada"_s);
            writer.setRun(u"r_abc"_s);
            QVERIFY(writer.putEntity(entity(R"({"identifier": "ledger", "blueprint": "service", "title": "Ledger"})")).isEmpty());
            QVERIFY(writer.putEntity(entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments team"})")).isEmpty());
            QVERIFY(writer.commit().isEmpty());
        }
        RunStore runs(store.database());
        const QList<RunEntityChange> changes = runs.entitiesOf(u"r_abc"_s);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.first().identifier, u"ledger"_s);
        QCOMPARE(changes.first().change, u"create"_s);
        QCOMPARE(changes.last().identifier, u"payments"_s);
        QCOMPARE(changes.last().change, u"update"_s);
        QCOMPARE(runs.runsOfEntity(u"service"_s, u"ledger"_s).first().run, u"r_abc"_s);
        const QList<AuditEntry> audit = store.audit(u"entity"_s, u"service"_s, u"ledger"_s);
        QCOMPARE(audit.first().run, u"r_abc"_s);
        QCOMPARE(audit.first().origin, originName(Origin::ActionRun));
        // A write without a run ties nothing.
        write(store, {}, {entity(R"({"identifier": "ops", "blueprint": "team", "title": "Ops"})")});
        QVERIFY(runs.runsOfEntity(u"team"_s, u"ops"_s).isEmpty());
        QVERIFY(store.audit(u"entity"_s, u"team"_s, u"ops"_s).first().run.isEmpty());
    }

    void runnerRefusesEntityInputsThatNameNoEntity()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        QJsonObject json = QJsonDocument::fromJson(QByteArray(R"({"identifier": "link", "title": "Link a service",
            "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "system",
                        "userInputs": {"properties": {"service": {"type": "string", "format": "entity", "blueprint": "service"},
                                                      "more": {"type": "array", "items": {"type": "string", "format": "entity", "blueprint": "service"}}}}},
            "invocationMethod": {"type": "WEBHOOK", "url": "http:\/\/127.0.0.1:9\/x"}})")).object();
        QVERIFY(validateAction(json, model()).isEmpty());
        ActionRunner runner(store);
        runner.setUser(u"ada@example.com"_s);
        RunRequest request;
        request.action = *ActionDefinition::fromJson(json);
        request.inputs = QJsonObject{{u"service"_s, u"stag"_s}, {u"more"_s, QJsonArray{u"cart"_s, u"ghost"_s}}};
        request.maskedInputs = request.inputs;
        const RunStart refused = runner.execute(request);
        QVERIFY(refused.runId.isEmpty());
        QCOMPARE(refused.problems.size(), 2);
        QStringList said;
        for (const Problem &problem : refused.problems)
            said.append(problem.path + u": "_s + problem.message);
        said.sort();
        QCOMPARE(said, (QStringList{u"$.inputs.more: more: there is no service \"ghost\""_s,
                                    u"$.inputs.service: service: there is no service \"stag\""_s}));
        QVERIFY(RunStore(store.database()).runs().isEmpty()); // nothing recorded
    }

    void bundleCarriesActionsBothWays()
    {
        CatalogStore source(freshPath());
        write(source, portalBlueprints(), portalEntities());
        QVERIFY(ActionStore(source.database()).save({json(kDeploy)}, model(), u"ada"_s, Origin::UI).isEmpty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(PortalExporter(source).write(buffer, PortalExporter::Format::Json), QString());
        const QJsonObject bundle = QJsonDocument::fromJson(buffer.data()).object();
        QCOMPARE(bundle.value(u"actions"_s).toArray().size(), 1);

        const QString file = m_dir.filePath(u"bundle.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
        out.close();
        CatalogStore target(freshPath());
        const auto result = CatalogImporter(target, {}).importPaths({file});
        QVERIFY2(result.ok, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.actions, 1);
        QCOMPARE(ActionStore(target.database()).action(u"deploy"_s)->toJson(), json(kDeploy));
    }

    void badActionInABundleWritesNothingAndSaysWhere()
    {
        const QString file = m_dir.filePath(u"bad-bundle.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({
  "blueprints": [{"identifier": "service", "title": "Service", "schema": {"properties": {}}}],
  "entities": [{"identifier": "cart", "blueprint": "service", "title": "Cart"}],
  "actions": [
    {"identifier": "deploy", "title": "Deploy",
     "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "serivce"},
     "invocationMethod": {"type": "WEBHOOK", "url": "http:\/\/127.0.0.1:1\/x"}}
  ]
})");
        out.close();
        CatalogStore store(freshPath());
        const auto result = CatalogImporter(store, {}).importPaths({file});
        QVERIFY(!result.ok);
        const Problem first = result.problems.first();
        QCOMPARE(first.path, u"$.actions[0].trigger.blueprintIdentifier"_s);
        QCOMPARE(first.file, file);
        QCOMPARE(first.line, 6);
        QVERIFY(first.message.contains(u"serivce"_s));
        QVERIFY(store.blueprints().isEmpty());
        QVERIFY(ActionStore(store.database()).actions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionDefinition)
#include "tst_actiondefinition.moc"
