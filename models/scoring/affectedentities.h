#pragma once

#include "scoring/scorecard.h"
#include "store/changeset.h"

#include <QHash>
#include <QSet>

namespace portolan {

class Database;

// Which scorecard results a committed change may have changed.
struct AffectedResults {
    QSet<QString> fullScorecards;             // evaluate these in full
    QHash<QString, QSet<qint64>> entities;    // scorecard → entity ids to re-evaluate
    QHash<QString, QSet<QString>> deleted;    // scorecard → identifiers whose results go

    bool isEmpty() const { return fullScorecards.isEmpty() && entities.isEmpty() && deleted.isEmpty(); }
};

// Beyond this many changed entities a change re-evaluates the touched scorecards in full (an
// import): one sequential pass beats tens of thousands of relation walks.
inline constexpr qsizetype maxIncrementalChanges = 20000;

// The results `changes` touches, for each scorecard:
// - created or updated entities of its blueprint;
// - deleted ones (their results are dropped);
// - entities of its blueprint related to changed entities of other blueprints, in either direction
//   and up to two hops (mirrors, aggregations and relation counts read through relations);
// - in full when its blueprint's definition changed, when the change is too large, or when
//   entities of a blueprint connected to its own in the model were deleted (their relations are
//   gone, so who was related cannot be read any more).
AffectedResults affectedResults(const Database &db, const QList<Scorecard> &scorecards,
                                const QHash<QString, Blueprint> &blueprints, const ChangeSet &changes);

// `into` plus `more`: bursts of commits are evaluated together.
void mergeChanges(ChangeSet &into, const ChangeSet &more);

} // namespace portolan
