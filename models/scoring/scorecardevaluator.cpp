#include "scorecardevaluator.h"

#include "jq/jqprogram.h"
#include "scoring/conditionprogram.h"
#include "scoring/conditions.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace portolan {

struct ScorecardEvaluator::Compiled {
    struct Rule {
        ConditionProgram filter;
        ConditionProgram query;
        ValueSource measure;
        bool hasQuery = false;
        bool measuresProperty = false;
    };
    ConditionProgram filter;
    std::vector<Rule> rules;
    const Scorecard *scorecard = nullptr;
    const QList<std::shared_ptr<JqProgram>> *ruleJq = nullptr;
    const QList<std::shared_ptr<JqProgram>> *measureJq = nullptr;

    // `entity` is `entityJson` with its properties looked up once for all rules.
    RuleResult evaluate(qsizetype index, const ConditionEntity &entity, const QJsonObject &entityJson,
                        const QDateTime &now, const QList<Exemption> &exemptions) const;
};

namespace {

bool truthy(const QJsonValue &v)
{
    return !(v.isNull() || v.isUndefined() || (v.isBool() && !v.toBool()));
}

// Partial credit of a target rule: 60 of 80 earns 0.75; when lower is better, 10 against a target
// of 5 earns 0.5.
double targetCredit(double value, double target, bool lowerIsBetter)
{
    if (lowerIsBetter) {
        if (value <= target)
            return 1;
        return target > 0 && value > 0 ? std::clamp(target / value, 0.0, 1.0) : 0.0;
    }
    if (target <= 0)
        return value >= target ? 1 : 0;
    return std::clamp(value / target, 0.0, 1.0);
}

// The best band the value reaches.
double bandCredit(double value, const QList<ScoreBand> &bands, bool lowerIsBetter)
{
    double best = 0;
    for (const ScoreBand &band : bands)
        if (lowerIsBetter ? value <= band.from : value >= band.from)
            best = std::max(best, std::clamp(band.credit, 0.0, 1.0));
    return best;
}

constexpr double kFull = 1.0 - 1e-9; // credit that counts as a pass despite rounding

struct Grade {
    bool error = false;
    double credit = 0;
    QJsonValue value;
    QString message;
};

} // namespace

ScorecardEvaluator::ScorecardEvaluator(Scorecard scorecard)
    : m_scorecard(std::move(scorecard))
{
    auto compiled = std::make_unique<Compiled>();
    compiled->scorecard = &m_scorecard;
    compiled->ruleJq = &m_ruleJq;
    compiled->measureJq = &m_measureJq;
    compiled->filter = ConditionProgram(m_scorecard.filter);
    const auto compileJq = [this](const QString &program, const QString &path) -> std::shared_ptr<JqProgram> {
        if (program.isEmpty())
            return {};
        auto jq = std::make_shared<JqProgram>(program);
        if (!jq->isValid())
            m_problems.append(Problem::error(path, u"jq does not compile: "_s + jq->error()));
        return jq;
    };
    for (qsizetype i = 0; i < m_scorecard.rules.size(); ++i) {
        const ScorecardRule &rule = m_scorecard.rules.at(i);
        const QString path = u"$.rules["_s + QString::number(i) + u']';
        Compiled::Rule r;
        r.filter = ConditionProgram(rule.filter);
        r.query = ConditionProgram(rule.query);
        r.hasQuery = !r.query.isEmpty();
        r.measuresProperty = !rule.measure.property.isEmpty();
        if (r.measuresProperty)
            r.measure = ValueSource::property(rule.measure.property);
        const bool needsMeasureJq = rule.kind != RuleKind::Binary && !r.measuresProperty;
        compiled->rules.push_back(std::move(r));
        m_ruleJq.append(rule.kind == RuleKind::Binary ? compileJq(rule.jq, path + u".jq"_s) : nullptr);
        m_measureJq.append(needsMeasureJq ? compileJq(rule.measure.jq, path + u".measure.jq"_s) : nullptr);
    }
    m_compiled = std::move(compiled);
}

ScorecardEvaluator::~ScorecardEvaluator() = default;

QStringList ScorecardEvaluator::propertiesRead() const
{
    QStringList names = Conditions::propertiesRead(m_scorecard.filter);
    const auto add = [&names](const QStringList &more) {
        for (const QString &name : more)
            if (!names.contains(name))
                names.append(name);
    };
    for (const ScorecardRule &rule : m_scorecard.rules) {
        add(Conditions::propertiesRead(rule.filter));
        add(Conditions::propertiesRead(rule.query));
        if (!rule.measure.property.isEmpty())
            add({rule.measure.property});
    }
    return names;
}

