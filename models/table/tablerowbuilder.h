#pragma once

#include "catalog/derivedvalues.h"
#include "catalog/entity.h"
#include "tablecolumns.h"
#include "tablerow.h"

#include <QDateTime>
#include <QJsonObject>

class QSqlQuery;

namespace portolan {

class CatalogStore;
struct NameDirectory;

// Turns entities read from the store into table rows: stored and meta values, mirrors and
// calculations (evaluated here), aggregations (stored), relations with their targets' titles,
// users and teams by name. Runs on the StoreLane, one batch (a page) at a time.
class TableRowBuilder final
{
public:
    // One row as the store has it.
    struct Source {
        qint64 id = 0;
        Entity entity;
        QJsonObject aggregations;
    };

    TableRowBuilder(const CatalogStore &store, const Blueprint &blueprint, const QList<TableColumn> &columns, const NameDirectory &names);

    // The columns a statement must select for read(), in order.
    static QString selectColumns();
    static Source read(const QSqlQuery &query);

    // The rows of a batch; with `raw`, also each row's values as JSON by column key (exports).
    QList<TableRow> build(const QList<Source> &batch, QList<QJsonObject> *raw = nullptr) const;

private:
    using Titles = QHash<std::pair<qint64, QString>, QHash<QString, QString>>; // (source, relation) → identifier → title
    Titles relationTitles(const QList<Source> &batch) const;

    const CatalogStore &m_store;
    const Blueprint &m_blueprint;
    const QList<TableColumn> &m_columns;
    const NameDirectory &m_names;
    DerivedValues m_derived;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace portolan
