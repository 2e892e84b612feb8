#pragma once

#include "tablequery.h"
#include "tablerow.h"

namespace portolan {

class CatalogStore;
struct NameDirectory;

// A page of a table, as a job on the StoreLane returns it.
struct TablePage {
    QList<TableRow> rows;
    bool complete = false; // fewer rows than asked for: nothing follows
    QString needsIndex;    // the sort would be faster with an index (its columns' titles); rows were read without
    QString error;
};

// One group of a grouped table: the column's value (null: no value), as it reads, and its size.
struct TableGroup {
    QVariant value;
    DisplayValue label;
    qint64 count = 0;
};

// Reads a table from the store on the StoreLane's thread: pages (with their display values),
// counts, groups, and the on-demand sort index.
class TableReader final
{
public:
    // The sort-index plan gets this long before the planner's plan takes over (see QueryBudget).
    static constexpr int IndexWalkBudgetMs = 100;

    TableReader(CatalogStore &store, const TableSpec &spec, const NameDirectory &names);

    void setGroup(const QVariant &value) { m_query.setGroup(value); }

    // A sort of a large blueprint that no index serves reads the page anyway (the planner sorts
    // every row) and says so in needsIndex: building the index takes seconds, elsewhere.
    TablePage page(int offset, int limit) const;
    qint64 count() const; // -1 on failure (or interrupt)
    QList<TableGroup> groups(QString *error = nullptr) const;
    // Makes the index the current sort needs; returns the driver's message on failure. Writes:
    // run it on a connection other than the one the table reads with.
    QString createSortIndex() const;

private:
    qint64 blueprintSize() const;
    // Counts per value through the column's index (no filter): distinct values by skipping along
    // the index, then one counting range each. False when that does not apply.
    bool indexedGroups(const TableColumn &column, QList<std::pair<QVariant, qint64>> &counts) const;
    // Reads and builds the rows of `sql`; with a budget, gives up after `budgetMs` (and says so).
    bool run(const EntityQuery::Sql &sql, QList<TableRow> &rows, QString &error, int budgetMs = 0, bool *exceeded = nullptr) const;

    CatalogStore &m_store;
    const TableSpec &m_spec;
    const NameDirectory &m_names;
    TableQuery m_query;
};

} // namespace portolan
