#pragma once

#include "catalog/entity.h"
#include "demohistory.h"

#include <functional>

namespace portolan::demo {

using EntitySink = std::function<void(const Entity &)>;

// Writes out one service's delivery: its three running instances (showing the version its last
// successful deployment left there), then its deployments and pull requests in time order.
// Returns the service's incidents, which are numbered across the organisation and written last.
QList<IncidentRecord> emitDelivery(const DemoWorld &world, int service, const EntitySink &sink);

} // namespace portolan::demo
