#include "tablecolumns.h"

#include "store/propertyindexes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::TableColumns", text);
}

// `json_extract(<json column>, '$."id"')`, spelled as PropertyIndexes spells property expressions.
QString jsonExpression(const QString &jsonColumn, const QString &id)
{
    return PropertyIndexes::propertyExpression(id).replace(u"json_extract(properties, "_s, u"json_extract(%1, "_s.arg(jsonColumn));
}

TableColumn meta(const QString &key, const QString &title, const QString &sql, const QString &format = {})
{
    TableColumn c;
    c.kind = TableColumn::Kind::Meta;
    c.key = c.id = key;
    c.title = title;
    c.sql = sql;
    c.property.id = key;
    c.property.type = u"string"_s;
    c.property.format = format;
    c.filterable = true;
    return c;
}

TableColumn column(TableColumn::Kind kind, const QString &id, const QString &title)
{
    TableColumn c;
    c.kind = kind;
    c.key = c.id = id;
    c.title = title.isEmpty() ? id : title;
    return c;
}

} // namespace

bool TableColumn::groupable() const
{
    if (key == "$team"_L1)
        return true;
    if (kind != Kind::Property)
        return false;
    return property.type == "boolean"_L1 || isEnum() || (property.type == "string"_L1 && (property.format.isEmpty() || property.format == "user"_L1 || property.format == "team"_L1));
}

namespace TableColumns {

QList<TableColumn> of(const Blueprint &blueprint)
{
    QList<TableColumn> columns{meta(u"$identifier"_s, tr("Identifier"), u"identifier"_s), meta(u"$title"_s, tr("Title"), u"title"_s)};
    for (const PropertyDef &p : blueprint.properties) {
        TableColumn c = column(TableColumn::Kind::Property, p.id, p.title);
        c.sql = PropertyIndexes::propertyExpression(p.id);
        c.property = p;
        c.filterable = true;
        columns.append(c);
    }
    for (const MirrorDef &m : blueprint.mirrors)
        columns.append(column(TableColumn::Kind::Mirror, m.id, m.title));
    for (const CalculationDef &calc : blueprint.calculations) {
        TableColumn c = column(TableColumn::Kind::Calculation, calc.id, calc.title);
        c.property.type = calc.type;
        c.property.format = calc.format;
        columns.append(c);
    }
    for (const AggregationDef &a : blueprint.aggregations) {
        TableColumn c = column(TableColumn::Kind::Aggregation, a.id, a.title);
        c.sql = jsonExpression(u"aggregations"_s, a.id);
        c.property.type = u"number"_s;
        columns.append(c);
    }
    for (const RelationDef &r : blueprint.relations) {
        TableColumn c = column(TableColumn::Kind::Relation, r.id, r.title);
        c.key = u"$relation."_s + r.id;
        c.sql = jsonExpression(u"relations"_s, r.id);
        c.target = r.target;
        // Filtered by the targets' identifiers through the relations table (EntityQuery).
        c.property.type = u"string"_s;
        c.filterable = true;
        columns.append(c);
    }
    columns.append(meta(u"$team"_s, tr("Team"), u"team"_s, u"team"_s));
    columns.append(meta(u"$createdAt"_s, tr("Created"), u"created_at"_s, u"date-time"_s));
    columns.append(meta(u"$updatedAt"_s, tr("Updated"), u"updated_at"_s, u"date-time"_s));
    return columns;
}

QStringList defaultKeys(const Blueprint &blueprint, const QList<TableColumn> &columns)
{
    QStringList keys;
    for (const TableColumn &c : columns) {
        const bool timestamp = c.key == "$createdAt"_L1 || c.key == "$updatedAt"_L1;
        if (!timestamp && (c.key != "$team"_L1 || !blueprint.ownership.isEmpty()))
            keys.append(c.key);
    }
    return keys;
}

int indexOf(const QList<TableColumn> &columns, const QString &key)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return int(i);
    }
    return -1;
}

} // namespace TableColumns
} // namespace portolan
