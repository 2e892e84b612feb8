// The demo portal's self-service actions (resources/actions): every file is Port's action shape,
// fits the demo portal's blueprints and teams, its jq compiles (and computes what it should), and
// every webhook calls the example backend.
#include "actions/actiondefinition.h"
#include "actions/userinputs.h"
#include "demo/demoactions.h"
#include "demo/demoportal.h"
#include "jq/jqprogram.h"
#include "query/rule.h"
#include "schema/entityvalidator.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
const QString backendUrl = u"http://127.0.0.1:8931/hooks/"_s;

// Every {"jqQuery": "…"} below `value`, with its JSON path.
void collectJq(const QJsonValue &value, const QString &path, QList<std::pair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.value("jqQuery"_L1).isString()) {
            out.append({ path, object.value("jqQuery"_L1).toString() });
            return;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            collectJq(it.value(), path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectJq(array.at(i), u"%1[%2]"_s.arg(path).arg(i), out);
    }
}

// Every `{{ jq }}` in the strings (values and keys) below `value`.
void collectTemplates(const QJsonValue &value, QStringList &out)
{
    static const QRegularExpression expression(u"\\{\\{(.*?)\\}\\}"_s);
    const auto scan = [&out](const QString &text) {
        for (auto it = expression.globalMatch(text); it.hasNext();)
            out.append(it.next().captured(1).trimmed());
    };
    if (value.isString())
        scan(value.toString());
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        scan(it.key());
        collectTemplates(it.value(), out);
    }
    for (const QJsonValue &item : value.toArray())
        collectTemplates(item, out);
}

QJsonValue runJq(const QString &program, const QJsonObject &input)
{
    const JqProgram jq(program);
    QString error;
    const QJsonValue result = jq.first(input, &error);
    if (!error.isEmpty() || !jq.isValid())
        qWarning() << program << jq.error() << error;
    return result;
}

// The entity an UPSERT_ENTITY mapping makes from `context`: every string is jq.
QJsonValue evaluateMapping(const QJsonValue &mapping, const QJsonObject &context)
{
    if (mapping.isString())
        return runJq(mapping.toString(), context);
    QJsonObject result;
    const QJsonObject object = mapping.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = evaluateMapping(it.value(), context);
        if (!value.isNull())
            result.insert(it.key(), value);
    }
    return result;
}

bool knownProperty(const Blueprint &blueprint, const QString &property)
{
    return property.startsWith(u'$') || blueprint.property(property) != nullptr || blueprint.relation(property) != nullptr;
}

// The rules of a Port search query, nested ones included.
QList<QJsonObject> rulesOf(const QJsonObject &query)
{
    QList<QJsonObject> result;
    for (const QJsonValue &rule : query.value("rules"_L1).toArray()) {
        if (rule.toObject().contains("rules"_L1))
            result += rulesOf(rule.toObject());
        else
            result.append(rule.toObject());
    }
    return result;
}
} // namespace

