#pragma once

#include "demoteamseeds.h"

#include <QLatin1StringView>
#include <span>

namespace portolan::demo {

// A kind of service, named by the suffix it gives a domain stem ("payments" + "api").
struct ServiceKind
{
    QLatin1StringView suffix;
    QLatin1StringView description; // %1 is the domain in words
    QLatin1StringView language; // forced language (a web front end is TypeScript); empty: the team's
    bool customerFacing; // customer-facing kinds are more often tier-1
};

std::span<const ServiceKind> serviceKinds(Stack stack);

} // namespace portolan::demo
