#include "tablefilter.h"

#include "tablecolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace portolan::TableFilter {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::TableFilter", text);
}

using V = FilterOperator::Value;

FilterOperator op(const char *id, const char *label, V value)
{
    return {QString::fromLatin1(id), tr(label), value};
}

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("true") : tr("false");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(valueText(v));
        return parts.join(u", "_s);
    }
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid() && value.toString().size() >= 16)
        return QLocale().toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
    return value.toString();
}

QJsonObject teamRule(const QString &op, const QJsonValue &team)
{
    // $team is stored as a JSON array of strings: a quoted identifier matches one element exactly.
    return {{u"property"_s, u"$team"_s}, {u"operator"_s, op}, {u"value"_s, QString(u'"' + team.toString() + u'"')}};
}

QJsonObject rewrite(const QJsonObject &rule)
{
    if (rule.contains("rules"_L1))
        return toEntityFilter(rule);
    const QString op = rule.value("operator"_L1).toString();
    const QJsonValue value = rule.value("value"_L1);
    if (rule.value("property"_L1).toString() == "$team"_L1) {
        if (op == "="_L1)
            return teamRule(u"contains"_s, value);
        if (op == "!="_L1)
            return teamRule(u"doesNotContains"_s, value);
        if (op == "in"_L1) {
            QJsonArray any;
            for (const QJsonValue &team : value.toArray())
                any.append(teamRule(u"contains"_s, team));
            return {{u"combinator"_s, u"or"_s}, {u"rules"_s, any}};
        }
    }
    if (op == "between"_L1) {
        const QJsonObject range = value.toObject();
        QJsonArray both;
        for (const auto &[key, cmp] : {std::pair{"from"_L1, u">="_s}, std::pair{"to"_L1, u"<="_s}}) {
            if (range.contains(key))
                both.append(QJsonObject{{u"property"_s, rule.value("property"_L1)}, {u"operator"_s, cmp}, {u"value"_s, range.value(key)}});
        }
        return {{u"combinator"_s, u"and"_s}, {u"rules"_s, both}};
    }
    return rule;
}

} // namespace

QList<FilterOperator> operatorsFor(const TableColumn &column)
{
    const QList<FilterOperator> empties{op("isEmpty", "is empty", V::None), op("isNotEmpty", "is not empty", V::None)};
    const PropertyDef &p = column.property;
    if (column.key == "$team"_L1)
        return QList<FilterOperator>{op("=", "is", V::Choice), op("!=", "is not", V::Choice)} + empties;
    if (column.isEnum())
        return QList<FilterOperator>{op("=", "is", V::Choice), op("!=", "is not", V::Choice)} + empties;
    if (p.type == "boolean"_L1)
        return {op("=", "is", V::Boolean)};
    if (p.type == "number"_L1)
        return QList<FilterOperator>{op("=", "=", V::Number), op("!=", "≠", V::Number), op(">", ">", V::Number),
                                     op("<", "<", V::Number), op(">=", "≥", V::Number), op("<=", "≤", V::Number)} + empties;
    if (p.format == "date-time"_L1 || p.format == "timer"_L1)
        return QList<FilterOperator>{op("between", "is between", V::DateRange), op(">", "is after", V::DateTime),
                                     op("<", "is before", V::DateTime)} + empties;
    return QList<FilterOperator>{op("contains", "contains", V::Text), op("=", "is", V::Text), op("!=", "is not", V::Text),
                                 op("doesNotContains", "does not contain", V::Text), op("beginsWith", "begins with", V::Text),
                                 op("endsWith", "ends with", V::Text)} + empties;
}

QString describe(const QJsonObject &rule, const QList<TableColumn> &columns)
{
    if (rule.contains("rules"_L1))
        return tr("a group of %1 rules").arg(rule.value("rules"_L1).toArray().size());
    const QString property = rule.value("property"_L1).toString();
    const int index = TableColumns::indexOf(columns, property);
    const QString title = index < 0 ? property : columns.at(index).title;
    QString label = rule.value("operator"_L1).toString();
    FilterOperator::Value kind = V::Text;
    if (index >= 0) {
        for (const FilterOperator &o : operatorsFor(columns.at(index))) {
            if (o.id == label) {
                label = o.label;
                kind = o.value;
            }
        }
    }
    const QJsonValue value = rule.value("value"_L1);
    if (kind == V::None)
        return title + u' ' + label;
    if (kind == V::DateRange)
        return tr("%1 between %2 and %3").arg(title, valueText(value[u"from"]), valueText(value[u"to"]));
    return title + u' ' + label + u' ' + valueText(value);
}

QJsonObject toEntityFilter(const QJsonObject &filter)
{
    if (filter.isEmpty())
        return filter;
    QJsonArray rules;
    for (const QJsonValue &r : filter.value("rules"_L1).toArray())
        rules.append(rewrite(r.toObject()));
    QJsonObject result = filter;
    result.insert(u"rules"_s, rules);
    return result;
}

QList<QJsonObject> rules(const QJsonObject &filter)
{
    QList<QJsonObject> result;
    for (const QJsonValue &r : filter.value("rules"_L1).toArray())
        result.append(r.toObject());
    return result;
}

QJsonObject make(const QList<QJsonObject> &rules, const QString &combinator)
{
    if (rules.isEmpty())
        return {};
    QJsonArray array;
    for (const QJsonObject &r : rules)
        array.append(r);
    return {{u"combinator"_s, combinator}, {u"rules"_s, array}};
}

} // namespace portolan::TableFilter
