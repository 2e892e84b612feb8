#include "actiondefinition.h"

#include "jq/jqprogram.h"
#include "query/rule.h"
#include "schema/identifiers.h"
#include "userinputs.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct OperationName {
    ActionOperation operation;
    QLatin1StringView name;
};

constexpr OperationName operationNames[] = {
    {ActionOperation::Create, "CREATE"_L1},
    {ActionOperation::Day2, "DAY-2"_L1},
    {ActionOperation::Delete, "DELETE"_L1},
};

std::optional<ActionOperation> operationFromName(const QString &name)
{
    for (const OperationName &entry : operationNames)
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.operation;
    return std::nullopt;
}

const QStringList kInvocationTypes{u"WEBHOOK"_s, u"UPSERT_ENTITY"_s, u"GITHUB"_s, u"GITLAB"_s, u"DELETE_ENTITY"_s};
const QStringList kHttpMethods{u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"GET"_s};

void checkStringList(const QJsonValue &value, const QString &path, Problems &problems)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        problems.append(Problem::error(path, u"must be an array of strings"_s));
        return;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!items.at(i).isString())
            problems.append(Problem::error(u"%1[%2]"_s.arg(path).arg(i), u"must be a string"_s));
}

void checkWebhook(const QJsonObject &method, Problems &problems)
{
    const QString url = method.value(u"url"_s).toString();
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.isEmpty())
        problems.append(Problem::error(u"$.invocationMethod.url"_s, u"a webhook needs a url"_s));
    else if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s) || parsed.host().isEmpty())
        problems.append(Problem::error(u"$.invocationMethod.url"_s, u"\"%1\" is not an http(s) url"_s.arg(url)));
    const QJsonValue verb = method.value(u"method"_s);
    if (!verb.isUndefined() && !kHttpMethods.contains(verb.toString().toUpper()))
        problems.append(Problem::error(u"$.invocationMethod.method"_s,
                                       u"method must be one of %1"_s.arg(kHttpMethods.join(u", "_s))));
    const QJsonValue headers = method.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isObject())
        problems.append(Problem::error(u"$.invocationMethod.headers"_s, u"headers must be an object of strings"_s));
    const QJsonValue timeout = method.value(u"timeoutSeconds"_s);
    if (!timeout.isUndefined() && (!timeout.isDouble() || timeout.toDouble() <= 0 || timeout.toDouble() > 600))
        problems.append(Problem::error(u"$.invocationMethod.timeoutSeconds"_s, u"timeoutSeconds must be a number in (0, 600]"_s));
}

void checkUpsert(const QJsonObject &method, const QHash<QString, Blueprint> &blueprints, Problems &problems)
{
    const QString target = method.value(u"blueprintIdentifier"_s).toString();
    if (target.isEmpty())
        problems.append(Problem::error(u"$.invocationMethod.blueprintIdentifier"_s, u"an upsert needs the blueprint it writes"_s));
    else if (!blueprints.contains(target))
        problems.append(Problem::error(u"$.invocationMethod.blueprintIdentifier"_s, u"no blueprint \"%1\""_s.arg(target)));
    const QJsonValue mapping = method.value(u"mapping"_s);
    if (!mapping.isObject()) {
        problems.append(Problem::error(u"$.invocationMethod.mapping"_s, u"an upsert needs a mapping object (identifier, title, properties, relations)"_s));
        return;
    }
    // Mapping values are jq (strings) or nested objects of jq; every string must compile.
    const std::function<void(const QJsonValue &, const QString &)> check = [&](const QJsonValue &value, const QString &path) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                check(it.value(), path + u'.' + it.key());
        } else if (value.isString()) {
            const JqProgram program(value.toString());
            if (!program.isValid())
                problems.append(Problem::error(path, u"jq does not compile: "_s + program.error()));
        }
    };
    check(mapping, u"$.invocationMethod.mapping"_s);
}

void checkPermissions(const QJsonObject &json, Problems &problems)
{
    const QJsonValue permissions = json.value(u"permissions"_s);
    if (permissions.isUndefined())
        return;
    if (!permissions.isObject()) {
        problems.append(Problem::error(u"$.permissions"_s, u"permissions must be an object {execute, approve}"_s));
        return;
    }
    for (const QString &part : {u"execute"_s, u"approve"_s}) {
        const QJsonObject who = permissions.toObject().value(part).toObject();
        checkStringList(who.value(u"users"_s), u"$.permissions.%1.users"_s.arg(part), problems);
        checkStringList(who.value(u"teams"_s), u"$.permissions.%1.teams"_s.arg(part), problems);
    }
}

