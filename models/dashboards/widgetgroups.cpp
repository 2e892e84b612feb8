#include "widgetparts.h"

#include "store/catalogstore.h"
#include "store/propertyindexes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Group {
    QVariant key; // null: the entities without a value
    QString label;
    QList<double> values; // the valueProperty of each entity (calculations other than count)
    qint64 count = 0;
    double value = 0;
};

QJsonValue jsonKey(const QVariant &key, const WidgetField &field)
{
    if (field.type == "boolean"_L1)
        return key.toLongLong() != 0;
    if (field.isNumeric())
        return key.toDouble();
    return key.toString();
}

// The rule that picks a group's entities; `negate` picks everything else.
QJsonObject groupRule(const DashboardWidget &widget, const WidgetField &field, const Group &group, bool negate)
{
    const QString property = field.kind == WidgetField::Kind::Relation ? u"$relation."_s + field.id : widget.property;
    if (group.key.isNull())
        return {{u"property"_s, property}, {u"operator"_s, negate ? u"isNotEmpty"_s : u"isEmpty"_s}};
    if (field.kind == WidgetField::Kind::Team)
        return {{u"property"_s, property}, {u"operator"_s, negate ? u"!="_s : u"containsAny"_s},
                {u"value"_s, QJsonArray{group.key.toString()}}};
    return {{u"property"_s, property}, {u"operator"_s, negate ? u"!="_s : u"="_s}, {u"value"_s, jsonKey(group.key, field)}};
}

QString label(const QVariant &key, const WidgetField &field, const QString &title)
{
    if (key.isNull())
        return u"(none)"_s;
    if (!title.isEmpty())
        return title;
    if (field.type == "boolean"_L1)
        return key.toLongLong() ? u"true"_s : u"false"_s;
    if (field.isNumeric())
        return WidgetParts::formatNumber(key.toDouble());
    return key.toString();
}

QString enumColor(const Blueprint &blueprint, const WidgetField &field, const QString &label)
{
    if (field.kind != WidgetField::Kind::Property)
        return {};
    const PropertyDef *p = blueprint.property(field.id);
    return p ? p->enumColors.value(label).toString() : QString();
}

} // namespace

