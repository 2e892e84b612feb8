#include "conditions.h"

#include "conditionprogram.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool needsNoValue(ConditionOp op)
{
    return op == ConditionOp::IsEmpty || op == ConditionOp::IsNotEmpty;
}

bool isOrdering(ConditionOp op)
{
    return op == ConditionOp::Gt || op == ConditionOp::Lt || op == ConditionOp::Ge || op == ConditionOp::Le;
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

void checkRange(const QJsonValue &value, const QString &path, Problems &problems)
{
    if (!value.isObject()) {
        problems.append(Problem::error(path, u"must be {\"from\": date, \"to\": date} or {\"preset\": name}"_s));
        return;
    }
    const QJsonObject range = value.toObject();
    if (range.contains("preset"_L1)) {
        const QString preset = range.value("preset"_L1).toString();
        if (datePreset(preset) == DatePreset::None)
            problems.append(Problem::error(path + u".preset"_s, u"%1 is not one of %2"_s.arg(quoted(preset), datePresetNames().join(u", "_s))));
        return;
    }
    for (const auto *key : {"from", "to"}) {
        qint64 ms = 0;
        if (!parseIsoMilliseconds(range.value(QLatin1StringView(key)), &ms))
            problems.append(Problem::error(path + u'.' + QLatin1StringView(key), u"must be an ISO 8601 date such as \"2026-01-31\""_s));
    }
}

void checkCondition(const QJsonObject &condition, const QString &path, Problems &problems)
{
    const bool isRelation = condition.contains("relation"_L1);
    const QString subject = isRelation ? u"relation"_s : u"property"_s;
    if (condition.value(subject).toString().isEmpty())
        problems.append(Problem::error(path + u'.' + subject, u"is missing"_s));
    const QString opName = condition.value("operator"_L1).toString();
    const ConditionOp op = conditionOp(opName);
    if (op == ConditionOp::Unknown) {
        problems.append(Problem::error(path + u".operator"_s,
                                       u"%1 is not one of %2"_s.arg(quoted(opName), Conditions::operators().join(u", "_s))));
        return;
    }
    const QJsonValue value = condition.value("value"_L1);
    const QString valuePath = path + u".value"_s;
    if (isRelation) {
        // A relation condition compares how many entities it names.
        if (!needsNoValue(op) && op != ConditionOp::Eq && op != ConditionOp::Ne && !isOrdering(op))
            problems.append(Problem::error(path + u".operator"_s, u"a relation condition counts related entities: use = != > < >= <= isEmpty or isNotEmpty"_s));
        else if (!needsNoValue(op) && !value.isDouble())
            problems.append(Problem::error(valuePath, u"must be a number of related entities"_s));
        return;
    }
    if (needsNoValue(op))
        return;
    if (value.isUndefined()) {
        problems.append(Problem::error(valuePath, u"is missing"_s));
        return;
    }
    if (op == ConditionOp::Between || op == ConditionOp::NotBetween)
        checkRange(value, valuePath, problems);
    else if ((op == ConditionOp::In || op == ConditionOp::ContainsAny) && !value.isArray())
        problems.append(Problem::error(valuePath, u"must be a list of values"_s));
    else if (isOrdering(op) && !value.isDouble() && !value.isString())
        problems.append(Problem::error(valuePath, u"must be a number or a date"_s));
}

void collectProperties(const QJsonObject &query, QStringList &out)
{
    for (const QJsonValue &c : query.value("conditions"_L1).toArray()) {
        const QJsonObject condition = c.toObject();
        QString name;
        if (condition.contains("conditions"_L1))
            collectProperties(condition, out);
        else if (condition.contains("relation"_L1))
            name = u"$relations."_s + condition.value("relation"_L1).toString();
        else
            name = condition.value("property"_L1).toString();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
}

} // namespace

bool Conditions::matches(const QJsonObject &query, const QJsonObject &entityJson, const QDateTime &now)
{
    return ConditionProgram(query).matches(entityJson, now);
}

bool Conditions::conditionMatches(const QJsonObject &condition, const QJsonObject &entityJson, const QDateTime &now)
{
    if (condition.contains("conditions"_L1))
        return matches(condition, entityJson, now);
    const QJsonObject single{{u"combinator"_s, u"and"_s}, {u"conditions"_s, QJsonArray{condition}}};
    return matches(single, entityJson, now);
}

QJsonValue Conditions::valueOf(const QJsonObject &entityJson, const QString &property)
{
    return ValueSource::property(property).read(ConditionEntity(entityJson));
}

Problems Conditions::check(const QJsonObject &query, const QString &path)
{
    Problems problems;
    const QString combinator = query.value("combinator"_L1).toString(u"and"_s);
    if (combinator != "and"_L1 && combinator != "or"_L1)
        problems.append(Problem::error(path + u".combinator"_s, u"must be \"and\" or \"or\""_s));
    const QJsonValue conditions = query.value("conditions"_L1);
    if (!conditions.isUndefined() && !conditions.isArray()) {
        problems.append(Problem::error(path + u".conditions"_s, u"must be a list of conditions"_s));
        return problems;
    }
    const QJsonArray list = conditions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString conditionPath = path + u".conditions["_s + QString::number(i) + u']';
        if (!list.at(i).isObject()) {
            problems.append(Problem::error(conditionPath, u"must be an object {property, operator, value}"_s));
            continue;
        }
        const QJsonObject condition = list.at(i).toObject();
        if (condition.contains("conditions"_L1))
            problems.append(check(condition, conditionPath));
        else
            checkCondition(condition, conditionPath, problems);
    }
    return problems;
}

QStringList Conditions::propertiesRead(const QJsonObject &query)
{
    QStringList out;
    collectProperties(query, out);
    return out;
}

const QStringList &Conditions::operators()
{
    static const QStringList names{u"="_s,          u"!="_s,          u">"_s,           u"<"_s,
                                   u">="_s,         u"<="_s,          u"contains"_s,    u"doesNotContains"_s,
                                   u"beginsWith"_s, u"doesNotBeginsWith"_s, u"endsWith"_s, u"doesNotEndsWith"_s,
                                   u"in"_s,         u"containsAny"_s, u"isEmpty"_s,     u"isNotEmpty"_s,
                                   u"between"_s,    u"notBetween"_s};
    return names;
}

} // namespace portolan