void checkLimits(const QJsonObject &json, Problems &problems)
{
    const QJsonObject limits = json.value(u"limits"_s).toObject();
    for (const QString &scope : {u"perUser"_s, u"perTeam"_s}) {
        const QJsonValue limit = limits.value(scope);
        if (limit.isUndefined())
            continue;
        const QJsonObject object = limit.toObject();
        const QString path = u"$.limits."_s + scope;
        if (!object.value(u"runs"_s).isDouble() || object.value(u"runs"_s).toInt() < 1)
            problems.append(Problem::error(path + u".runs"_s, u"runs must be a whole number of at least 1"_s));
        if (!object.value(u"hours"_s).isDouble() || object.value(u"hours"_s).toDouble() <= 0)
            problems.append(Problem::error(path + u".hours"_s, u"hours must be a positive number"_s));
    }
}

void checkApproval(const QJsonValue &approval, Problems &problems)
{
    if (approval.isUndefined() || approval.isBool() || approval.isNull())
        return;
    const QString type = approval.toObject().value(u"type"_s).toString().toUpper();
    if (!approval.isObject() || (type != u"ANY"_s && type != u"ALL"_s))
        problems.append(Problem::error(u"$.requiredApproval"_s, u"requiredApproval must be true, false or {\"type\": \"ANY\" | \"ALL\"}"_s));
}

} // namespace

QString operationName(ActionOperation operation)
{
    for (const OperationName &entry : operationNames)
        if (entry.operation == operation)
            return entry.name;
    return {};
}

Problems validateAction(const QJsonObject &json, const QHash<QString, Blueprint> &blueprints)
{
    Problems problems;
    const QString identifier = json.value(u"identifier"_s).toString();
    if (identifier.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"an action needs an identifier"_s));
    else if (const QString reason = identifiers::checkEntity(identifier); !reason.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"identifier "_s + reason));
    if (!json.value(u"title"_s).isUndefined() && !json.value(u"title"_s).isString())
        problems.append(Problem::error(u"$.title"_s, u"title must be a string"_s));

    const QJsonValue triggerValue = json.value(u"trigger"_s);
    if (!triggerValue.isObject()) {
        problems.append(Problem::error(u"$.trigger"_s, u"an action needs a trigger {type, operation, blueprintIdentifier, userInputs}"_s));
    } else {
        const QJsonObject trigger = triggerValue.toObject();
        const QString type = trigger.value(u"type"_s).toString();
        if (type != u"self-service"_s)
            problems.append(Problem::error(u"$.trigger.type"_s, u"trigger type must be \"self-service\" (found \"%1\")"_s.arg(type)));
        const QString operation = trigger.value(u"operation"_s).toString();
        if (!operationFromName(operation))
            problems.append(Problem::error(u"$.trigger.operation"_s,
                                           u"operation must be CREATE, DAY-2 or DELETE (found \"%1\")"_s.arg(operation)));
        const QString bp = trigger.value(u"blueprintIdentifier"_s).toString();
        if (bp.isEmpty()) {
            if (operationFromName(operation).value_or(ActionOperation::Create) != ActionOperation::Create)
                problems.append(Problem::error(u"$.trigger.blueprintIdentifier"_s, u"a %1 action needs a blueprint"_s.arg(operation)));
        } else if (!blueprints.contains(bp)) {
            problems.append(Problem::error(u"$.trigger.blueprintIdentifier"_s, u"no blueprint \"%1\""_s.arg(bp)));
        }
        const QJsonValue inputs = trigger.value(u"userInputs"_s);
        if (!inputs.isUndefined() && !inputs.isObject())
            problems.append(Problem::error(u"$.trigger.userInputs"_s, u"userInputs must be an object {properties, required, order}"_s));
        else if (inputs.isObject())
            problems.append(checkUserInputs(inputs.toObject(), u"$.trigger.userInputs"_s));
        const QJsonValue condition = trigger.value(u"condition"_s);
        if (!condition.isUndefined()) {
            if (!condition.isObject())
                problems.append(Problem::error(u"$.trigger.condition"_s, u"condition must be a search query {combinator, rules}"_s));
            else
                problems.append(RuleQuery::check(condition.toObject(), u"$.trigger.condition"_s));
        }
    }

    const QJsonValue methodValue = json.value(u"invocationMethod"_s);
    if (!methodValue.isObject()) {
        problems.append(Problem::error(u"$.invocationMethod"_s, u"an action needs an invocationMethod {type, …}"_s));
    } else {
        const QJsonObject method = methodValue.toObject();
        const QString type = method.value(u"type"_s).toString().toUpper();
        if (!kInvocationTypes.contains(type))
            problems.append(Problem::error(u"$.invocationMethod.type"_s,
                                           u"type must be one of %1 (found \"%2\")"_s.arg(kInvocationTypes.join(u", "_s),
                                                                                           method.value(u"type"_s).toString())));
        else if (type == u"WEBHOOK"_s)
            checkWebhook(method, problems);
        else if (type == u"UPSERT_ENTITY"_s)
            checkUpsert(method, blueprints, problems);
        else if (type == u"GITHUB"_s && (method.value(u"org"_s).toString().isEmpty() || method.value(u"repo"_s).toString().isEmpty()
                                        || method.value(u"workflow"_s).toString().isEmpty()))
            problems.append(Problem::error(u"$.invocationMethod"_s, u"a GitHub workflow needs org, repo and workflow"_s));
        else if (type == u"GITLAB"_s && (method.value(u"projectName"_s).toString().isEmpty()
                                        && method.value(u"projectId"_s).toString().isEmpty()))
            problems.append(Problem::error(u"$.invocationMethod"_s, u"a GitLab pipeline needs projectName or projectId"_s));
    }
    checkApproval(json.value(u"requiredApproval"_s), problems);
    checkPermissions(json, problems);
    checkLimits(json, problems);
    return problems;
}

