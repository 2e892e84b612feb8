#pragma once

#include "importing/importplan.h"

namespace portolan {

// The product brief's C4 example (resources/seed, a copy of shared/seed-examples), read as an
// import plan: resource.json's typographic quotes are repaired, and the six entity files that do
// not name their blueprint get the one the brief gives them.
ImportPlan seedCatalogPlan();

} // namespace portolan
