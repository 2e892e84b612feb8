#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>

namespace portolan {

// What a full evaluation did. `evaluateMs` is the wall time until the last grader finished reading
// and grading; `writeMs` the time the writer spent writing (not waiting for chunks), which overlaps
// the grading (the writer consumes graded chunks while the graders read on, into the next
// scorecard); `totalMs` is the wall time of the whole run.
struct ScoringRunReport {
    QStringList scorecards;
    qint64 entities = 0;  // entity results computed
    qint64 rules = 0;     // rule evaluations (entities × rules)
    qint64 changed = 0;   // results whose level or outcomes changed
    qint64 evaluateMs = 0;
    qint64 writeMs = 0;
    qint64 totalMs = 0;
    bool cancelled = false;
    QString error;

    QJsonObject toJson() const;
};

using ScoringProgress = std::function<void(qint64 done, qint64 total)>;

// Evaluates scorecards (empty: all) over all their entities and writes the results, history and
// rulesets in one transaction. Opens its own connections (one writer on the calling thread, one
// reader per grading thread): call it off the UI thread. `cancel` stops it between chunks; what
// was graded so far is written. `progress` is called on the calling thread.
ScoringRunReport evaluateInFull(const QString &storePath, const QStringList &scorecards, const QDateTime &now,
                                std::atomic_bool *cancel = nullptr, const ScoringProgress &progress = {});

} // namespace portolan