namespace WidgetParts {

WidgetData groups(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope)
{
    WidgetData data;
    const std::optional<WidgetField> field = WidgetFields::resolve(scope.blueprint, widget.property);
    if (!field) {
        data.error = u"$.property: the blueprint \"%1\" has no property \"%2\""_s.arg(scope.blueprint.identifier, widget.property);
        return data;
    }
    const QString calculation = widget.calculation.isEmpty() ? u"count"_s : widget.calculation;
    if (!WidgetFields::isCalculation(calculation)) {
        data.error = u"$.calculation: unknown calculation \"%1\""_s.arg(calculation);
        return data;
    }
    QString valueSql = u"NULL"_s;
    std::optional<WidgetField> valueField;
    if (calculation != "count"_L1) {
        valueField = WidgetFields::resolve(scope.blueprint, widget.valueProperty);
        if (!valueField || !valueField->isNumeric() || valueField->sql.isEmpty()) {
            data.error = u"$.valueProperty: \"%1\" is not a number property of \"%2\""_s.arg(widget.valueProperty, scope.blueprint.identifier);
            return data;
        }
        valueSql = u"CAST(%1 AS REAL)"_s.arg(valueField->sql);
    }
    // Inner: the widget's entities (their filter spelled on a bare `entities`); outer: one row per
    // group key. Count: grouped in SQL. Other calculations: (key, value) pairs, never whole entities.
    const QString inner = u"SELECT id AS eid, team AS eteam, %1 AS k, %2 AS v FROM entities WHERE %3"_s
                              .arg(field->sql.isEmpty() ? u"NULL"_s : field->sql, valueSql, scope.where);
    QString keyed;
    QVariantList values = scope.values;
    switch (field->kind) {
    case WidgetField::Kind::Team:
        keyed = u"SELECT t.value AS gk, NULL AS gt, e.v AS gv FROM (%1) e LEFT JOIN json_each(e.eteam) t"_s.arg(inner);
        break;
    case WidgetField::Kind::Relation:
        keyed = u"SELECT t.identifier AS gk, t.title AS gt, e.v AS gv FROM (%1) e LEFT JOIN relations r ON r.source = e.eid AND r.name = ?"
                " LEFT JOIN entities t ON t.id = r.target"_s.arg(inner);
        values.append(field->id);
        break;
    default:
        keyed = u"SELECT CASE WHEN e.k = '' THEN NULL ELSE e.k END AS gk, NULL AS gt, e.v AS gv FROM (%1) e"_s.arg(inner);
        break;
    }
    QString error;
    const QString statement = calculation == "count"_L1 ? u"SELECT gk, MAX(gt), COUNT(*) FROM (%1) GROUP BY gk"_s.arg(keyed)
                                                        : u"SELECT gk, gt, gv FROM (%1) WHERE gv IS NOT NULL"_s.arg(keyed);
    const QList<QVariantList> found = rows(store, statement, values, &error);
    if (!error.isEmpty()) {
        data.error = error;
        return data;
    }
    QList<Group> groups;
    QHash<QString, qsizetype> index; // key as text (null: "\x01none") → position in groups
    for (const QVariantList &row : found) {
        const QVariant key = row.value(0);
        const QString name = key.isNull() ? u"\x01none"_s : key.toString();
        qsizetype at = index.value(name, -1);
        if (at < 0) {
            at = groups.size();
            index.insert(name, at);
            groups.append({key, label(key, *field, row.value(1).toString()), {}, 0, 0});
        }
        if (calculation == "count"_L1)
            groups[at].count += row.value(2).toLongLong();
        else {
            groups[at].values.append(row.value(2).toDouble());
            ++groups[at].count;
        }
    }
    for (Group &g : groups)
        g.value = calculation == "count"_L1 ? double(g.count) : calculate(calculation, g.values).value_or(0);
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.value != b.value ? a.value > b.value : a.label < b.label;
    });
    const qsizetype most = widget.type == WidgetType::Pie ? 14 : 9;
    const qsizetype shown = groups.size() > most ? most - 1 : groups.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const Group &g = groups.at(i);
        data.slices.append({g.label, g.value, enumColor(scope.blueprint, *field, g.label),
                            scope.drill(groupRule(widget, *field, g, false), field->title + u" = "_s + g.label)});
    }
    if (shown < groups.size()) {
        // "Other": everything not shown, as one rule per shown group ("and not …").
        QJsonArray others;
        for (qsizetype i = 0; i < shown; ++i)
            others.append(groupRule(widget, *field, groups.at(i), true));
        const QJsonObject rest{{u"combinator"_s, u"and"_s}, {u"rules"_s, others}};
        double value = 0;
        QList<double> pooled;
        for (qsizetype i = shown; i < groups.size(); ++i) {
            value += groups.at(i).value;
            pooled += groups.at(i).values;
        }
        if (calculation != "count"_L1 && calculation != "sum"_L1)
            value = calculate(calculation, pooled).value_or(0);
        data.slices.append({u"Other"_s, value, {}, scope.drill(rest, u"other "_s + field->title.toLower())});
    }
    const QString what = calculation == "count"_L1 ? u"count of %1"_s.arg(scope.title.toLower())
                                                   : u"%1 of %2"_s.arg(calculation, valueField->title);
    data.footnote = u"%1 by %2; %3 groups%4"_s.arg(what, field->title).arg(groups.size())
                        .arg(shown < groups.size() ? u", the smallest %1 as \"Other\""_s.arg(groups.size() - shown) : QString());
    return data;
}

} // namespace WidgetParts
} // namespace portolan
