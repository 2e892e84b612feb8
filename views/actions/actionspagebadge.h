#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace portolan {

// The operation of an action as a chip: CREATE green, DAY-2 blue, DELETE red (Port's palette).
// Paints the text of the column it is set on, when that text is an operation name.
class ActionsPageBadge final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorOf(const QString &operation);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portolan
