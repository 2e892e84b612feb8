#pragma once

#include "table/tablecolumns.h"
#include "table/tablestate.h"

namespace portolan {

class SortHeader;

// A table header laid out from a TableState (visible columns in order, sort keys) and read back
// after the user drags sections; first widths by column type.
namespace HeaderLayout {
// Shows `state`'s columns in its order, hides the others, marks the sort keys. Widths are set
// the first time a header shows `blueprint`.
void apply(SortHeader *header, const QList<TableColumn> &columns, const TableState &state, const QString &blueprint);
// The visible columns' keys in the header's visual order.
QStringList visibleColumns(const SortHeader *header, const QList<TableColumn> &columns);
} // namespace HeaderLayout

} // namespace portolan
