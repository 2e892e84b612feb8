#include "demoprofile.h"

namespace portolan::demo {

namespace {
// Lead times and restore times follow the 2024 DORA clusters (elite: < 1 day and < 1 hour; low:
// weeks and days); fail rates are kept at "a few per cent" overall.
constexpr ProfileTraits elite { 1.8, { 30, 600 }, 0.025, { 8, 60 }, { 20, 480 }, { 72, 95 }, 0.97 };
constexpr ProfileTraits high { 1.2, { 240, 4320 }, 0.05, { 20, 300 }, { 60, 2880 }, { 60, 90 }, 0.88 };
constexpr ProfileTraits medium { 0.8, { 1440, 14400 }, 0.08, { 45, 720 }, { 240, 7200 }, { 40, 82 }, 0.72 };
constexpr ProfileTraits low { 0.35, { 4320, 30240 }, 0.14, { 120, 2880 }, { 720, 14400 }, { 8, 60 }, 0.45 };
} // namespace

const ProfileTraits &traits(DeliveryProfile profile)
{
    switch (profile) {
    case DeliveryProfile::Elite:
        return elite;
    case DeliveryProfile::High:
        return high;
    case DeliveryProfile::Medium:
        return medium;
    case DeliveryProfile::Low:
        return low;
    }
    return medium;
}

} // namespace portolan::demo
