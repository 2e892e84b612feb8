// validateScorecard: everything wrong with a scorecard, each with the JSON path an editor can point at.
#include "scorecard.h"

#include "jq/jqprogram.h"
#include "scoring/conditions.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kMetaProperties{u"$identifier"_s, u"$title"_s,     u"$team"_s,      u"$createdAt"_s, u"$updatedAt"_s,
                                  u"$icon"_s,       u"$blueprint"_s, u"$createdBy"_s, u"$updatedBy"_s};

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// Stored, mirror, calculation and aggregation properties, meta-properties, and "$relations.<name>".
QString propertyProblem(const Blueprint &blueprint, const QString &property)
{
    if (property.startsWith("$relations."_L1)) {
        const QString relation = property.mid(11);
        return blueprint.relation(relation) ? QString() : u"no relation %1 on blueprint %2"_s.arg(quoted(relation), quoted(blueprint.identifier));
    }
    if (property.startsWith(u'$'))
        return kMetaProperties.contains(property) ? QString() : u"no meta-property %1 (use one of %2)"_s.arg(quoted(property), kMetaProperties.join(u", "_s));
    const bool known = blueprint.property(property) || blueprint.mirror(property)
        || std::any_of(blueprint.calculations.begin(), blueprint.calculations.end(), [&](const CalculationDef &c) { return c.id == property; })
        || std::any_of(blueprint.aggregations.begin(), blueprint.aggregations.end(), [&](const AggregationDef &a) { return a.id == property; });
    return known ? QString() : u"no property %1 on blueprint %2"_s.arg(quoted(property), quoted(blueprint.identifier));
}

// Walks a {combinator, conditions} query and reports properties and relations the blueprint lacks.
void checkNames(const QJsonObject &query, const QString &path, const Blueprint &blueprint, Problems &problems)
{
    const QJsonArray conditions = query.value("conditions"_L1).toArray();
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString conditionPath = path + u".conditions["_s + QString::number(i) + u']';
        const QJsonObject condition = conditions.at(i).toObject();
        if (condition.contains("conditions"_L1)) {
            checkNames(condition, conditionPath, blueprint, problems);
        } else if (condition.contains("relation"_L1)) {
            const QString relation = condition.value("relation"_L1).toString();
            if (!relation.isEmpty() && !blueprint.relation(relation))
                problems.append(Problem::error(conditionPath + u".relation"_s,
                                               u"no relation %1 on blueprint %2"_s.arg(quoted(relation), quoted(blueprint.identifier))));
        } else {
            const QString property = condition.value("property"_L1).toString();
            const QString problem = property.isEmpty() ? QString() : propertyProblem(blueprint, property);
            if (!problem.isEmpty())
                problems.append(Problem::error(conditionPath + u".property"_s, problem));
        }
    }
}

void checkQuery(const QJsonObject &query, const QString &path, const Blueprint *blueprint, Problems &problems)
{
    if (query.isEmpty())
        return;
    problems.append(Conditions::check(query, path));
    if (blueprint)
        checkNames(query, path, *blueprint, problems);
}

void checkJq(const QString &program, const QString &path, Problems &problems)
{
    if (program.isEmpty())
        return;
    const JqProgram jq(program);
    if (!jq.isValid())
        problems.append(Problem::error(path, u"jq does not compile: "_s + jq.error()));
}

bool hasConditions(const QJsonObject &query)
{
    return !query.value("conditions"_L1).toArray().isEmpty();
}

