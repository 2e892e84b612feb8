#pragma once

#include "catalog/valuedisplay.h"

#include <QList>
#include <QVariant>

namespace portolan {

// One entity as a table row: its cells already read as they show (computed on the StoreLane, so
// that data() only hands them out).
struct TableRow {
    qint64 id = 0;
    QString identifier;
    QList<DisplayValue> cells; // one per TableColumn of the table
};

// The item roles of the catalog tables, beyond Qt's.
namespace TableRoles {
enum : int {
    DisplayValueRole = Qt::UserRole + 1, // the cell's DisplayValue
    IdentifierRole,                      // the row's entity identifier (empty on group rows)
    GroupRole,                           // true on group header rows
};
// DisplayRole: one line of text; ToolTipRole: the long form; DisplayValueRole: everything.
QVariant cellData(const DisplayValue &value, int role);
} // namespace TableRoles

} // namespace portolan
