#pragma once

namespace portolan::demo {

// How well a team delivers, after DORA's performance clusters. Every team gets one so that DORA
// dashboards and scorecards show a believable spread instead of everyone being average.
enum class DeliveryProfile { Elite, High, Medium, Low };

// Ranges are [lowest, highest]; durations in minutes.
struct ProfileTraits
{
    double releaseRate; // multiplier on the tier's releases per week
    double leadTime[2]; // commit to production
    double changeFailRate; // share of production deployments that fail or are rolled back
    double timeToRestore[2]; // incident opened to resolved
    double reviewTime[2]; // pull request opened to merged
    double coverage[2]; // test coverage in percent
    double hygiene; // chance that a service has each good practice (CODEOWNERS, README, on-call)
};

const ProfileTraits &traits(DeliveryProfile profile);

} // namespace portolan::demo