bool ScorecardEvaluator::needsDerivedValues(const Blueprint &blueprint) const
{
    const auto isDerived = [&](const QString &name) {
        return blueprint.mirror(name)
            || std::any_of(blueprint.calculations.begin(), blueprint.calculations.end(), [&](const CalculationDef &c) { return c.id == name; });
    };
    const QStringList names = propertiesRead();
    if (std::any_of(names.begin(), names.end(), isDerived))
        return true;
    // jq reads the whole entity, so it may read a mirror or calculation too.
    const bool usesJq = std::any_of(m_scorecard.rules.begin(), m_scorecard.rules.end(),
                                    [](const ScorecardRule &r) { return !r.jq.isEmpty() || !r.measure.jq.isEmpty(); });
    return usesJq && (!blueprint.mirrors.isEmpty() || !blueprint.calculations.isEmpty());
}

EntityScore ScorecardEvaluator::evaluate(const QJsonObject &entityJson, const QDateTime &now,
                                         const QList<Exemption> &exemptions) const
{
    EntityScore score;
    const ConditionEntity entity(entityJson);
    if (!m_compiled->filter.isEmpty() && !m_compiled->filter.matches(entity, now)) {
        score.inScope = false;
        return score;
    }
    score.rules.reserve(m_scorecard.rules.size());
    for (qsizetype i = 0; i < m_scorecard.rules.size(); ++i)
        score.rules.append(m_compiled->evaluate(i, entity, entityJson, now, exemptions));
    score.level = reachedLevel(m_scorecard, score.rules);
    score.points = earnedPoints(m_scorecard, score.rules);
    return score;
}

RuleResult ScorecardEvaluator::evaluateRule(const ScorecardRule &, int index, const QJsonObject &entityJson,
                                            const QDateTime &now, const QList<Exemption> &exemptions) const
{
    return m_compiled->evaluate(index, ConditionEntity(entityJson), entityJson, now, exemptions);
}

RuleResult ScorecardEvaluator::Compiled::evaluate(qsizetype index, const ConditionEntity &entity, const QJsonObject &entityJson,
                                                  const QDateTime &now, const QList<Exemption> &exemptions) const
{
    const ScorecardRule &rule = scorecard->rules.at(index);
    const Compiled::Rule &compiled = rules.at(size_t(index));
    RuleResult result;
    result.rule = rule.identifier;
    if (!compiled.filter.isEmpty() && !compiled.filter.matches(entity, now)) {
        result.outcome = RuleOutcome::NotApplicable;
        return result;
    }
    const bool upcoming = rule.effectiveFrom.isValid() && now < rule.effectiveFrom;
    if (!upcoming && !exemptions.isEmpty()) {
        for (const Exemption &e : exemptions) {
            if (e.rule == rule.identifier && (e.scorecard.isEmpty() || e.scorecard == scorecard->identifier) && e.isActive(now)) {
                result.outcome = RuleOutcome::Exempt;
                result.message = e.reason;
                return result;
            }
        }
    }

    Grade grade;
    const auto runJq = [&](const JqProgram &jq) -> QJsonValue {
        if (!jq.isValid()) {
            grade.error = true;
            grade.message = u"jq does not compile: "_s + jq.error();
            return {};
        }
        QString error;
        const QJsonValue v = jq.first(QJsonValue(entityJson), &error);
        if (!error.isEmpty()) {
            grade.error = true;
            grade.message = error;
        }
        return v;
    };
    if (rule.kind == RuleKind::Binary) {
        bool pass = !compiled.hasQuery || compiled.query.matches(entity, now);
        if (pass && ruleJq->at(index)) {
            const QJsonValue v = runJq(*ruleJq->at(index));
            pass = !grade.error && truthy(v);
        }
        grade.credit = pass ? 1 : 0;
    } else {
        if (compiled.measuresProperty)
            grade.value = compiled.measure.read(entity);
        else if (measureJq->at(index))
            grade.value = runJq(*measureJq->at(index));
        else {
            grade.error = true;
            grade.message = u"no measure"_s;
        }
        if (!grade.error) {
            if (!grade.value.isDouble()) {
                grade.message = u"no value"_s;
            } else if (rule.kind == RuleKind::Target) {
                if (std::isnan(rule.target)) {
                    grade.error = true;
                    grade.message = u"no target"_s;
                } else {
                    grade.credit = targetCredit(grade.value.toDouble(), rule.target, rule.lowerIsBetter);
                }
            } else {
                grade.credit = bandCredit(grade.value.toDouble(), rule.bands, rule.lowerIsBetter);
            }
        }
    }

    const bool passed = !grade.error && grade.credit >= kFull;
    result.credit = grade.error ? 0 : grade.credit;
    result.value = grade.value.isUndefined() ? QJsonValue() : grade.value;
    if (upcoming) {
        // Shown to owners before it counts: say what it would be.
        result.outcome = RuleOutcome::Upcoming;
        result.message = passed ? u"would pass"_s
                                : (grade.message.isEmpty() ? u"would fail"_s : u"would fail: "_s + grade.message);
        return result;
    }
    result.outcome = grade.error ? RuleOutcome::Error : (passed ? RuleOutcome::Pass : RuleOutcome::Fail);
    result.message = grade.message;
    return result;
}

} // namespace portolan
