#pragma once

#include "tablemodelbase.h"

namespace portolan {

// A blueprint's entities as a flat table. Rows arrive lazily: the first page when the query
// changes (the old rows stay until then), the next one each time the view asks (fetchMore),
// never the whole table. Sorting, filtering and counting run in SQL on the StoreLane.
class EntityTableModel final : public TableModelBase
{
    Q_OBJECT
public:
    explicit EntityTableModel(StoreLane &lane, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // One sort key (QHeaderView's way); setSortKeys() sorts by several.
    void sort(int column, Qt::SortOrder order) override;

private:
    void reload() override;
    void clearRows() override;
    QString identifierAt(const QModelIndex &index) const override;

    QList<TableRow> m_rows;
    bool m_complete = false;
    bool m_fetching = false;
};

} // namespace portolan
