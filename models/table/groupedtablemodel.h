#pragma once

#include "tablemodelbase.h"

namespace portolan {

// A blueprint's entities grouped by one column (TableState::groupBy): a tree whose top rows are
// the groups, counted in SQL (GROUP BY), and whose children are each group's entities, read
// page by page only when the group is expanded and scrolled (fetchMore on the group's index).
class GroupedTableModel final : public TableModelBase
{
    Q_OBJECT
public:
    explicit GroupedTableModel(StoreLane &lane, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A group's first page, when it is expanded. QTreeView asks for more each time it lays out an
    // expanded group, which would read a large group to its end: the view calls loadMore() for
    // the next pages when the group's last rows come into sight.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void loadMore(const QModelIndex &group);

    int groupCount() const { return int(m_groups.size()); }

private:
    struct Group {
        TableGroup group;
        QList<TableRow> rows;
        bool fetching = false;
        bool complete = false;
    };
    void reload() override;
    void clearRows() override { m_groups.clear(); }
    QString identifierAt(const QModelIndex &index) const override;
    bool isGroup(const QModelIndex &index) const { return index.isValid() && index.internalId() == 0; }

    QList<Group> m_groups;
};

} // namespace portolan