std::optional<ActionDefinition> ActionDefinition::fromJson(const QJsonObject &json, Problems *problems)
{
    // Shape only: the blueprint's existence is validateAction's business (it needs the model).
    Problems found;
    const QString identifier = json.value(u"identifier"_s).toString();
    if (identifier.isEmpty())
        found.append(Problem::error(u"$.identifier"_s, u"an action needs an identifier"_s));
    const QJsonObject trigger = json.value(u"trigger"_s).toObject();
    const std::optional<ActionOperation> operation = operationFromName(trigger.value(u"operation"_s).toString());
    if (!operation)
        found.append(Problem::error(u"$.trigger.operation"_s, u"operation must be CREATE, DAY-2 or DELETE"_s));
    if (!json.value(u"invocationMethod"_s).isObject())
        found.append(Problem::error(u"$.invocationMethod"_s, u"an action needs an invocationMethod"_s));
    if (problems)
        problems->append(found);
    if (hasErrors(found))
        return std::nullopt;

    ActionDefinition action;
    action.identifier = identifier;
    action.title = json.value(u"title"_s).toString(identifier);
    action.icon = json.value(u"icon"_s).toString();
    action.description = json.value(u"description"_s).toString();
    action.operation = *operation;
    action.blueprint = trigger.value(u"blueprintIdentifier"_s).toString();
    action.userInputs = trigger.value(u"userInputs"_s).toObject();
    action.condition = trigger.value(u"condition"_s).toObject();
    action.invocationMethod = json.value(u"invocationMethod"_s).toObject();
    action.requiredApproval = json.value(u"requiredApproval"_s);
    action.permissions = json.value(u"permissions"_s).toObject();
    action.limits = json.value(u"limits"_s).toObject();
    action.json = json;
    return action;
}

QJsonObject ActionDefinition::toJson() const
{
    // Start from what was read, so keys Portolan does not know survive; then write the known ones.
    QJsonObject out = json;
    out.insert(u"identifier"_s, identifier);
    out.insert(u"title"_s, title);
    auto setOrDrop = [&out](const QString &key, const QJsonValue &value, bool keep) {
        if (keep)
            out.insert(key, value);
        else
            out.remove(key);
    };
    setOrDrop(u"icon"_s, icon, !icon.isEmpty());
    setOrDrop(u"description"_s, description, !description.isEmpty());
    QJsonObject trigger = out.value(u"trigger"_s).toObject();
    trigger.insert(u"type"_s, u"self-service"_s);
    trigger.insert(u"operation"_s, operationName(operation));
    if (blueprint.isEmpty())
        trigger.remove(u"blueprintIdentifier"_s);
    else
        trigger.insert(u"blueprintIdentifier"_s, blueprint);
    trigger.insert(u"userInputs"_s, userInputs.isEmpty() ? QJsonObject{{u"properties"_s, QJsonObject{}}, {u"required"_s, QJsonArray{}}}
                                                          : userInputs);
    if (condition.isEmpty())
        trigger.remove(u"condition"_s);
    else
        trigger.insert(u"condition"_s, condition);
    out.insert(u"trigger"_s, trigger);
    out.insert(u"invocationMethod"_s, invocationMethod);
    setOrDrop(u"requiredApproval"_s, requiredApproval, !requiredApproval.isUndefined() && !requiredApproval.isNull());
    setOrDrop(u"permissions"_s, permissions, !permissions.isEmpty());
    setOrDrop(u"limits"_s, limits, !limits.isEmpty());
    return out;
}

QString ActionDefinition::invocationType() const
{
    return invocationMethod.value(u"type"_s).toString().toUpper();
}

ActionDefinition::Approval ActionDefinition::approval() const
{
    if (requiredApproval.isBool())
        return requiredApproval.toBool() ? Approval::Any : Approval::None;
    if (!requiredApproval.isObject())
        return Approval::None;
    return requiredApproval.toObject().value(u"type"_s).toString().compare(u"ALL"_s, Qt::CaseInsensitive) == 0 ? Approval::All
                                                                                                            : Approval::Any;
}

bool ActionDefinition::appliesTo(const QString &entityBlueprint, const QJsonObject &entityJson) const
{
    if (operation == ActionOperation::Create || entityBlueprint != blueprint)
        return false;
    return condition.isEmpty() || RuleQuery::matches(condition, entityJson);
}

} // namespace portolan
