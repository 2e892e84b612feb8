#include "ttlautomation.h"

#include "schema/identifiers.h"
#include "store/catalogstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString kTimerExpired = u"TIMER_PROPERTY_EXPIRED"_s;
const QStringList kOtherPortEvents{u"ENTITY_CREATED"_s, u"ENTITY_UPDATED"_s, u"ENTITY_DELETED"_s, u"ANY_ENTITY_CHANGE"_s,
                                   u"RUN_CREATED"_s,    u"RUN_UPDATED"_s,    u"ANY_RUN_CHANGE"_s};
const QStringList kBackends{u"DELETE_ENTITY"_s, u"WEBHOOK"_s, u"UPSERT_ENTITY"_s, u"GITHUB"_s, u"GITLAB"_s};

// The invocation method checked as validateAction checks an action's: a DAY-2 action on the same
// blueprint with the same backend, keeping only the problems of $.invocationMethod.
Problems checkBackend(const QJsonObject &json, const QString &blueprint, const QHash<QString, Blueprint> &blueprints)
{
    QJsonObject asAction{{u"identifier"_s, u"automation"_s},
                         {u"trigger"_s, QJsonObject{{u"type"_s, u"self-service"_s}, {u"operation"_s, u"DAY-2"_s}}},
                         {u"invocationMethod"_s, json.value(u"invocationMethod"_s)}};
    if (blueprints.contains(blueprint)) {
        QJsonObject trigger = asAction.value(u"trigger"_s).toObject();
        trigger.insert(u"blueprintIdentifier"_s, blueprint);
        asAction.insert(u"trigger"_s, trigger);
    }
    Problems problems;
    for (const Problem &problem : validateAction(asAction, blueprints))
        if (problem.path.startsWith(u"$.invocationMethod"_s))
            problems.append(problem);
    return problems;
}

} // namespace

bool isAutomation(const QJsonObject &json)
{
    return json.value(u"trigger"_s).toObject().value(u"type"_s).toString() == u"automation"_s;
}

std::optional<TtlAutomation> TtlAutomation::fromJson(const QJsonObject &json)
{
    if (!isAutomation(json))
        return std::nullopt;
    const QJsonObject event = json.value(u"trigger"_s).toObject().value(u"event"_s).toObject();
    if (event.value(u"type"_s).toString() != kTimerExpired)
        return std::nullopt;
    TtlAutomation automation;
    automation.identifier = json.value(u"identifier"_s).toString();
    automation.title = json.value(u"title"_s).toString(automation.identifier);
    automation.blueprint = event.value(u"blueprintIdentifier"_s).toString();
    automation.property = event.value(u"propertyIdentifier"_s).toString();
    automation.graceMinutes = qMax(0, json.value(u"graceMinutes"_s).toInt());
    automation.invocationMethod = json.value(u"invocationMethod"_s).toObject();
    automation.json = json;
    if (automation.identifier.isEmpty() || automation.blueprint.isEmpty() || automation.property.isEmpty())
        return std::nullopt;
    return automation;
}

ActionDefinition TtlAutomation::action() const
{
    ActionDefinition action;
    action.identifier = identifier;
    action.title = title;
    action.description = json.value(u"description"_s).toString();
    action.operation = invocationMethod.value(u"type"_s).toString().toUpper() == u"DELETE_ENTITY"_s ? ActionOperation::Delete
                                                                                                    : ActionOperation::Day2;
    action.blueprint = blueprint;
    action.invocationMethod = invocationMethod;
    action.json = json;
    return action;
}

