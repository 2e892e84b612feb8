#pragma once

#include "actiondefinition.h"
#include "store/changeset.h"

#include <optional>

namespace portolan {

class Database;

// The portal's self-service actions and automations (table `actions`, in the order they were
// first written; automations have trigger type "automation" — see ttlautomation.h).
// Writes validate every definition against the model, write an audit entry of kind "action" per
// change, and are all or nothing.
class ActionStore final
{
public:
    explicit ActionStore(const Database &db);

    QList<ActionDefinition> actions() const; // self-service actions (automations are left out)
    // Every stored definition as written, automations included (for export), and one of them.
    QList<QJsonObject> definitions() const;
    QJsonObject definition(const QString &identifier) const;
    std::optional<ActionDefinition> action(const QString &identifier) const;
    // CREATE actions of `blueprint`, and the DAY-2/DELETE actions whose condition `entityJson` meets.
    QList<ActionDefinition> createActions(const QString &blueprint) const;
    QList<ActionDefinition> entityActions(const QString &blueprint, const QJsonObject &entityJson) const;

    // In a transaction of their own. `blueprints`: the model to check against.
    Problems save(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                  const QString &actor, Origin origin);
    Problems remove(const QString &identifier, const QString &actor, Origin origin);
    // The same, inside a transaction the caller holds (an import writes blueprints, entities and
    // actions as one).
    Problems write(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                   const QString &actor, Origin origin);

private:
    const Database &m_db;
};

} // namespace portolan
