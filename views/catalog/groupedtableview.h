#pragma once

#include <QTreeView>

namespace portolan {

class GroupedTableModel;

// The tree of a grouped table: group rows span the width, the first group opens by itself, and
// an open group reads its next page when its last rows come into sight (GroupedTableModel reads
// only a group's first page on its own).
class GroupedTableView final : public QTreeView
{
    Q_OBJECT
public:
    explicit GroupedTableView(GroupedTableModel *model, QWidget *parent = nullptr);

private:
    void loadMore();

    GroupedTableModel *m_model;
};

} // namespace portolan