Problems validateAutomation(const QJsonObject &json, const QHash<QString, Blueprint> &blueprints)
{
    Problems problems;
    const QString identifier = json.value(u"identifier"_s).toString();
    if (identifier.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"an automation needs an identifier"_s));
    else if (const QString reason = identifiers::checkEntity(identifier); !reason.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"identifier "_s + reason));

    const QJsonObject trigger = json.value(u"trigger"_s).toObject();
    if (trigger.value(u"type"_s).toString() != u"automation"_s)
        problems.append(Problem::error(u"$.trigger.type"_s, u"an automation's trigger type must be \"automation\""_s));
    const QJsonValue eventValue = trigger.value(u"event"_s);
    if (!eventValue.isObject()) {
        problems.append(Problem::error(u"$.trigger.event"_s,
                                       u"an automation needs an event {type: TIMER_PROPERTY_EXPIRED, blueprintIdentifier, propertyIdentifier}"_s));
        return problems;
    }
    const QJsonObject event = eventValue.toObject();
    const QString type = event.value(u"type"_s).toString();
    if (kOtherPortEvents.contains(type)) {
        problems.append(Problem::warning(u"$.trigger.event.type"_s,
                                         u"Portolan runs only TIMER_PROPERTY_EXPIRED automations: this %1 automation is kept but never runs"_s.arg(type)));
        return problems;
    }
    if (type != kTimerExpired) {
        problems.append(Problem::error(u"$.trigger.event.type"_s, u"event type must be TIMER_PROPERTY_EXPIRED (found \"%1\")"_s.arg(type)));
        return problems;
    }

    const QString bp = event.value(u"blueprintIdentifier"_s).toString();
    const QString property = event.value(u"propertyIdentifier"_s).toString();
    if (bp.isEmpty()) {
        problems.append(Problem::error(u"$.trigger.event.blueprintIdentifier"_s, u"say which blueprint's timer this automation watches"_s));
    } else if (!blueprints.contains(bp)) {
        problems.append(Problem::error(u"$.trigger.event.blueprintIdentifier"_s, u"no blueprint \"%1\""_s.arg(bp)));
    } else if (property.isEmpty()) {
        problems.append(Problem::error(u"$.trigger.event.propertyIdentifier"_s, u"say which timer property of %1 this automation watches"_s.arg(bp)));
    } else if (const PropertyDef *def = blueprints.value(bp).property(property); !def) {
        problems.append(Problem::error(u"$.trigger.event.propertyIdentifier"_s, u"%1 has no property \"%2\""_s.arg(bp, property)));
    } else if (def->format != u"timer"_s) {
        problems.append(Problem::error(u"$.trigger.event.propertyIdentifier"_s,
                                       u"\"%1\" of %2 is not a timer (format \"%3\"); TIMER_PROPERTY_EXPIRED needs a property with format timer"_s
                                           .arg(property, bp, def->format.isEmpty() ? def->type : def->format)));
    }

    const QJsonValue grace = json.value(u"graceMinutes"_s);
    if (!grace.isUndefined() && (!grace.isDouble() || grace.toDouble() < 0))
        problems.append(Problem::error(u"$.graceMinutes"_s, u"graceMinutes must be a number of minutes, 0 or more"_s));

    const QJsonValue method = json.value(u"invocationMethod"_s);
    if (!method.isObject())
        problems.append(Problem::error(u"$.invocationMethod"_s, u"an automation needs an invocationMethod {type: DELETE_ENTITY | WEBHOOK | …}"_s));
    else if (const QString backend = method.toObject().value(u"type"_s).toString().toUpper(); !kBackends.contains(backend))
        problems.append(Problem::error(u"$.invocationMethod.type"_s, u"type must be one of %1 (found \"%2\")"_s
                                                                        .arg(kBackends.join(u", "_s), method.toObject().value(u"type"_s).toString())));
    else if (backend != u"DELETE_ENTITY"_s)
        problems.append(checkBackend(json, bp, blueprints));
    return problems;
}

QList<TtlAutomation> ttlAutomations(const CatalogStore &store)
{
    QList<TtlAutomation> out;
    QSqlQuery q(store.database().connection());
    if (!q.exec(u"SELECT json FROM actions ORDER BY position, identifier"_s))
        return out;
    while (q.next())
        if (const auto automation = TtlAutomation::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            out.append(*automation);
    return out;
}

} // namespace portolan
