#include "rule.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kOperators{u"="_s,          u"!="_s,       u">"_s,         u"<"_s,           u">="_s,
                             u"<="_s,         u"contains"_s, u"doesNotContains"_s, u"beginsWith"_s,
                             u"doesNotBeginsWith"_s, u"endsWith"_s, u"doesNotEndsWith"_s, u"containsAny"_s,
                             u"in"_s,         u"isEmpty"_s,  u"isNotEmpty"_s};

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

int compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return a.toVariant().toString().compare(b.toVariant().toString());
}

bool contains(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isArray())
        return haystack.toArray().contains(needle);
    return haystack.toString().contains(needle.toString());
}

} // namespace

QJsonValue RuleQuery::valueOf(const QJsonObject &entity, const QString &property)
{
    // Meta-properties: $createdAt… are keys of an entity's JSON as they are; $identifier, $title,
    // $team, $icon and $blueprint are the plain keys.
    if (property.startsWith(u'$'))
        return entity.contains(property) ? entity.value(property) : entity.value(property.mid(1));
    return entity.value("properties"_L1).toObject().value(property);
}

bool RuleQuery::ruleMatches(const QJsonObject &rule, const QJsonObject &entity)
{
    if (rule.contains("rules"_L1))
        return matches(rule, entity);
    const QString op = rule.value("operator"_L1).toString();
    const QJsonValue actual = valueOf(entity, rule.value("property"_L1).toString());
    const QJsonValue expected = rule.value("value"_L1);
    if (op == "="_L1) return actual == expected;
    if (op == "!="_L1) return actual != expected;
    if (op == "isEmpty"_L1) return isEmptyValue(actual);
    if (op == "isNotEmpty"_L1) return !isEmptyValue(actual);
    if (actual.isUndefined() || actual.isNull()) return op.startsWith("doesNot"_L1);
    if (op == ">"_L1) return compare(actual, expected) > 0;
    if (op == "<"_L1) return compare(actual, expected) < 0;
    if (op == ">="_L1) return compare(actual, expected) >= 0;
    if (op == "<="_L1) return compare(actual, expected) <= 0;
    if (op == "contains"_L1) return contains(actual, expected);
    if (op == "doesNotContains"_L1) return !contains(actual, expected);
    if (op == "beginsWith"_L1) return actual.toString().startsWith(expected.toString());
    if (op == "doesNotBeginsWith"_L1) return !actual.toString().startsWith(expected.toString());
    if (op == "endsWith"_L1) return actual.toString().endsWith(expected.toString());
    if (op == "doesNotEndsWith"_L1) return !actual.toString().endsWith(expected.toString());
    if (op == "in"_L1) return expected.toArray().contains(actual);
    if (op == "containsAny"_L1) {
        const QJsonArray wanted = expected.toArray();
        return std::any_of(wanted.begin(), wanted.end(), [&](const QJsonValue &w) { return contains(actual, w); });
    }
    return false;
}

bool RuleQuery::matches(const QJsonObject &query, const QJsonObject &entity)
{
    const QJsonArray rules = query.value("rules"_L1).toArray();
    if (rules.isEmpty())
        return true;
    const bool any = query.value("combinator"_L1).toString() == "or"_L1;
    for (const QJsonValue &rule : rules) {
        const bool hit = ruleMatches(rule.toObject(), entity);
        if (any && hit)
            return true;
        if (!any && !hit)
            return false;
    }
    return !any;
}

Problems RuleQuery::check(const QJsonObject &query, const QString &path)
{
    Problems problems;
    const QString combinator = query.value("combinator"_L1).toString(u"and"_s);
    if (combinator != "and"_L1 && combinator != "or"_L1)
        problems.append(Problem::error(path + u".combinator"_s, u"must be \"and\" or \"or\""_s));
    const QJsonArray rules = query.value("rules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rulePath = path + u".rules["_s + QString::number(i) + u']';
        const QJsonObject rule = rules.at(i).toObject();
        if (rule.contains("rules"_L1)) {
            problems.append(check(rule, rulePath));
            continue;
        }
        if (rule.value("property"_L1).toString().isEmpty())
            problems.append(Problem::error(rulePath + u".property"_s, u"is missing"_s));
        if (!kOperators.contains(rule.value("operator"_L1).toString()))
            problems.append(Problem::error(rulePath + u".operator"_s,
                                           u"\"%1\" is not one of %2"_s.arg(rule.value("operator"_L1).toString(), kOperators.join(u", "_s))));
    }
    return problems;
}

} // namespace portolan
