#include "conditionprogram.h"

#include "conditions.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// Numbers compare as numbers (1 and 1.0 are equal); anything else as JSON.
bool equalValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isUndefined() || a.isNull())
        return b.isUndefined() || b.isNull();
    return a == b;
}

bool arrayHas(const QJsonArray &array, const QJsonValue &needle)
{
    return std::any_of(array.begin(), array.end(), [&](const QJsonValue &v) { return equalValues(v, needle); });
}

bool containsValue(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isArray())
        return arrayHas(haystack.toArray(), needle);
    if (haystack.isString() && needle.isString())
        return haystack.toString().contains(needle.toString());
    return false;
}

} // namespace

ConditionEntity::ConditionEntity(const QJsonObject &entityJson)
    : json(entityJson)
    , properties(entityJson.value("properties"_L1).toObject())
{
}

const QJsonObject &ConditionEntity::relations() const
{
    if (!m_relationsRead) {
        m_relations = json.value("relations"_L1).toObject();
        m_relationsRead = true;
    }
    return m_relations;
}

ValueSource ValueSource::property(const QString &name)
{
    ValueSource s;
    if (name.startsWith("$relations."_L1)) {
        s.kind = Kind::RelationCount;
        s.key = name.mid(11);
    } else if (name.startsWith(u'$')) {
        s.kind = Kind::Meta;
        s.key = name;
        s.plainKey = name.mid(1);
    } else {
        s.key = name;
    }
    return s;
}

ValueSource ValueSource::relation(const QString &name)
{
    ValueSource s;
    s.kind = Kind::RelationCount;
    s.key = name;
    return s;
}

