#pragma once

#include "screenshotsactions.h"

namespace portolan {

struct EntityKey;

// The scorecard screens: the scorecards page and its results, the editor with its what-if, an
// entity's Scorecards tab, the initiatives page, and each saved dashboard (DORA included).
void renderScoringScreens(MainWindow &window, CatalogStore &store, const SaveScreen &save, const EntityKey &entity);

} // namespace portolan
