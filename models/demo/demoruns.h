#pragma once

#include <QDate>

namespace portolan {

class CatalogStore;

// A few past runs of the demo actions (a finished deploy with its log, a failed upgrade, a
// permission request waiting for approval), so the runs list, a run page and the approval box
// have something to show before the user runs anything. Dated relative to `anchor`.
void addDemoRuns(CatalogStore &store, QDate anchor);

} // namespace portolan
