#pragma once

#include "common/problem.h"
#include "scoring/exemption.h"
#include "scoring/scorecard.h"

#include <QJsonValue>
#include <memory>

namespace portolan {

class JqProgram;

// One rule's result for one entity. Stored as one character per rule (see outcomeCode).
enum class RuleOutcome { Pass, Fail, NotApplicable, Upcoming, Exempt, Error };
QChar outcomeCode(RuleOutcome outcome); // P F - U E !
RuleOutcome outcomeFromCode(QChar code);
QString outcomeName(RuleOutcome outcome); // "passed", "failed", "does not apply", "upcoming", "exempt", "error"

struct RuleResult {
    QString rule;
    RuleOutcome outcome = RuleOutcome::Fail;
    double credit = 0;  // 0..1 (binary: 0 or 1; target/threshold: partial)
    QJsonValue value;   // what a target/threshold rule measured (null for binary)
    QString message;    // why it errored (jq's message), or the exemption's reason
};

// One entity graded by one scorecard.
struct EntityScore {
    bool inScope = true; // false when the scorecard's filter leaves the entity out (nothing else is set)
    int level = 0;       // index into Scorecard::levels (0: the first level, reached by everyone)
    double points = 0;   // 0..100: the weighted share of credit over the rules that count
    QList<RuleResult> rules; // in the scorecard's rule order

    // One character per rule in rule order (outcomeCode): how results are stored and compared.
    QString outcomes() const;
    friend bool operator==(const EntityScore &, const EntityScore &) = default;
};

// Grades entities by one scorecard. Compiles the scorecard's jq once; not thread-safe (jq): one
// evaluator per thread.
class ScorecardEvaluator final
{
public:
    explicit ScorecardEvaluator(Scorecard scorecard);
    ~ScorecardEvaluator();
    Q_DISABLE_COPY_MOVE(ScorecardEvaluator)

    const Scorecard &scorecard() const { return m_scorecard; }
    // jq that did not compile, with the rule's path; those rules evaluate to RuleOutcome::Error.
    const Problems &problems() const { return m_problems; }
    // Whether rules read mirror or calculation properties (the caller must resolve entities with
    // DerivedValues first) — aggregations are stored and cheap, stored properties need nothing.
    bool needsDerivedValues(const Blueprint &blueprint) const;
    // Every property the scorecard reads (filters, queries, measures).
    QStringList propertiesRead() const;

    // `entityJson`: Port JSON with derived values merged (DerivedValues::resolve). `exemptions`:
    // those of this entity (inactive ones are ignored).
    EntityScore evaluate(const QJsonObject &entityJson, const QDateTime &now,
                         const QList<Exemption> &exemptions = {}) const;

private:
    RuleResult evaluateRule(const ScorecardRule &rule, int index, const QJsonObject &entityJson,
                            const QDateTime &now, const QList<Exemption> &exemptions) const;

    Scorecard m_scorecard;
    Problems m_problems;
    // Compiled jq per rule index: the binary expression and the measure (null when unused).
    QList<std::shared_ptr<JqProgram>> m_ruleJq;
    QList<std::shared_ptr<JqProgram>> m_measureJq;
    // Queries, filters and measures compiled once (scorecardevaluator.cpp): evaluation runs per
    // entity and must not re-read the scorecard's JSON.
    struct Compiled;
    std::unique_ptr<const Compiled> m_compiled;
};

// The level an entity reaches given its rule results: the highest level whose rules, and every
// lower level's, have no Fail or Error (Pass, NotApplicable, Upcoming and Exempt do not hold it
// back). Used by the evaluator and by what-if.
int reachedLevel(const Scorecard &scorecard, const QList<RuleResult> &results);
// The weighted share of credit (0..100) over rules that count (not NotApplicable/Upcoming/Exempt);
// 100 when none count.
double earnedPoints(const Scorecard &scorecard, const QList<RuleResult> &results);

} // namespace portolan
