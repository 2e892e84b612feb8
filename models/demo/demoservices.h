#pragma once

#include "catalog/entity.h"

namespace portolan::demo {

struct DemoWorld;

// The services: named, owned and classified into the world first, then written out as `service`
// entities with their scorecard-relevant details (README, CODEOWNERS, coverage…) and dependencies.
void buildServices(DemoWorld &world, int count);
Entity serviceEntity(const DemoWorld &world, int service);

} // namespace portolan::demo
