#pragma once

#include "actiondefinition.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace portolan {

class CatalogStore;

// TTL the way Port models it: a `timer` property plus an automation on TIMER_PROPERTY_EXPIRED.
// Automations sit in the `actions` table beside the self-service actions:
//   {identifier, title, description,
//    trigger {type: "automation",
//             event {type: "TIMER_PROPERTY_EXPIRED", blueprintIdentifier, propertyIdentifier}},
//    graceMinutes?,   (Portolan: wait this long after expiry before acting; default 0)
//    invocationMethod {type: DELETE_ENTITY}   (Portolan's built-in: delete the expired entity)
//                   | any action backend (WEBHOOK, UPSERT_ENTITY, GITHUB, GITLAB) with the expired
//                     entity as .entity}
// Other Port events (ENTITY_CREATED, RUN_UPDATED…) are kept on import but never run.
struct TtlAutomation {
    QString identifier;
    QString title;
    QString blueprint;  // event.blueprintIdentifier
    QString property;   // event.propertyIdentifier: a timer property of `blueprint`
    int graceMinutes = 0;
    QJsonObject invocationMethod;
    QJsonObject json;

    // Only TIMER_PROPERTY_EXPIRED automations; nullopt for anything else.
    static std::optional<TtlAutomation> fromJson(const QJsonObject &json);
    // The definition the runner invokes: DELETE for DELETE_ENTITY, else DAY-2, on `blueprint`.
    ActionDefinition action() const;
};

// Every problem of an automation definition, with JSON paths ($.trigger.event.propertyIdentifier…):
// the event's blueprint and timer property must exist, graceMinutes must be a number >= 0, and the
// invocation method must be DELETE_ENTITY or a valid action backend.
Problems validateAutomation(const QJsonObject &json, const QHash<QString, Blueprint> &blueprints);

// Whether a stored definition is an automation (trigger.type "automation") rather than an action.
bool isAutomation(const QJsonObject &json);

// The TIMER_PROPERTY_EXPIRED automations stored in the portal, in their stored order.
QList<TtlAutomation> ttlAutomations(const CatalogStore &store);

} // namespace portolan
