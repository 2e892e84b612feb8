#include "tablerow.h"

namespace portolan::TableRoles {

QVariant cellData(const DisplayValue &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return value.text;
    case Qt::ToolTipRole:
        return value.tooltip.isEmpty() ? (value.text.size() > 40 ? value.text : QString()) : value.tooltip;
    case DisplayValueRole:
        return QVariant::fromValue(value);
    default:
        return {};
    }
}

} // namespace portolan::TableRoles
