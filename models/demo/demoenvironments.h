#pragma once

#include "catalog/entity.h"

#include <QLatin1StringView>

namespace portolan::demo {

// dev, staging and production, in the order a release passes through them.
inline constexpr int environmentCount = 3;
inline constexpr int production = 2;

QLatin1StringView environmentId(int environment);
Entity environmentEntity(int environment);

} // namespace portolan::demo
