#pragma once

#include "demodelivery.h"

namespace portolan::demo {

// Writes out a service's pull requests in the order they were opened. About half of the releases
// start from a merged pull request (merged at the release's commit time, by the person who then
// deployed it); the rest is everyday work, some of it still open or abandoned.
void emitPullRequests(
    const DemoWorld &world, int service, const ServiceHistory &history, const EntitySink &sink);

} // namespace portolan::demo
