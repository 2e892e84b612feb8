#include "actionstore.h"

#include "actions/ttlautomation.h"
#include "store/definitiontable.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Audited under the blueprint the action runs on, so an entity page's history can show it.
DefinitionTable table(const Database &db)
{
    return DefinitionTable(db, u"actions"_s, u"action"_s, [](const QJsonObject &json) {
        return json.value(u"trigger"_s).toObject().value(u"blueprintIdentifier"_s).toString(u""_s);
    });
}

} // namespace

ActionStore::ActionStore(const Database &db)
    : m_db(db)
{
}

QList<ActionDefinition> ActionStore::actions() const
{
    QList<ActionDefinition> out;
    for (const QJsonObject &json : definitions())
        if (auto action = ActionDefinition::fromJson(json))
            out.append(*action);
    return out;
}

std::optional<ActionDefinition> ActionStore::action(const QString &identifier) const
{
    const QJsonObject json = definition(identifier);
    if (json.isEmpty())
        return std::nullopt;
    return ActionDefinition::fromJson(json);
}

QList<ActionDefinition> ActionStore::createActions(const QString &blueprint) const
{
    QList<ActionDefinition> out;
    for (const ActionDefinition &action : actions())
        if (action.operation == ActionOperation::Create && action.blueprint == blueprint)
            out.append(action);
    return out;
}

QList<ActionDefinition> ActionStore::entityActions(const QString &blueprint, const QJsonObject &entityJson) const
{
    QList<ActionDefinition> out;
    for (const ActionDefinition &action : actions())
        if (action.appliesTo(blueprint, entityJson))
            out.append(action);
    return out;
}

Problems ActionStore::save(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                           const QString &actor, Origin origin)
{
    return table(m_db).inTransaction(u"could not save the actions: "_s,
                                     [&] { return write(actions, blueprints, actor, origin); });
}

Problems ActionStore::write(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                            const QString &actor, Origin origin)
{
    Problems problems;
    QSet<QString> seen;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const bool automation = actions.at(i).value(u"trigger"_s).toObject().value(u"type"_s).toString() == u"automation"_s;
        Problems found = automation ? validateAutomation(actions.at(i), blueprints) : validateAction(actions.at(i), blueprints);
        const QString identifier = actions.at(i).value(u"identifier"_s).toString();
        if (!identifier.isEmpty() && seen.contains(identifier))
            found.append(Problem::error(u"$.identifier"_s, u"action \"%1\" appears twice"_s.arg(identifier)));
        seen.insert(identifier);
        locate(found, {}, actions.size() > 1 ? u"$.actions[%1]"_s.arg(i) : QString());
        problems.append(found);
    }
    if (hasErrors(problems))
        return problems;
    const DefinitionTable definitions = table(m_db);
    for (const QJsonObject &json : actions) {
        // Automations (trigger type "automation") are kept as written; actions in their normal form.
        const std::optional<ActionDefinition> action = ActionDefinition::fromJson(json);
        problems.append(definitions.put(json.value(u"identifier"_s).toString(), action ? action->toJson() : json, actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

QJsonObject ActionStore::definition(const QString &identifier) const
{
    return table(m_db).one(identifier);
}

QList<QJsonObject> ActionStore::definitions() const
{
    return table(m_db).all();
}

Problems ActionStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const DefinitionTable definitions = table(m_db);
    return definitions.inTransaction(u"could not delete the action: "_s,
                                     [&] { return definitions.remove(identifier, actor, origin); });
}

} // namespace portolan
