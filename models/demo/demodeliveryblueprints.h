#pragma once

#include <QJsonObject>
#include <QList>

namespace portolan::demo {

// The blueprints that record delivery: runningService, deployment, pullRequest and incident.
// Their owners are inherited from the service they belong to.
QList<QJsonObject> deliveryBlueprintJson();

} // namespace portolan::demo
