#include "tablerowbuilder.h"

#include "catalog/namedirectory.h"
#include "store/catalogstore.h"
#include "store/entityrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

TableRowBuilder::TableRowBuilder(const CatalogStore &store, const Blueprint &blueprint, const QList<TableColumn> &columns,
                                 const NameDirectory &names)
    : m_store(store)
    , m_blueprint(blueprint)
    , m_columns(columns)
    , m_names(names)
    , m_derived(store)
{
}

QString TableRowBuilder::selectColumns()
{
    return EntityRow::columns() + u", aggregations"_s;
}

TableRowBuilder::Source TableRowBuilder::read(const QSqlQuery &query)
{
    constexpr int kAggregations = 12; // after EntityRow's columns
    return {query.value(0).toLongLong(), EntityRow::read(query),
            QJsonDocument::fromJson(query.value(kAggregations).toString().toUtf8()).object()};
}

TableRowBuilder::Titles TableRowBuilder::relationTitles(const QList<Source> &batch) const
{
    Titles titles;
    if (m_blueprint.relations.isEmpty() || batch.isEmpty())
        return titles;
    QStringList ids;
    for (const Source &s : batch)
        ids.append(QString::number(s.id));
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // Ids are integers from the store: inlined, so that any batch size fits in one statement.
    if (!q.exec(u"SELECT r.source, r.name, t.identifier, t.title FROM relations r JOIN entities t ON t.id = r.target"
                u" WHERE r.source IN (%1)"_s.arg(ids.join(u','))))
        return titles;
    while (q.next())
        titles[{q.value(0).toLongLong(), q.value(1).toString()}].insert(q.value(2).toString(), q.value(3).toString());
    return titles;
}

QList<TableRow> TableRowBuilder::build(const QList<Source> &batch, QList<QJsonObject> *raw) const
{
    const Titles titles = relationTitles(batch);
    const bool derived = !m_blueprint.mirrors.isEmpty() || !m_blueprint.calculations.isEmpty();
    QList<TableRow> rows;
    rows.reserve(batch.size());
    for (const Source &s : batch) {
        const Entity &e = s.entity;
        QJsonObject mirrors, calculated;
        if (derived) {
            mirrors = m_derived.mirrors(m_blueprint, e);
            calculated = m_derived.calculations(m_blueprint, e, mirrors);
        }
        TableRow row{s.id, e.identifier, {}};
        row.cells.reserve(m_columns.size());
        QJsonObject values;
        for (const TableColumn &c : m_columns) {
            QJsonValue value;
            DisplayValue cell;
            switch (c.kind) {
            case TableColumn::Kind::Meta:
                if (c.key == "$team"_L1) {
                    value = QJsonArray::fromStringList(e.team);
                    cell = ValueDisplay::teams(e.team, m_names);
                    break;
                }
                value = c.key == "$identifier"_L1 ? QJsonValue(e.identifier)
                    : c.key == "$title"_L1       ? QJsonValue(e.title)
                    : c.key == "$createdAt"_L1   ? QJsonValue(e.createdAt.toUTC().toString(Qt::ISODateWithMs))
                                                 : QJsonValue(e.updatedAt.toUTC().toString(Qt::ISODateWithMs));
                cell = ValueDisplay::untyped(value, c.property.format, m_names, m_now);
                break;
            case TableColumn::Kind::Property:
                value = e.properties.value(c.id);
                cell = ValueDisplay::property(c.property, value, m_names, m_now);
                break;
            case TableColumn::Kind::Mirror:
                value = mirrors.value(c.id);
                cell = ValueDisplay::untyped(value, {}, m_names, m_now);
                break;
            case TableColumn::Kind::Calculation:
                value = calculated.value(c.id);
                cell = ValueDisplay::untyped(value, c.property.format, m_names, m_now);
                break;
            case TableColumn::Kind::Aggregation:
                value = s.aggregations.value(c.id);
                cell = ValueDisplay::untyped(value, {}, m_names, m_now);
                break;
            case TableColumn::Kind::Relation:
                value = e.relations.value(c.id);
                cell = ValueDisplay::relation(c.target, value, titles.value({s.id, c.id}));
                break;
            }
            row.cells.append(cell);
            if (raw)
                values.insert(c.key, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
        }
        if (raw)
            raw->append(values);
        rows.append(row);
    }
    return rows;
}

} // namespace portolan
