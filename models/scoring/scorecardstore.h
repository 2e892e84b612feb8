#pragma once

#include "scoring/exemption.h"
#include "scoring/scorecard.h"
#include "scoring/scorecardevaluator.h"
#include "store/changeset.h"

#include <QDate>
#include <optional>

namespace portolan {

class Database;

// A stored result: one entity graded by one scorecard, as of its last evaluation.
struct StoredScore {
    QString scorecard;
    QString blueprint;
    QString identifier;
    QString title;
    QStringList team;
    int level = 0;
    double points = 0;
    QString outcomes;        // one outcomeCode per rule, in `rules` order
    QStringList rules;       // the rule identifiers `outcomes` refers to
    QList<double> credits;   // per rule (partial credit of target/threshold rules)
    QDateTime evaluatedAt;
    QDateTime changedAt;     // when the level or a rule result last changed

    RuleOutcome outcome(const QString &rule) const;
};

// A change of an entity's result: a row of scorecard_history. Stored whenever the level or any
// rule outcome changes, with the time it changed (so trends are exact, not sampled).
struct ScoreChange {
    QDateTime at;
    int level = 0;
    double points = 0;
    QString outcomes;
    QStringList rules;
};

// Counts over one scorecard's current results.
struct RuleTally {
    qint64 passed = 0, failed = 0, notApplicable = 0, upcoming = 0, exempt = 0, errors = 0;
    double passRate() const { return passed + failed + errors ? double(passed) / double(passed + failed + errors) : 1.0; }
};
struct ScorecardSummary {
    qint64 entities = 0;
    QList<qint64> perLevel;           // index = level
    QHash<QString, RuleTally> rules;  // rule identifier → tally
    double averagePoints = 0;
};

// The state of a scorecard at the end of a day, replayed from the history.
struct ScoreTrendPoint {
    QDate day;
    qint64 entities = 0;
    QList<qint64> perLevel;
    QHash<QString, double> passRate; // rule identifier → 0..1
};

// One result the engine writes (entity by its store id).
struct ScoreWrite {
    qint64 entityId = 0;
    QString blueprint;
    QString identifier;
    EntityScore score;
};

// Scorecards, their results, history and exemptions (tables scorecards, scorecard_results,
// scorecard_history, scorecard_rulesets, scorecard_exemptions; schema steps 5 and 6). Writes of
// definitions validate against the model, write an audit entry of kind "scorecard", and are all
// or nothing; result writes come from the engine (ScorecardEngine), never from the UI thread.
class ScorecardStore final
{
public:
    explicit ScorecardStore(const Database &db);

    // Definitions
    QList<Scorecard> scorecards() const;
    QList<QJsonObject> definitions() const; // as written (for export)
    std::optional<Scorecard> scorecard(const QString &identifier) const;
    QList<Scorecard> scorecardsOf(const QString &blueprint) const;
    Problems save(const QList<QJsonObject> &scorecards, const QHash<QString, Blueprint> &blueprints,
                  const QString &actor, Origin origin); // own transaction
    Problems remove(const QString &identifier, const QString &actor, Origin origin); // drops its results too
    // Inside a transaction the caller holds (an import writes blueprints, entities, actions and
    // scorecards as one).
    Problems write(const QList<QJsonObject> &scorecards, const QHash<QString, Blueprint> &blueprints,
                   const QString &actor, Origin origin);

    // Results
    std::optional<StoredScore> result(const QString &scorecard, const QString &blueprint, const QString &identifier) const;
    QList<StoredScore> resultsOf(const QString &blueprint, const QString &identifier) const; // every scorecard
    // A page of results; `level` -1 for all; `failingRule` non-empty: only entities failing it.
    QList<StoredScore> results(const QString &scorecard, int level = -1, const QString &failingRule = {},
                               int limit = 500, int offset = 0) const;
    ScorecardSummary summary(const QString &scorecard) const;
    QList<ScoreChange> history(const QString &scorecard, const QString &blueprint, const QString &identifier) const;
    QList<ScoreTrendPoint> trend(const QString &scorecard, const QDate &from, const QDate &to) const;

    // Writes results in the caller's transaction: a result row per entity, a history row (at `now`)
    // for each whose level or outcomes changed (or that had none). Returns how many changed.
    qint64 writeResults(const Scorecard &scorecard, const QList<ScoreWrite> &results, const QDateTime &now,
                        QString *error = nullptr);

    // Exemptions
    QList<Exemption> exemptions(const QString &scorecard = {}) const;
    QList<Exemption> exemptionsOf(const QString &blueprint, const QString &identifier) const;
    // Checks the scorecard, rule and entity exist and the reason is given; returns the new id (0 on problems).
    qint64 requestExemption(const Exemption &exemption, Problems *problems);
    Problems approveExemption(qint64 id, const QString &approver, const QDateTime &now); // not by the requester
    Problems revokeExemption(qint64 id, const QString &by);

private:
    const Database &m_db;
};

} // namespace portolan
