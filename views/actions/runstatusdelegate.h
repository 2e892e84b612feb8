#pragma once

#include <QStyledItemDelegate>

namespace portolan {

// Paints a run's status cell as a rounded chip in the status colour (RunListModel::StatusColorRole),
// like the catalog's enum chips.
class RunStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portolan
