#pragma once

#include <QLatin1StringView>
#include <span>

namespace portolan::demo {

// What kind of software a team writes; it decides which service suffixes (api, operator, etl…)
// its services get.
enum class Stack { Product, Platform, Data };

// A team of the demo organisation as written down by hand. Lists are space-separated to keep the
// table readable. Foundational teams come first: services may only depend on services generated
// before them, so platform services end up as the most depended-upon, as in a real company.
struct TeamSeed
{
    QLatin1StringView id;
    QLatin1StringView title;
    QLatin1StringView department;
    Stack stack;
    QLatin1StringView domains; // service name stems, unique across teams
    QLatin1StringView languages; // in order of preference
    QLatin1StringView mission;
};

std::span<const TeamSeed> teamSeeds();

} // namespace portolan::demo
