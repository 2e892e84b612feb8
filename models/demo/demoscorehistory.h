#pragma once

#include "scoring/scorecardstore.h"

#include <QDateTime>
#include <QHash>

namespace portolan::demo {

// A believable past for one scorecard's current results, so trends, burn-ups and pass rates per
// rule have something to show. Every entity starts `days` before `now` with some of the rules it
// passes today still failing, and fixes them one by one on spread-out dates; an exempt rule fails
// until its exemption was approved (`exemptSince`, keyed "identifier/rule"). Levels and points of
// each past state come from reachedLevel/earnedPoints, so the history obeys the level logic, and
// its last state is exactly `current` (no drift between history and now). Deterministic for a
// seed. Writes in the caller's transaction; false with `error` on failure.
bool writeScoreHistory(ScorecardStore &store, const Scorecard &scorecard, const QList<ScoreWrite> &current,
                       quint32 seed, const QDateTime &now, int days, const QHash<QString, QDateTime> &exemptSince,
                       QString *error);

} // namespace portolan::demo
