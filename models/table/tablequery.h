#pragma once

#include "query/entityquery.h"
#include "tablespec.h"

#include <QVariant>
#include <optional>

namespace portolan {

// A table's SQL. Filter rules and free text go through EntityQuery (Port rules → SQL, FTS5);
// "owned by my teams", a group's value, the multi-column sort and group counts are added here.
// Sorts end with the row id in the first key's direction, so that an index on the sort keys
// serves the whole ORDER BY (index entries end with the rowid).
class TableQuery final
{
public:
    explicit TableQuery(TableSpec spec);

    // Limits the rows to one group: `value` as groups() returned it (null: the group without a value).
    void setGroup(const QVariant &value) { m_group = value; }

    EntityQuery::Sql where() const;
    // SELECT `columns` … ORDER BY … LIMIT `limit` (negative: all) OFFSET `offset`, optionally
    // walking `index` (INDEXED BY) for the first sort key.
    EntityQuery::Sql page(const QString &columns, int limit, int offset, const QString &index = {}) const;
    EntityQuery::Sql count() const;
    // (value, count) of the group-by column, by value.
    EntityQuery::Sql groups() const;

    // The columns of an index that serves the whole sort: the keys' expressions, each marked DESC
    // when its direction differs from the first key's (SQLite walks an index either way, not
    // each column its own way). Empty when rows come in identifier order (the unique index).
    QStringList indexTerms() const;
    // The sort keys' column titles, for "Indexing 'Version'…".
    QStringList sortTitles() const;
    const TableColumn *groupColumn() const;
    bool hasText() const;
    bool hasFilter() const;

private:
    QString orderBy() const;
    QList<std::pair<const TableColumn *, bool>> sortColumns() const; // up to the identifier (unique)

    TableSpec m_spec;
    std::optional<QVariant> m_group;
};

} // namespace portolan
