#pragma once

#include "catalog/entity.h"

namespace portolan::demo {

struct DemoWorld;

// Teams and their people: built into the world first (later parts pick owners, authors and
// on-call engineers from them), then written out as `team` and `user` entities.
void buildRoster(DemoWorld &world);
Entity teamEntity(const DemoWorld &world, int team);
Entity userEntity(const DemoWorld &world, int user);

} // namespace portolan::demo
