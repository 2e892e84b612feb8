#pragma once

#include <QJsonObject>
#include <QList>

namespace portolan {

// The demo portal's self-service actions in Port's JSON shape, one per file under
// resources/actions (embedded as :/actions/*.json), sorted by identifier. Webhook actions call the
// example backend (app/examplebackend) on 127.0.0.1:8931. A file that does not parse is a bug in
// the build and is left out with a warning; tst_demoactions guards against that.
QList<QJsonObject> demoActions();
// The demo's automations (resources/automations): developer environments deleted when their TTL
// has passed.
QList<QJsonObject> demoAutomations();

} // namespace portolan
