#include "widgetfields.h"

#include "query/rule.h"
#include "schema/blueprint.h"
#include "store/propertyindexes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Meta {
    QString column;
    QString title;
    QString format;
};

const QHash<QString, Meta> &metaFields()
{
    static const QHash<QString, Meta> fields{
        {u"$identifier"_s, {u"identifier"_s, u"Identifier"_s, {}}},
        {u"$title"_s, {u"title"_s, u"Title"_s, {}}},
        {u"$icon"_s, {u"icon"_s, u"Icon"_s, {}}},
        {u"$createdAt"_s, {u"created_at"_s, u"Created"_s, u"date-time"_s}},
        {u"$updatedAt"_s, {u"updated_at"_s, u"Updated"_s, u"date-time"_s}},
        {u"$createdBy"_s, {u"created_by"_s, u"Created by"_s, {}}},
        {u"$updatedBy"_s, {u"updated_by"_s, u"Updated by"_s, {}}},
    };
    return fields;
}

// Checks `property` names something of `blueprint`; `numeric`: it must hold numbers.
void checkProperty(const Blueprint &blueprint, const QString &property, const QString &path, bool numeric, Problems &problems)
{
    const std::optional<WidgetField> field = WidgetFields::resolve(blueprint, property);
    if (!field)
        problems.append(Problem::error(path, u"the blueprint \"%1\" has no property \"%2\""_s.arg(blueprint.identifier, property)));
    else if (numeric && !field->isNumeric())
        problems.append(Problem::error(path, u"\"%1\" of \"%2\" is not a number, so it cannot be summed or averaged"_s.arg(property, blueprint.identifier)));
}

void oneOf(const QString &value, const QStringList &allowed, const QString &path, const QString &what, Problems &problems)
{
    if (!allowed.contains(value))
        problems.append(Problem::error(path, u"unknown %1 \"%2\" (%3)"_s.arg(what, value, allowed.join(u", "_s))));
}

} // namespace

