#include "groupedtableview.h"

#include "table/groupedtablemodel.h"

#include <QScrollBar>
#include <QTimer>

namespace portolan {

GroupedTableView::GroupedTableView(GroupedTableModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(false); // activation (double-click, Enter) opens and closes groups
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->groupCount(); ++row)
            setFirstColumnSpanned(row, {}, true);
        if (m_model->groupCount() > 0)
            expand(m_model->index(0, 0));
    });
    const auto more = [this] { QTimer::singleShot(0, this, &GroupedTableView::loadMore); };
    connect(this, &QTreeView::expanded, this, more);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, more);
    connect(model, &QAbstractItemModel::rowsInserted, this, more);
}

void GroupedTableView::loadMore()
{
    if (!isVisible())
        return;
    // What the view shows at its bottom decides which open groups need their next page.
    const QModelIndex bottom = indexAt(QPoint(4, viewport()->height() - 2));
    for (int g = 0; g < m_model->groupCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (!isExpanded(group))
            continue;
        const int loaded = m_model->rowCount(group);
        const bool endShown = !bottom.isValid() || (!bottom.parent().isValid() && bottom.row() > g) || bottom.parent().row() > g
            || (bottom.parent().row() == g && bottom.row() >= loaded - GroupedTableModel::PageSize / 4);
        if (endShown)
            m_model->loadMore(group);
    }
}

} // namespace portolan
