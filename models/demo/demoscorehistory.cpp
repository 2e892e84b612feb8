#include "demoscorehistory.h"

#include "demorandom.h"

#include <QMap>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
// A stable tag per scorecard (qHash is seeded per process; the demo must not be).
quint32 tagOf(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash;
}

// When each rule an entity passes today was fixed (null: it always passed).
struct Past {
    qsizetype write = 0;      // index into `current`
    QList<QDateTime> fixedAt; // per rule
    QList<double> creditBefore;
};

EntityScore stateAt(const Scorecard &scorecard, const EntityScore &final, const Past &past, const QDateTime &at)
{
    EntityScore state = final;
    for (qsizetype r = 0; r < state.rules.size(); ++r) {
        if (!past.fixedAt.at(r).isValid() || past.fixedAt.at(r) <= at)
            continue;
        RuleResult &result = state.rules[r];
        result.outcome = RuleOutcome::Fail;
        result.credit = past.creditBefore.at(r);
        result.value = QJsonValue();
        result.message.clear();
    }
    state.level = reachedLevel(scorecard, state.rules);
    state.points = earnedPoints(scorecard, state.rules);
    return state;
}
} // namespace

bool writeScoreHistory(ScorecardStore &store, const Scorecard &scorecard, const QList<ScoreWrite> &current,
                       quint32 seed, const QDateTime &now, int days, const QHash<QString, QDateTime> &exemptSince,
                       QString *error)
{
    const QDateTime start = now.addDays(-days);
    const qint64 span = start.secsTo(now.addDays(-1)); // nothing is fixed on the last day: "today" stays quiet
    const quint32 tag = tagOf(scorecard.identifier);
    QList<Past> pasts;
    QMap<QDateTime, QList<qsizetype>> changes; // when → indexes into `pasts` that change then
    for (qsizetype i = 0; i < current.size(); ++i) {
        const ScoreWrite &write = current.at(i);
        if (!write.score.inScope)
            continue;
        DemoRandom random(seed, tag, quint32(i));
        Past past;
        past.write = i;
        // Entities that are good today were mostly worse, and the worst ones were always bad:
        // the share of today's passes that were once failing.
        const double wasFailing = random.uniform(0.35, 0.8);
        for (const RuleResult &result : write.score.rules) {
            QDateTime fixed;
            double before = 0;
            // Basics (an owner, a README) were mostly there already; the higher a rule's level, the
            // likelier it was missing.
            const ScorecardRule *rule = scorecard.rule(result.rule);
            const double height = rule && scorecard.levels.size() > 1
                ? double(std::max(0, scorecard.levelIndex(rule->level))) / double(scorecard.levels.size() - 1)
                : 1.0;
            if (result.outcome == RuleOutcome::Pass && random.chance(wasFailing * (0.35 + 0.65 * height))) {
                // Later dates are likelier: the initiative and the scorecards' launch speed things up.
                const double share = std::pow(random.uniform(0, 1), 0.75);
                fixed = start.addSecs(qint64(double(span) * share));
                fixed = QDateTime(fixed.date(), QTime(random.between(8, 18), random.between(0, 59)), QTimeZone::UTC);
                before = result.credit * random.uniform(0.3, 0.85);
                if (rule && rule->kind == RuleKind::Binary)
                    before = 0;
            } else if (result.outcome == RuleOutcome::Exempt) {
                fixed = exemptSince.value(write.identifier + u'/' + result.rule);
            }
            past.fixedAt.append(fixed);
            past.creditBefore.append(before);
            if (fixed.isValid())
                changes[fixed].append(pasts.size());
        }
        pasts.append(past);
    }

    QList<ScoreWrite> writes;
    writes.reserve(pasts.size());
    for (const Past &past : std::as_const(pasts)) {
        ScoreWrite write = current.at(past.write);
        write.score = stateAt(scorecard, write.score, past, start);
        writes.append(write);
    }
    if (store.writeResults(scorecard, writes, start, error) < 0)
        return false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        writes.clear();
        for (const qsizetype p : it.value()) {
            ScoreWrite write = current.at(pasts.at(p).write);
            write.score = stateAt(scorecard, write.score, pasts.at(p), it.key());
            writes.append(write);
        }
        if (store.writeResults(scorecard, writes, it.key(), error) < 0)
            return false;
    }
    // Today's results as evaluated: equal to the last state of every history, out-of-scope ones dropped.
    return store.writeResults(scorecard, current, now, error) >= 0;
}

} // namespace portolan::demo
