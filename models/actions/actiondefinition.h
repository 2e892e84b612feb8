#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace portolan {

// Port's action operations: CREATE shows on a blueprint's page, DAY-2 and DELETE on its entities.
enum class ActionOperation { Create, Day2, Delete };
QString operationName(ActionOperation operation); // "CREATE", "DAY-2", "DELETE"

// A self-service action in Port's shape:
//   {identifier, title, icon, description,
//    trigger {type: "self-service", operation, blueprintIdentifier, userInputs {properties, required,
//             order, steps}, condition},
//    invocationMethod {type: WEBHOOK | UPSERT_ENTITY | GITHUB | GITLAB | DELETE_ENTITY, …}, requiredApproval, …}
// Portolan's own additions sit beside Port's keys:
//   permissions {execute {users[], teams[], owners: bool}, approve {users[], teams[]}}
//   limits {perUser {runs, hours}, perTeam {runs, hours}}
// Keys Portolan does not know are kept as they are, so a definition round-trips unchanged.
struct ActionDefinition {
    QString identifier;
    QString title;
    QString icon;
    QString description;
    ActionOperation operation = ActionOperation::Day2;
    QString blueprint;
    QJsonObject userInputs;
    QJsonObject condition;        // Port search rules: which entities show a DAY-2/DELETE action
    QJsonObject invocationMethod;
    QJsonValue requiredApproval;  // false, true (= ANY) or {type: ANY | ALL}
    QJsonObject permissions;
    QJsonObject limits;
    QJsonObject json;             // the whole definition as read (or as toJson() writes it)

    // Reads a definition; problems carry JSON paths ($.trigger.operation). Returns nullopt on errors.
    static std::optional<ActionDefinition> fromJson(const QJsonObject &json, Problems *problems = nullptr);
    QJsonObject toJson() const;

    QString invocationType() const; // WEBHOOK, UPSERT_ENTITY, GITHUB, GITLAB (upper case)
    enum class Approval { None, Any, All };
    Approval approval() const;
    // Whether this action shows on `entityJson` (Port's entity JSON with meta-properties): the
    // blueprint matches, the operation is DAY-2/DELETE and the condition (if any) holds.
    bool appliesTo(const QString &blueprint, const QJsonObject &entityJson) const;
};

// Every problem of a definition, with JSON paths: shape, operation, blueprint (must exist in
// `blueprints`), user inputs (types, constraints, jq), condition rules, invocation method
// (webhook url and method, upsert mapping and its blueprint), approval and permissions.
Problems validateAction(const QJsonObject &json, const QHash<QString, Blueprint> &blueprints);

} // namespace portolan