int relationCount(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().isEmpty() ? 0 : 1;
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

QJsonValue ValueSource::read(const ConditionEntity &entity) const
{
    switch (kind) {
    case Kind::Property:
        return entity.properties.value(key);
    case Kind::Meta: {
        // Like RuleQuery::valueOf: "$createdAt" is a key as it is, "$identifier" is "identifier".
        const QJsonValue v = entity.json.value(key);
        return v.isUndefined() ? entity.json.value(plainKey) : v;
    }
    case Kind::RelationCount:
        return relationCount(entity.relations().value(key));
    }
    return {};
}

ConditionOp conditionOp(const QString &name)
{
    const qsizetype i = Conditions::operators().indexOf(name); // the same order as ConditionOp
    return i < 0 ? ConditionOp::Unknown : ConditionOp(i);
}

ConditionProgram::ConditionProgram(const QJsonObject &query)
    : m_root(compileGroup(query))
{
}

ConditionProgram::Node ConditionProgram::compileGroup(const QJsonObject &group)
{
    Node node;
    node.isGroup = true;
    node.any = group.value("combinator"_L1).toString() == "or"_L1;
    const QJsonArray conditions = group.value("conditions"_L1).toArray();
    node.children.reserve(size_t(conditions.size()));
    for (const QJsonValue &c : conditions) {
        const QJsonObject condition = c.toObject();
        node.children.push_back(condition.contains("conditions"_L1) ? compileGroup(condition) : compileLeaf(condition));
    }
    return node;
}

ConditionProgram::Node ConditionProgram::compileLeaf(const QJsonObject &condition)
{
    Node leaf;
    leaf.source = condition.contains("relation"_L1) ? ValueSource::relation(condition.value("relation"_L1).toString())
                                                     : ValueSource::property(condition.value("property"_L1).toString());
    leaf.op = conditionOp(condition.value("operator"_L1).toString());
    leaf.expected = condition.value("value"_L1);
    leaf.expectedIsNumber = leaf.expected.isDouble();
    leaf.expectedNumber = leaf.expected.toDouble();
    leaf.expectedString = leaf.expected.toString();
    leaf.expectedList = leaf.expected.toArray();
    leaf.expectedIsDate = parseIsoMilliseconds(QStringView(leaf.expectedString), &leaf.expectedMs);
    if (leaf.op == ConditionOp::Between || leaf.op == ConditionOp::NotBetween) {
        const QJsonObject range = leaf.expected.toObject();
        leaf.preset = datePreset(range.value("preset"_L1).toString());
        if (leaf.preset == DatePreset::None)
            leaf.hasRange = parseIsoMilliseconds(range.value("from"_L1), &leaf.fromMs)
                && parseIsoMilliseconds(range.value("to"_L1), &leaf.toMs, true);
    }
    return leaf;
}

bool ConditionProgram::matches(const QJsonObject &entityJson, const QDateTime &now) const
{
    return matches(ConditionEntity(entityJson), now);
}

bool ConditionProgram::matches(const ConditionEntity &entity, const QDateTime &now) const
{
    return evaluate(m_root, entity, now);
}

bool ConditionProgram::evaluate(const Node &node, const ConditionEntity &entity, const QDateTime &now)
{
    if (!node.isGroup)
        return evaluateLeaf(node, entity, now);
    if (node.children.empty())
        return true;
    for (const Node &child : node.children) {
        const bool hit = evaluate(child, entity, now);
        if (node.any && hit)
            return true;
        if (!node.any && !hit)
            return false;
    }
    return !node.any;
}

bool ConditionProgram::evaluateLeaf(const Node &leaf, const ConditionEntity &entity, const QDateTime &now)
{
    const QJsonValue actual = leaf.source.read(entity);
    // -1, 0, 1, or 2 when the two cannot be ordered (a string against a number, a missing value).
    const auto order = [&]() -> int {
        if (actual.isDouble()) {
            if (!leaf.expectedIsNumber)
                return 2;
            const double a = actual.toDouble();
            return a < leaf.expectedNumber ? -1 : (a > leaf.expectedNumber ? 1 : 0);
        }
        if (!actual.isString() || leaf.expectedIsNumber || !leaf.expected.isString())
            return 2;
        qint64 ms = 0;
        if (leaf.expectedIsDate && parseIsoMilliseconds(actual, &ms))
            return ms < leaf.expectedMs ? -1 : (ms > leaf.expectedMs ? 1 : 0);
        const int c = actual.toString().compare(leaf.expectedString);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    };
    const bool missing = actual.isUndefined() || actual.isNull();
    switch (leaf.op) {
    case ConditionOp::Eq: return equalValues(actual, leaf.expected);
    case ConditionOp::Ne: return !equalValues(actual, leaf.expected);
    case ConditionOp::IsEmpty:
    case ConditionOp::IsNotEmpty: {
        // A relation is empty when it names no entity (its count is 0).
        const bool empty = leaf.source.kind == ValueSource::Kind::RelationCount ? actual.toDouble() == 0 : isEmptyValue(actual);
        return leaf.op == ConditionOp::IsEmpty ? empty : !empty;
    }
    case ConditionOp::Gt: { const int o = order(); return o != 2 && o > 0; }
    case ConditionOp::Lt: { const int o = order(); return o != 2 && o < 0; }
    case ConditionOp::Ge: { const int o = order(); return o != 2 && o >= 0; }
    case ConditionOp::Le: { const int o = order(); return o != 2 && o <= 0; }
    case ConditionOp::Contains: return containsValue(actual, leaf.expected);
    // Port's "does not" operators hold for a missing value: it contains nothing.
    case ConditionOp::DoesNotContain: return !containsValue(actual, leaf.expected);
    case ConditionOp::BeginsWith: return actual.isString() && actual.toString().startsWith(leaf.expectedString);
    case ConditionOp::DoesNotBeginWith: return !(actual.isString() && actual.toString().startsWith(leaf.expectedString));
    case ConditionOp::EndsWith: return actual.isString() && actual.toString().endsWith(leaf.expectedString);
    case ConditionOp::DoesNotEndWith: return !(actual.isString() && actual.toString().endsWith(leaf.expectedString));
    case ConditionOp::In:
        if (missing)
            return false;
        if (actual.isArray()) {
            const QJsonArray values = actual.toArray();
            return std::any_of(values.begin(), values.end(), [&](const QJsonValue &v) { return arrayHas(leaf.expectedList, v); });
        }
        return arrayHas(leaf.expectedList, actual);
    case ConditionOp::ContainsAny:
        return std::any_of(leaf.expectedList.begin(), leaf.expectedList.end(),
                           [&](const QJsonValue &w) { return containsValue(actual, w); });
    case ConditionOp::Between:
    case ConditionOp::NotBetween: {
        qint64 from = leaf.fromMs, to = leaf.toMs;
        if (leaf.preset != DatePreset::None)
            presetRange(leaf.preset, now, &from, &to);
        else if (!leaf.hasRange)
            return false; // a malformed range matches nothing either way; check() reports it
        qint64 ms = 0;
        const bool inside = parseIsoMilliseconds(actual, &ms) && ms >= from && ms <= to;
        return leaf.op == ConditionOp::Between ? inside : !inside;
    }
    case ConditionOp::Unknown: break;
    }
    return false;
}

} // namespace portolan