void checkRule(const Scorecard &card, const ScorecardRule &rule, const QString &path, const Blueprint *blueprint, Problems &problems)
{
    if (rule.identifier.isEmpty())
        problems.append(Problem::error(path + u".identifier"_s, u"is missing"_s));
    if (rule.title.isEmpty())
        problems.append(Problem::error(path + u".title"_s, u"is missing"_s));
    const int level = card.levelIndex(rule.level);
    if (level < 0)
        problems.append(Problem::error(path + u".level"_s, u"no level %1 (levels: %2)"_s.arg(quoted(rule.level), [&] {
            QStringList titles;
            for (const ScorecardLevel &l : card.levels)
                titles.append(l.title);
            return titles.join(u", "_s);
        }())));
    else if (level == 0)
        problems.append(Problem::error(path + u".level"_s, u"rules may not sit on the first level %1: everyone starts there"_s.arg(quoted(rule.level))));
    checkQuery(rule.query, path + u".query"_s, blueprint, problems);
    checkQuery(rule.filter, path + u".filter"_s, blueprint, problems);
    checkJq(rule.jq, path + u".jq"_s, problems);
    checkJq(rule.measure.jq, path + u".measure.jq"_s, problems);
    if (blueprint && !rule.measure.property.isEmpty()) {
        const QString problem = propertyProblem(*blueprint, rule.measure.property);
        if (!problem.isEmpty())
            problems.append(Problem::error(path + u".measure.property"_s, problem));
    }
    if (!(rule.weight > 0))
        problems.append(Problem::error(path + u".weight"_s, u"must be above 0"_s));
    switch (rule.kind) {
    case RuleKind::Binary:
        if (!hasConditions(rule.query) && rule.jq.isEmpty())
            problems.append(Problem::error(path + u".query"_s, u"a binary rule needs a query with conditions or a jq expression"_s));
        break;
    case RuleKind::Target:
        if (rule.measure.isEmpty())
            problems.append(Problem::error(path + u".measure"_s, u"a target rule needs a measure: {\"property\": name} or {\"jq\": expression}"_s));
        if (std::isnan(rule.target))
            problems.append(Problem::error(path + u".target"_s, u"a target rule needs a target number"_s));
        break;
    case RuleKind::Threshold:
        if (rule.measure.isEmpty())
            problems.append(Problem::error(path + u".measure"_s, u"a threshold rule needs a measure: {\"property\": name} or {\"jq\": expression}"_s));
        if (rule.bands.isEmpty())
            problems.append(Problem::error(path + u".bands"_s, u"a threshold rule needs at least one band {from, credit}"_s));
        for (qsizetype b = 0; b < rule.bands.size(); ++b)
            if (!(rule.bands.at(b).credit >= 0 && rule.bands.at(b).credit <= 1))
                problems.append(Problem::error(path + u".bands["_s + QString::number(b) + u"].credit"_s, u"must be between 0 and 1"_s));
        break;
    }
}

} // namespace

Problems validateScorecard(const Scorecard &card, const QHash<QString, Blueprint> &blueprints)
{
    Problems problems;
    if (card.identifier.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"is missing"_s));
    if (card.title.isEmpty())
        problems.append(Problem::error(u"$.title"_s, u"is missing"_s));
    const auto found = blueprints.constFind(card.blueprint);
    const Blueprint *blueprint = found == blueprints.cend() ? nullptr : &found.value();
    if (card.blueprint.isEmpty())
        problems.append(Problem::error(u"$.blueprint"_s, u"is missing"_s));
    else if (!blueprint)
        problems.append(Problem::error(u"$.blueprint"_s, u"no blueprint %1"_s.arg(quoted(card.blueprint))));
    QStringList levelTitles;
    for (qsizetype i = 0; i < card.levels.size(); ++i) {
        const QString title = card.levels.at(i).title;
        const QString levelPath = u"$.levels["_s + QString::number(i) + u"].title"_s;
        if (title.isEmpty())
            problems.append(Problem::error(levelPath, u"is missing"_s));
        else if (levelTitles.contains(title))
            problems.append(Problem::error(levelPath, u"level %1 appears twice"_s.arg(quoted(title))));
        levelTitles.append(title);
    }
    checkQuery(card.filter, u"$.filter"_s, blueprint, problems);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < card.rules.size(); ++i) {
        const ScorecardRule &rule = card.rules.at(i);
        const QString path = u"$.rules["_s + QString::number(i) + u']';
        if (!rule.identifier.isEmpty()) {
            if (seen.contains(rule.identifier))
                problems.append(Problem::error(path + u".identifier"_s, u"rule %1 is already defined at $.rules[%2]"_s
                                                                         .arg(quoted(rule.identifier)).arg(seen.value(rule.identifier))));
            else
                seen.insert(rule.identifier, i);
        }
        checkRule(card, rule, path, blueprint, problems);
    }
    return problems;
}

} // namespace portolan
