#pragma once

#include <QJsonObject>
#include <QList>

namespace portolan::demo {

// The demo organisation's data model in Port's blueprint JSON: team, user, environment, service,
// then the delivery blueprints (see demodeliveryblueprints.h); targets come before the blueprints
// that relate to them. Derived properties are declared here and evaluated elsewhere.
QList<QJsonObject> demoBlueprintJson();

} // namespace portolan::demo
