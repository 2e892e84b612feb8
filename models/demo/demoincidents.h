#pragma once

#include "demodelivery.h"

namespace portolan::demo {

// Writes out the organisation's incidents, numbered in the order they were opened. Those still
// unresolved when the history ends are `triggered` or `acknowledged` and have no restore time.
void emitIncidents(const DemoWorld &world, QList<IncidentRecord> incidents, const EntitySink &sink);

} // namespace portolan::demo
