#pragma once

#include <QStringList>

namespace portolan {

class Database;

// Indexes that serve a table's sort: the store's property indexes (enums, numbers, booleans,
// dates) and the ones a table makes on demand for large blueprints, for other columns (plain
// strings, titles, timestamps, aggregations, relations) and for sorts by several keys. Both are
// partial indexes over one blueprint's rows on the exact expressions the table sorts by.
namespace SortIndexes {
// Blueprints with fewer rows sort fast enough without an index.
inline constexpr qint64 OnDemandThreshold = 20000;

// The name of an index on `terms` ("expression" or "expression DESC", as TableQuery::indexTerms
// gives them) over `blueprint`'s rows, or empty (read from sqlite_master).
QString find(const Database &db, const QString &blueprint, const QStringList &terms);
// Makes one (`sort_<hash>`); returns its name, or empty and the driver's message in `error`.
// Takes the write lock while it reads the blueprint's rows: run it on a connection of its own.
QString create(const Database &db, const QString &blueprint, const QStringList &terms, QString *error);
} // namespace SortIndexes

} // namespace portolan
