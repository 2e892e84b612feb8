#include "diffdelegate.h"

#include "entity/auditchangemodel.h"

namespace portolan {

QColor DiffDelegate::tint(int kind)
{
    switch (AuditChange::Kind(kind)) {
    case AuditChange::Kind::Added: return QColor(34, 197, 94, 60);
    case AuditChange::Kind::Removed: return QColor(239, 68, 68, 60);
    case AuditChange::Kind::Changed: return QColor(234, 179, 8, 40);
    }
    return {};
}

void DiffDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant kind = index.data(AuditChangeModel::KindRole);
    if (kind.isValid())
        option->backgroundBrush = tint(kind.toInt());
}

} // namespace portolan