class TestDemoActions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    QHash<QString, Blueprint> m_blueprints;
    QList<QJsonObject> m_actions;

    QJsonObject action(const QString &identifier) const
    {
        for (const QJsonObject &a : m_actions) {
            if (a.value("identifier"_L1).toString() == identifier)
                return a;
        }
        return {};
    }

    QJsonObject inputsOf(const QString &identifier) const
    {
        return action(identifier).value("trigger"_L1).toObject().value("userInputs"_L1).toObject()
            .value("properties"_L1).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"demo.sqlite"_s));
        const Problems problems = createDemoPortal(*m_store, 7, QDate(2026, 11, 1), u"tester"_s);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        for (const Blueprint &bp : m_store->blueprints())
            m_blueprints.insert(bp.identifier, bp);
        m_actions = demoActions();
    }

    void everyFileParsesAndIsNamedAfterItsAction()
    {
        const QStringList files = QDir(u":/actions"_s).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 17);
        QCOMPARE(m_actions.size(), files.size()); // demoActions() drops files that do not parse
        QStringList identifiers;
        for (const QJsonObject &a : std::as_const(m_actions))
            identifiers.append(a.value("identifier"_L1).toString() + u".json"_s);
        QCOMPARE(identifiers, files);
        QCOMPARE(QSet<QString>(identifiers.begin(), identifiers.end()).size(), identifiers.size());
    }

    void everyActionHasPortsShape()
    {
        const QStringList operations { u"CREATE"_s, u"DAY-2"_s, u"DELETE"_s };
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QString id = a.value("identifier"_L1).toString();
            for (const QString &key : { u"identifier"_s, u"title"_s, u"icon"_s, u"description"_s })
                QVERIFY2(!a.value(key).toString().isEmpty(), qPrintable(id + u" lacks "_s + key));
            const QJsonObject trigger = a.value("trigger"_L1).toObject();
            QCOMPARE(trigger.value("type"_L1).toString(), u"self-service"_s);
            QVERIFY2(operations.contains(trigger.value("operation"_L1).toString()), qPrintable(id));
            QVERIFY2(trigger.value("userInputs"_L1).toObject().value("properties"_L1).isObject(), qPrintable(id));
            QVERIFY2(a.value("invocationMethod"_L1).toObject().contains("type"_L1), qPrintable(id));
            if (trigger.contains("condition"_L1))
                QVERIFY2(trigger.value("operation"_L1).toString() != "CREATE"_L1, qPrintable(id + u": a condition only applies to entities"_s));
        }
        // The brief's catalogue uses all three operations.
        QSet<QString> used;
        for (const QJsonObject &a : std::as_const(m_actions))
            used.insert(a.value("trigger"_L1).toObject().value("operation"_L1).toString());
        QCOMPARE(used.size(), 3);
    }

    void everyActionValidatesAgainstTheDemoPortal()
    {
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QString id = a.value("identifier"_L1).toString();
            Problems problems = validateAction(a, m_blueprints);
            problems += checkUserInputs(a.value("trigger"_L1).toObject().value("userInputs"_L1).toObject(),
                u"$.trigger.userInputs"_s);
            for (const Problem &p : std::as_const(problems))
                QVERIFY2(!p.isError(), qPrintable(id + u": "_s + p.toString()));
        }
    }

    void blueprintsPropertiesAndEntityInputsExistInTheDemoPortal()
    {
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QString id = a.value("identifier"_L1).toString();
            const QJsonObject trigger = a.value("trigger"_L1).toObject();
            const QString blueprint = trigger.value("blueprintIdentifier"_L1).toString();
            QVERIFY2(m_blueprints.contains(blueprint), qPrintable(id + u": no blueprint "_s + blueprint));
            const QJsonObject condition = trigger.value("condition"_L1).toObject();
            QVERIFY2(!hasErrors(RuleQuery::check(condition, u"$.trigger.condition"_s)), qPrintable(id));
            for (const QJsonObject &rule : rulesOf(condition))
                QVERIFY2(knownProperty(m_blueprints.value(blueprint), rule.value("property"_L1).toString()), qPrintable(id));

            const QJsonObject inputs = trigger.value("userInputs"_L1).toObject().value("properties"_L1).toObject();
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                const UserInput input = UserInput::fromJson(it.key(), it.value().toObject());
                if (input.kind != InputKind::Entity && input.kind != InputKind::Entities)
                    continue;
                const QString where = id + u'.' + it.key();
                QVERIFY2(m_blueprints.contains(input.blueprint), qPrintable(where + u": no blueprint "_s + input.blueprint));
                const Blueprint &target = m_blueprints[input.blueprint];
                for (const QJsonObject &rule : rulesOf(input.dataset))
                    QVERIFY2(knownProperty(target, rule.value("property"_L1).toString()), qPrintable(where));
                if (!input.sortProperty.isEmpty())
                    QVERIFY2(knownProperty(target, input.sortProperty), qPrintable(where + u" sorts by "_s + input.sortProperty));
            }
        }
    }

    void everyJqQueryAndTemplateCompiles()
    {
        int programs = 0;
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QString id = a.value("identifier"_L1).toString();
            QList<std::pair<QString, QString>> jq;
            collectJq(a.value("trigger"_L1), id + u".trigger"_s, jq);
            QStringList templates;
            collectTemplates(a.value("invocationMethod"_L1).toObject().value("body"_L1), templates);
            for (const QString &key : { u"headers"_s, u"workflowInputs"_s, u"pipelineVariables"_s })
                collectTemplates(a.value("invocationMethod"_L1).toObject().value(key), templates);
            for (const QString &t : std::as_const(templates))
                jq.append({ id + u".invocationMethod"_s, t });
            for (const auto &[path, program] : std::as_const(jq)) {
                const JqProgram compiled(program);
                QVERIFY2(compiled.isValid(), qPrintable(path + u": "_s + compiled.error()));
                ++programs;
            }
        }
        QVERIFY(programs >= 10);
    }

    void enumColoursNameEnumValues()
    {
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QJsonObject inputs = a.value("trigger"_L1).toObject().value("userInputs"_L1).toObject().value("properties"_L1).toObject();
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                const QJsonObject def = it.value().toObject();
                const QJsonArray values = def.value("enum"_L1).toArray();
                const QJsonObject colours = def.value("enumColors"_L1).toObject();
                for (auto c = colours.begin(); c != colours.end(); ++c)
                    QVERIFY2(def.value("enum"_L1).isObject() || values.contains(c.key()), qPrintable(it.key() + u": "_s + c.key()));
            }
        }
    }

    void webhooksCallTheExampleBackend()
    {
        int webhooks = 0;
        int presets = 0;
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QJsonObject method = a.value("invocationMethod"_L1).toObject();
            const QString type = method.value("type"_L1).toString();
            if (type == "WEBHOOK"_L1) {
                ++webhooks;
                QCOMPARE(method.value("url"_L1).toString(), backendUrl + a.value("identifier"_L1).toString());
                QCOMPARE(method.value("method"_L1).toString(), u"POST"_s);
            } else if (type == "GITHUB"_L1 || type == "GITLAB"_L1) {
                // The presets' API calls go to the example backend's GitHub and GitLab stand-ins;
                // nothing reports back, so Portolan ends the run when the call is accepted.
                ++presets;
                QVERIFY(method.value("apiUrl"_L1).toString().startsWith("http://127.0.0.1:8931/"_L1));
                QVERIFY(method.value("synchronized"_L1).toBool());
            }
        }
        QVERIFY(webhooks >= 14);
        QCOMPARE(presets, 2);
    }

    void approvalsNameTeamsOfTheDemoPortal()
    {
        QCOMPARE(action(u"lock_deployments"_s).value("requiredApproval"_L1).toObject().value("type"_L1).toString(), u"ANY"_s);
        QCOMPARE(action(u"request_temporary_permissions"_s).value("requiredApproval"_L1).toObject().value("type"_L1).toString(), u"ALL"_s);
        for (const QJsonObject &a : std::as_const(m_actions)) {
            const QJsonObject approve = a.value("permissions"_L1).toObject().value("approve"_L1).toObject();
            for (const QJsonValue &team : approve.value("teams"_L1).toArray())
                QVERIFY2(m_store->entity(u"team"_s, team.toString()).has_value(), qPrintable(team.toString()));
        }
    }

    void developerEnvironmentGetsAFiveDayTimerThatExtendsByThreeDays()
    {
        const Blueprint &environment = m_blueprints[u"environment"_s];
        QVERIFY(environment.property(u"ttl") && environment.property(u"ttl")->format == "timer"_L1);

        const QJsonObject spinUp = action(u"create_developer_environment"_s).value("invocationMethod"_L1).toObject();
        QCOMPARE(spinUp.value("type"_L1).toString(), u"UPSERT_ENTITY"_s);
        const QJsonObject context { { u"inputs"_s, QJsonObject { { u"name"_s, u"ada"_s }, { u"region"_s, u"eu-west-1"_s } } } };
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Entity created = Entity::fromJson(evaluateMapping(spinUp.value("mapping"_L1), context).toObject());
        QCOMPARE(created.identifier, u"dev-ada"_s);
        const QDateTime ttl = QDateTime::fromString(created.properties.value("ttl"_L1).toString(), Qt::ISODate);
        QVERIFY(ttl.isValid());
        QVERIFY(qAbs(before.secsTo(ttl) - 5 * 86400) < 5);
        Entity typed = created;
        typed.blueprint = u"environment"_s;
        const Problems problems = EntityValidator(environment).validate(typed);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));

        // Extending counts from the current expiry, or from now once it has passed.
        const QJsonObject extend = action(u"extend_environment_ttl"_s).value("invocationMethod"_L1).toObject();
        const QDateTime future = before.addDays(2);
        QJsonObject entity = typed.toJson(false);
        QJsonObject properties = entity.value("properties"_L1).toObject();
        properties.insert(u"ttl"_s, future.toString(Qt::ISODateWithMs));
        entity.insert(u"properties"_s, properties);
        QJsonObject extended = evaluateMapping(extend.value("mapping"_L1), { { u"entity"_s, entity } }).toObject();
        QCOMPARE(extended.value("identifier"_L1).toString(), u"dev-ada"_s);
        QDateTime moved = QDateTime::fromString(extended.value("properties"_L1).toObject().value("ttl"_L1).toString(), Qt::ISODate);
        QVERIFY(qAbs(future.secsTo(moved) - 3 * 86400) < 2);

        properties.insert(u"ttl"_s, before.addDays(-10).toString(Qt::ISODate));
        entity.insert(u"properties"_s, properties);
        extended = evaluateMapping(extend.value("mapping"_L1), { { u"entity"_s, entity } }).toObject();
        moved = QDateTime::fromString(extended.value("properties"_L1).toObject().value("ttl"_L1).toString(), Qt::ISODate);
        QVERIFY(qAbs(before.secsTo(moved) - 3 * 86400) < 5);

        // Only environments with a timer offer the extension.
        const QJsonObject condition = action(u"extend_environment_ttl"_s).value("trigger"_L1).toObject().value("condition"_L1).toObject();
        QVERIFY(RuleQuery::matches(condition, entity));
        QVERIFY(!RuleQuery::matches(condition, m_store->entity(u"environment"_s, u"production"_s)->toJson()));
    }

    void dynamicInputsComputeWhatTheFormNeeds()
    {
        // Canary traffic shows only for canary rollouts.
        const QString visible = inputsOf(u"deploy_service"_s).value("canaryPercentage"_L1).toObject()
                                    .value("visible"_L1).toObject().value("jqQuery"_L1).toString();
        QCOMPARE(runJq(visible, { { u"form"_s, QJsonObject { { u"strategy"_s, u"canary"_s } } } }), QJsonValue(true));
        QCOMPARE(runJq(visible, { { u"form"_s, QJsonObject { { u"strategy"_s, u"blue-green"_s } } } }), QJsonValue(false));

        // Regions follow the provider.
        const QString regions = inputsOf(u"provision_cloud_resource"_s).value("region"_L1).toObject()
                                    .value("enum"_L1).toObject().value("jqQuery"_L1).toString();
        const QJsonArray gcp = runJq(regions, { { u"form"_s, QJsonObject { { u"provider"_s, u"gcp"_s } } } }).toArray();
        const QJsonArray aws = runJq(regions, { { u"form"_s, QJsonObject { { u"provider"_s, u"aws"_s } } } }).toArray();
        QVERIFY(gcp.contains(u"europe-west1"_s));
        QVERIFY(aws.contains(u"eu-west-1"_s));
        QVERIFY(!aws.contains(u"europe-west1"_s));

        // Pods default to the running service's replicas; desired pods lie between min and max.
        const QJsonObject pods = inputsOf(u"update_pod_count"_s).value("replicas"_L1).toObject();
        QCOMPARE(pods.value("minimum"_L1).toInt(), 0);
        QCOMPARE(pods.value("maximum"_L1).toInt(), 50);
        const QJsonObject running { { u"properties"_s, QJsonObject { { u"replicas"_s, 6 } } } };
        QCOMPARE(runJq(pods.value("default"_L1).toObject().value("jqQuery"_L1).toString(), { { u"entity"_s, running } }).toInt(), 6);
        const QJsonObject desired = inputsOf(u"update_autoscaling_group"_s).value("desiredReplicas"_L1).toObject();
        const QJsonObject form { { u"minReplicas"_s, 2 }, { u"maxReplicas"_s, 5 } };
        QCOMPARE(runJq(desired.value("enum"_L1).toObject().value("jqQuery"_L1).toString(), { { u"form"_s, form } }).toArray(),
            (QJsonArray { 2, 3, 4, 5 }));
        QCOMPARE(runJq(desired.value("default"_L1).toObject().value("jqQuery"_L1).toString(),
                     { { u"form"_s, form }, { u"entity"_s, running } }).toInt(), 5);
    }

    void scaffoldIsAThreeStepWizard()
    {
        const UserInputs inputs = UserInputs::fromJson(action(u"scaffold_microservice"_s).value("trigger"_L1).toObject()
                                                           .value("userInputs"_L1).toObject());
        QCOMPARE(inputs.steps.size(), 3);
        QCOMPARE(inputs.steps.at(0).title, u"Basics"_s);
        QVERIFY(inputs.input(u"name"_s) && !inputs.input(u"name"_s)->json.value("pattern"_L1).toString().isEmpty());
        QCOMPARE(inputs.input(u"owningTeam"_s)->kind, InputKind::Team);
        QCOMPARE(inputs.input(u"onCall"_s)->kind, InputKind::User);
        QCOMPARE(inputs.input(u"dependsOn"_s)->kind, InputKind::Entities);
        QCOMPARE(inputs.input(u"language"_s)->kind, InputKind::Enum);
        const UserInputs secret = UserInputs::fromJson(action(u"add_secret"_s).value("trigger"_L1).toObject()
                                                           .value("userInputs"_L1).toObject());
        QVERIFY(secret.input(u"secretValue"_s)->secret);
    }
};

QTEST_MAIN(TestDemoActions)
#include "tst_demoactions.moc"