namespace WidgetFields {

std::optional<WidgetField> resolve(const Blueprint &blueprint, const QString &property)
{
    if (property == "$team"_L1)
        return WidgetField{WidgetField::Kind::Team, property, u"Team"_s, u"string"_s, {}, {}};
    if (const auto it = metaFields().constFind(property); it != metaFields().cend())
        return WidgetField{WidgetField::Kind::Meta, property, it->title, u"string"_s, it->format, it->column};
    for (const QString &prefix : {u"$relations."_s, u"$relation."_s})
        if (property.startsWith(prefix)) {
            const RelationDef *relation = blueprint.relation(property.mid(prefix.size()));
            if (!relation)
                return std::nullopt;
            return WidgetField{WidgetField::Kind::Relation, relation->id, relation->title.isEmpty() ? relation->id : relation->title,
                               u"string"_s, {}, {}};
        }
    if (const PropertyDef *p = blueprint.property(property))
        return WidgetField{WidgetField::Kind::Property, p->id, p->title.isEmpty() ? p->id : p->title, p->type, p->format,
                           PropertyIndexes::propertyExpression(p->id)};
    for (const AggregationDef &a : blueprint.aggregations)
        if (a.id == property)
            return WidgetField{WidgetField::Kind::Aggregation, a.id, a.title.isEmpty() ? a.id : a.title, u"number"_s, {},
                               u"json_extract(aggregations, %1)"_s.arg(PropertyIndexes::sqlLiteral(u"$.\""_s + a.id + u'"'))};
    return std::nullopt;
}

bool isCalculation(const QString &calculation)
{
    static const QStringList calculations{u"count"_s, u"sum"_s, u"average"_s, u"min"_s, u"max"_s, u"median"_s};
    return calculations.contains(calculation);
}

bool isColor(const QString &color)
{
    static const QRegularExpression pattern(u"^(#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}|[A-Za-z]+)$"_s);
    return pattern.match(color).hasMatch();
}

Problems check(const DashboardWidget &w, const QString &path, const QHash<QString, Blueprint> &blueprints,
               const QStringList &scorecards, const QStringList &initiatives)
{
    Problems problems;
    const bool entitySource = w.type == WidgetType::Number || w.type == WidgetType::Pie || w.type == WidgetType::Bar
                              || w.type == WidgetType::Table || (w.type == WidgetType::Line && (w.source.isEmpty() || w.source == "entities"_L1));
    const Blueprint *blueprint = nullptr;
    if (entitySource) {
        if (w.blueprint.isEmpty())
            problems.append(Problem::error(path + u".blueprint"_s, u"the widget needs a blueprint"_s));
        else if (const auto it = blueprints.constFind(w.blueprint); it != blueprints.cend())
            blueprint = &*it;
        else
            problems.append(Problem::error(path + u".blueprint"_s, u"unknown blueprint \"%1\""_s.arg(w.blueprint)));
        problems.append(RuleQuery::check(w.filter, path + u".filter"_s));
        if (!isCalculation(w.calculation))
            problems.append(Problem::error(path + u".calculation"_s, u"unknown calculation \"%1\" (count, sum, average, min, max, median)"_s.arg(w.calculation)));
    }
    const bool aggregate = w.calculation != "count"_L1;
    switch (w.type) {
    case WidgetType::Number:
        if (blueprint && aggregate) {
            if (w.property.isEmpty())
                problems.append(Problem::error(path + u".property"_s, u"a %1 needs the property to calculate"_s.arg(w.calculation)));
            else
                checkProperty(*blueprint, w.property, path + u".property"_s, true, problems);
        }
        for (qsizetype i = 0; i < w.colors.size(); ++i) {
            const ColorRule &c = w.colors.at(i);
            oneOf(c.op, {u"="_s, u"!="_s, u">"_s, u"<"_s, u">="_s, u"<="_s}, path + u".colors[%1].operator"_s.arg(i), u"operator"_s, problems);
            if (!isColor(c.color))
                problems.append(Problem::error(path + u".colors[%1].color"_s.arg(i), u"\"%1\" is not a colour (a palette name or #rrggbb)"_s.arg(c.color)));
        }
        break;
    case WidgetType::Pie:
    case WidgetType::Bar:
        if (w.property.isEmpty())
            problems.append(Problem::error(path + u".property"_s, u"a %1 chart needs the property to group by"_s.arg(widgetTypeName(w.type))));
        else if (blueprint)
            checkProperty(*blueprint, w.property, path + u".property"_s, false, problems);
        if (blueprint && aggregate)
            checkProperty(*blueprint, w.valueProperty, path + u".valueProperty"_s, true, problems);
        break;
    case WidgetType::Line:
        oneOf(w.source.isEmpty() ? u"entities"_s : w.source, {u"entities"_s, u"scorecard"_s, u"rules"_s, u"initiative"_s},
              path + u".source"_s, u"source"_s, problems);
        oneOf(w.bucket, {u"day"_s, u"week"_s, u"month"_s}, path + u".bucket"_s, u"bucket"_s, problems);
        if (w.days < 1 || w.days > 3660)
            problems.append(Problem::error(path + u".days"_s, u"days must be between 1 and 3660, not %1"_s.arg(w.days)));
        if (blueprint) {
            const std::optional<WidgetField> date = resolve(*blueprint, w.dateProperty.isEmpty() ? u"$createdAt"_s : w.dateProperty);
            if (!date || !date->isDate())
                problems.append(Problem::error(path + u".dateProperty"_s, u"\"%1\" is not a date property of \"%2\""_s.arg(w.dateProperty, w.blueprint)));
            if (aggregate)
                checkProperty(*blueprint, w.property, path + u".property"_s, true, problems);
        }
        if ((w.source == "scorecard"_L1 || w.source == "rules"_L1) && !scorecards.contains(w.scorecard))
            problems.append(Problem::error(path + u".scorecard"_s, u"unknown scorecard \"%1\""_s.arg(w.scorecard)));
        if (w.source == "initiative"_L1 && !initiatives.contains(w.initiative))
            problems.append(Problem::error(path + u".initiative"_s, u"unknown initiative \"%1\""_s.arg(w.initiative)));
        break;
    case WidgetType::Table:
        if (blueprint) {
            for (qsizetype i = 0; i < w.columns.size(); ++i)
                checkProperty(*blueprint, w.columns.at(i), path + u".columns[%1]"_s.arg(i), false, problems);
            for (qsizetype i = 0; i < w.sort.size(); ++i) {
                const QJsonObject s = w.sort.at(i).toObject();
                checkProperty(*blueprint, s.value("property"_L1).toString(), path + u".sort[%1].property"_s.arg(i), false, problems);
                // Relations are lists of links: a table cannot be ordered by them.
                if (const std::optional<WidgetField> f = resolve(*blueprint, s.value("property"_L1).toString()); f && f->kind == WidgetField::Kind::Relation)
                    problems.append(Problem::error(path + u".sort[%1].property"_s.arg(i),
                                                   u"a table cannot be sorted by \"%1\""_s.arg(s.value("property"_L1).toString())));
                oneOf(s.value("order"_L1).toString(u"asc"_s), {u"asc"_s, u"desc"_s}, path + u".sort[%1].order"_s.arg(i), u"order"_s, problems);
            }
        }
        if (w.limit < 1 || w.limit > 1000)
            problems.append(Problem::error(path + u".limit"_s, u"limit must be between 1 and 1000, not %1"_s.arg(w.limit)));
        break;
    case WidgetType::Markdown:
        break;
    case WidgetType::Scorecard:
        if (!scorecards.contains(w.scorecard))
            problems.append(Problem::error(path + u".scorecard"_s, u"unknown scorecard \"%1\""_s.arg(w.scorecard)));
        oneOf(w.show, {u"levels"_s, u"rules"_s, u"failing"_s}, path + u".show"_s, u"view"_s, problems);
        break;
    case WidgetType::Dora:
        oneOf(w.metric.isEmpty() ? u"all"_s : w.metric,
              {u"deploymentFrequency"_s, u"changeLeadTime"_s, u"changeFailRate"_s, u"recoveryTime"_s, u"reworkRate"_s, u"all"_s},
              path + u".metric"_s, u"DORA metric"_s, problems);
        oneOf(w.groupBy, {u"service"_s, u"team"_s, u"all"_s}, path + u".groupBy"_s, u"grouping"_s, problems);
        if (w.windowDays < 1 || w.windowDays > 3660)
            problems.append(Problem::error(path + u".windowDays"_s, u"windowDays must be between 1 and 3660, not %1"_s.arg(w.windowDays)));
        break;
    }
    return problems;
}

} // namespace WidgetFields
} // namespace portolan
