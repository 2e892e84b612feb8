#include "tablereader.h"

#include "catalog/namedirectory.h"
#include "querybudget.h"
#include "sortindexes.h"
#include "store/catalogstore.h"
#include "tablerowbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool exec(QSqlQuery &q, const EntityQuery::Sql &sql)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql.statement))
        return false;
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

TableReader::TableReader(CatalogStore &store, const TableSpec &spec, const NameDirectory &names)
    : m_store(store)
    , m_spec(spec)
    , m_names(names)
    , m_query(spec)
{
}

bool TableReader::run(const EntityQuery::Sql &sql, QList<TableRow> &rows, QString &error, int budgetMs, bool *exceeded) const
{
    if (!sql.problems.isEmpty()) {
        error = sql.problems.first().toString(); // a rule SQL cannot express: no rows rather than wrong ones
        return false;
    }
    QList<TableRowBuilder::Source> batch;
    {
        std::optional<QueryBudget> budget;
        if (budgetMs > 0)
            budget.emplace(m_store.database(), budgetMs);
        QSqlQuery q(m_store.database().connection());
        bool ok = exec(q, sql);
        while (ok && q.next())
            batch.append(TableRowBuilder::read(q));
        if (!ok || q.lastError().isValid()) {
            error = q.lastError().text();
            if (exceeded)
                *exceeded = budget && budget->exceeded();
            return false;
        }
    }
    rows = TableRowBuilder(m_store, m_spec.blueprint, m_spec.columns, m_names).build(batch);
    return true;
}

qint64 TableReader::blueprintSize() const
{
    TableSpec all;
    all.blueprint.identifier = m_spec.blueprint.identifier;
    QSqlQuery q(m_store.database().connection());
    return exec(q, TableQuery(all).count()) && q.next() ? q.value(0).toLongLong() : 0;
}

TablePage TableReader::page(int offset, int limit) const
{
    TablePage page;
    const QStringList terms = m_query.indexTerms();
    QString index = terms.isEmpty() ? QString() : SortIndexes::find(m_store.database(), m_spec.blueprint.identifier, terms);
    if (!terms.isEmpty() && index.isEmpty()) {
        if (blueprintSize() >= SortIndexes::OnDemandThreshold)
            page.needsIndex = m_query.sortTitles().join(u", "_s);
        // Meanwhile an index on the first key still orders most of the way.
        if (terms.size() > 1)
            index = SortIndexes::find(m_store.database(), m_spec.blueprint.identifier, {terms.first()});
    }
    const QString columns = TableRowBuilder::selectColumns();
    bool done = false;
    // SQLite's planner prefers the blueprint's unique index plus a sort of every row; walking the
    // sort index instead shows the first rows at once. Free text is selective: the planner wins.
    if (!index.isEmpty() && !m_query.hasText()) {
        bool exceeded = false;
        done = run(m_query.page(columns, limit, offset, index), page.rows, page.error, m_query.hasFilter() ? IndexWalkBudgetMs : 0, &exceeded);
        if (!done && !exceeded)
            return page; // interrupted by a newer job, or a real error
    }
    if (!done) {
        page.error.clear();
        run(m_query.page(columns, limit, offset), page.rows, page.error);
    }
    page.complete = page.error.isEmpty() && page.rows.size() < limit;
    return page;
}

qint64 TableReader::count() const
{
    QSqlQuery q(m_store.database().connection());
    return exec(q, m_query.count()) && q.next() ? q.value(0).toLongLong() : -1;
}

bool TableReader::indexedGroups(const TableColumn &column, QList<std::pair<QVariant, qint64>> &counts) const
{
    constexpr int kMaxGroups = 64;
    const QString index = SortIndexes::find(m_store.database(), m_spec.blueprint.identifier, {column.sql});
    if (index.isEmpty() || m_query.hasFilter() || m_query.hasText())
        return false;
    const QString from = u" FROM entities INDEXED BY %1 WHERE %2"_s.arg(index, m_query.where().statement);
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    QVariantList values;
    // MIN over the index is one step: each distinct value costs one, whatever the rows.
    QVariant value;
    for (bool first = true; values.size() <= kMaxGroups; first = false) {
        if (!q.prepare(u"SELECT MIN(%1)"_s.arg(column.sql) + from + (first ? QString() : u" AND %1 > ?"_s.arg(column.sql))))
            return false;
        if (!first)
            q.addBindValue(value);
        if (!q.exec() || !q.next())
            return false;
        value = q.value(0);
        if (value.isNull())
            break;
        values.append(value);
    }
    if (values.size() > kMaxGroups)
        return false;
    qint64 counted = 0;
    for (const QVariant &v : std::as_const(values)) {
        if (!q.prepare(u"SELECT COUNT(*)"_s + from + u" AND %1 = ?"_s.arg(column.sql)))
            return false;
        q.addBindValue(v);
        if (!q.exec() || !q.next())
            return false;
        counts.append({v, q.value(0).toLongLong()});
        counted += counts.last().second;
    }
    const qint64 all = count();
    if (all < 0)
        return false;
    if (all > counted)
        counts.append({QVariant(), all - counted}); // rows without a value are not in the partial index's ranges
    return true;
}

QList<TableGroup> TableReader::groups(QString *error) const
{
    QList<TableGroup> groups;
    const TableColumn *column = m_query.groupColumn();
    if (!column)
        return groups;
    QList<std::pair<QVariant, qint64>> counts;
    if (!indexedGroups(*column, counts)) {
        counts.clear();
        QSqlQuery q(m_store.database().connection());
        if (!exec(q, m_query.groups())) {
            if (error)
                *error = q.lastError().text();
            return groups;
        }
        while (q.next())
            counts.append({q.value(0), q.value(1).toLongLong()});
    }
    const bool boolean = column->property.type == "boolean"_L1;
    for (const auto &[value, size] : std::as_const(counts)) {
        TableGroup group{value, {}, size};
        if (column->key == "$team"_L1) {
            QStringList teams;
            for (const QJsonValue &t : QJsonDocument::fromJson(value.toString().toUtf8()).array())
                teams.append(t.toString());
            group.label = ValueDisplay::teams(teams, m_names);
        } else {
            const QJsonValue json = boolean && !value.isNull() ? QJsonValue(value.toBool()) : QJsonValue::fromVariant(value);
            group.label = ValueDisplay::property(column->property, json, m_names);
        }
        groups.append(group);
    }
    // Enum values in the schema's order, as Port lists them; the group without a value last.
    const QJsonArray order = column->property.enumValues;
    std::stable_sort(groups.begin(), groups.end(), [&](const TableGroup &a, const TableGroup &b) {
        const auto rank = [&](const TableGroup &g) {
            if (g.value.isNull())
                return qsizetype(order.size() + 1);
            const auto it = std::find(order.begin(), order.end(), QJsonValue::fromVariant(g.value));
            return qsizetype(it - order.begin());
        };
        return rank(a) < rank(b);
    });
    return groups;
}

QString TableReader::createSortIndex() const
{
    QString error;
    const QStringList terms = m_query.indexTerms();
    if (!terms.isEmpty())
        SortIndexes::create(m_store.database(), m_spec.blueprint.identifier, terms, &error);
    return error;
}

} // namespace portolan
