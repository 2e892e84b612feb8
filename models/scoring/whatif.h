#pragma once

#include "scoring/scorecard.h"

#include <QDateTime>
#include <QHash>
#include <atomic>

namespace portolan {

class CatalogStore;

// An entity whose level the draft would change.
struct LevelMove {
    QString blueprint;
    QString identifier;
    QString title;
    int fromLevel = 0;
    int toLevel = 0;
};

struct WhatIfRuleCounts {
    qint64 passedBefore = 0; // stored results passing the rule (0 for a rule the stored scorecard lacks)
    qint64 passedAfter = 0;  // the draft's results passing it
};

// What saving a draft scorecard would change, against the stored results.
struct WhatIfReport {
    qint64 entities = 0;  // graded by the draft (in its scope)
    qint64 up = 0, down = 0, same = 0;
    qint64 entering = 0;  // in the draft's scope without a stored result
    qint64 leaving = 0;   // with a stored result, out of the draft's scope (or gone)
    QList<LevelMove> moves; // up and down, at most maxMoves of them (the counts count all)
    QHash<QString, WhatIfRuleCounts> rules; // by the draft's rule identifiers
    bool cancelled = false;

    static constexpr qsizetype maxMoves = 500;
};

// Evaluates `draft` (not saved) over its blueprint's entities on `store`'s connection and compares
// with the stored results of the scorecard with the same identifier. Slow for large catalogs: run
// it on a store lane; `cancel` stops it between chunks (the report says so).
WhatIfReport whatIf(CatalogStore &store, const Scorecard &draft, const QDateTime &now, std::atomic_bool *cancel = nullptr);

} // namespace portolan
