// Rule outcomes and how they add up: the one-character codes results are stored as, the level an
// entity reaches and the points it earns. Shared by the evaluator, what-if and the demo history.
#include "scorecardevaluator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The scorecard rule a result belongs to: results come in rule order, so the same index is tried first.
const ScorecardRule *ruleOf(const Scorecard &scorecard, const QList<RuleResult> &results, qsizetype i)
{
    if (i < scorecard.rules.size() && scorecard.rules.at(i).identifier == results.at(i).rule)
        return &scorecard.rules.at(i);
    return scorecard.rule(results.at(i).rule);
}

bool holdsBack(RuleOutcome outcome)
{
    return outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error;
}

bool counts(RuleOutcome outcome)
{
    return outcome == RuleOutcome::Pass || outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error;
}

} // namespace

QChar outcomeCode(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass: return u'P';
    case RuleOutcome::Fail: return u'F';
    case RuleOutcome::NotApplicable: return u'-';
    case RuleOutcome::Upcoming: return u'U';
    case RuleOutcome::Exempt: return u'E';
    case RuleOutcome::Error: return u'!';
    }
    return u'!';
}

RuleOutcome outcomeFromCode(QChar code)
{
    switch (code.unicode()) {
    case u'P': return RuleOutcome::Pass;
    case u'F': return RuleOutcome::Fail;
    case u'-': return RuleOutcome::NotApplicable;
    case u'U': return RuleOutcome::Upcoming;
    case u'E': return RuleOutcome::Exempt;
    default: return RuleOutcome::Error;
    }
}

QString outcomeName(RuleOutcome outcome)
{
    // In the window's language (the command line installs no translation: English there).
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("portolan::RuleOutcome", "passed"), QT_TRANSLATE_NOOP("portolan::RuleOutcome", "failed"),
        QT_TRANSLATE_NOOP("portolan::RuleOutcome", "does not apply"), QT_TRANSLATE_NOOP("portolan::RuleOutcome", "upcoming"),
        QT_TRANSLATE_NOOP("portolan::RuleOutcome", "exempt"), QT_TRANSLATE_NOOP("portolan::RuleOutcome", "error")};
    const auto index = size_t(outcome); // RuleOutcome's order
    return index < std::size(names) ? QCoreApplication::translate("portolan::RuleOutcome", names[index]) : QString();
}

QString EntityScore::outcomes() const
{
    QString codes;
    codes.reserve(rules.size());
    for (const RuleResult &r : rules)
        codes.append(outcomeCode(r.outcome));
    return codes;
}

int reachedLevel(const Scorecard &scorecard, const QList<RuleResult> &results)
{
    int reached = int(scorecard.levels.size()) - 1;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!holdsBack(results.at(i).outcome))
            continue;
        const ScorecardRule *rule = ruleOf(scorecard, results, i);
        // A rule on an unknown or on the first level holds nobody back (validation reports it).
        const int level = rule ? scorecard.levelIndex(rule->level) : -1;
        if (level >= 1)
            reached = std::min(reached, level - 1);
    }
    return std::max(reached, 0);
}

double earnedPoints(const Scorecard &scorecard, const QList<RuleResult> &results)
{
    double total = 0;
    double earned = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RuleResult &r = results.at(i);
        if (!counts(r.outcome))
            continue;
        const ScorecardRule *rule = ruleOf(scorecard, results, i);
        const double weight = rule ? rule->weight : 1;
        total += weight;
        if (r.outcome != RuleOutcome::Error)
            earned += weight * std::clamp(r.credit, 0.0, 1.0);
    }
    return total > 0 ? 100.0 * earned / total : 100.0;
}

} // namespace portolan
