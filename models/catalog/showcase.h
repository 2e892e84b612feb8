#pragma once

#include "store/catalogstore.h"

namespace portolan::Showcase {

// Entities worth showing off in screenshots and demos, chosen from the data, not hard-coded.

// The `blueprint` entity most others point at (a hub: its graph has "+N more"); empty key when none.
EntityKey busiestEntity(const CatalogStore &store, const QString &blueprint);
// The first entity of the portal's first blueprint (small, readable neighbourhoods in the C4 seed).
EntityKey firstEntity(const CatalogStore &store);

} // namespace portolan::Showcase
