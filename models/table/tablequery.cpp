#include "tablequery.h"

#include "store/searchquery.h"
#include "tablefilter.h"

using namespace Qt::StringLiterals;

namespace portolan {

TableQuery::TableQuery(TableSpec spec)
    : m_spec(std::move(spec))
{
}

bool TableQuery::hasText() const
{
    return !SearchQuery::toFts(m_spec.state.text).isEmpty();
}

bool TableQuery::hasFilter() const
{
    return !TableFilter::rules(m_spec.state.filter).isEmpty() || m_spec.state.myTeams || m_group.has_value();
}

EntityQuery::Sql TableQuery::where() const
{
    EntityQuery query;
    query.blueprint = m_spec.blueprint.identifier;
    query.filter = TableFilter::toEntityFilter(m_spec.state.filter);
    query.text = m_spec.state.text;
    EntityQuery::Sql sql = query.toWhereSql();
    if (m_spec.state.myTeams) {
        QStringList marks;
        for (const QString &team : m_spec.myTeams) {
            sql.values.append(team);
            marks.append(u"?"_s);
        }
        sql.statement += marks.isEmpty() ? u" AND 0"_s
                                         : u" AND EXISTS (SELECT 1 FROM json_each(entities.team) WHERE value IN (%1))"_s.arg(marks.join(u", "_s));
    }
    if (m_group) {
        if (const TableColumn *column = groupColumn()) {
            sql.statement += u" AND "_s + column->sql + u" IS ?"_s;
            sql.values.append(*m_group);
        }
    }
    return sql;
}

const TableColumn *TableQuery::groupColumn() const
{
    const int i = TableColumns::indexOf(m_spec.columns, m_spec.state.groupBy);
    return i >= 0 && m_spec.columns.at(i).groupable() ? &m_spec.columns.at(i) : nullptr;
}

QList<std::pair<const TableColumn *, bool>> TableQuery::sortColumns() const
{
    QList<std::pair<const TableColumn *, bool>> keys;
    for (const SortKey &key : m_spec.state.sort) {
        const int i = TableColumns::indexOf(m_spec.columns, key.column);
        if (i < 0 || !m_spec.columns.at(i).sortable())
            continue;
        keys.append({&m_spec.columns.at(i), key.ascending});
        if (key.column == "$identifier"_L1)
            break; // unique within a blueprint: later keys never decide
    }
    return keys;
}

QStringList TableQuery::indexTerms() const
{
    const auto keys = sortColumns();
    if (keys.isEmpty() || keys.first().first->key == "$identifier"_L1)
        return {};
    QStringList terms;
    for (const auto &[column, ascending] : keys)
        terms.append(column->sql + (ascending != keys.first().second ? u" DESC"_s : QString()));
    return terms;
}

QStringList TableQuery::sortTitles() const
{
    QStringList titles;
    for (const auto &key : sortColumns())
        titles.append(key.first->title);
    return titles;
}

QString TableQuery::orderBy() const
{
    const auto keys = sortColumns();
    if (keys.isEmpty())
        return u"identifier"_s;
    QStringList terms;
    for (const auto &[column, ascending] : keys)
        terms.append(column->sql + (ascending ? u" ASC"_s : u" DESC"_s));
    if (keys.last().first->key != "$identifier"_L1)
        terms.append(keys.first().second ? u"id ASC"_s : u"id DESC"_s);
    return terms.join(u", "_s);
}

EntityQuery::Sql TableQuery::page(const QString &columns, int limit, int offset, const QString &index) const
{
    EntityQuery::Sql sql = where();
    const QString indexed = index.isEmpty() ? QString() : u" INDEXED BY "_s + index;
    sql.statement = u"SELECT "_s + columns + u" FROM entities"_s + indexed + u" WHERE "_s + sql.statement + u" ORDER BY "_s + orderBy();
    if (limit >= 0) {
        sql.statement += u" LIMIT ? OFFSET ?"_s;
        sql.values.append(limit);
        sql.values.append(offset);
    }
    return sql;
}

EntityQuery::Sql TableQuery::count() const
{
    EntityQuery::Sql sql = where();
    sql.statement = u"SELECT COUNT(*) FROM entities WHERE "_s + sql.statement;
    return sql;
}

EntityQuery::Sql TableQuery::groups() const
{
    EntityQuery::Sql sql = where();
    const TableColumn *column = groupColumn();
    const QString expression = column ? column->sql : u"NULL"_s;
    sql.statement = u"SELECT %1, COUNT(*) FROM entities WHERE %2 GROUP BY 1 ORDER BY 1"_s.arg(expression, sql.statement);
    return sql;
}

} // namespace portolan
