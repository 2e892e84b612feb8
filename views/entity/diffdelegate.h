#pragma once

#include <QStyledItemDelegate>

namespace portolan {

// Tints the rows of an AuditChangeModel: additions green, removals red, changes amber. The tints
// are translucent over the palette's base, so they read in light and dark themes alike.
class DiffDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor tint(int kind); // AuditChange::Kind as int

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace portolan
