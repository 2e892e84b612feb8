#pragma once

#include <QLatin1StringView>
#include <span>

namespace portolan::demo {

// Given and family names for the demo's people: a mix of origins, spelled in ASCII so that
// identifiers and e-mail addresses can be made from them without transliteration.
std::span<const QLatin1StringView> givenNames();
std::span<const QLatin1StringView> familyNames();

} // namespace portolan::demo
