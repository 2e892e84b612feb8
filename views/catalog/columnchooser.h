#pragma once

#include "table/tablecolumns.h"

#include <QDialog>

class QListWidget;

namespace portolan {

// Chooses a table's visible columns and their order: a check box per column, drag to reorder,
// "Show all" and "Defaults".
class ColumnChooser final : public QDialog
{
    Q_OBJECT
public:
    ColumnChooser(const QList<TableColumn> &columns, const QStringList &visible, const QStringList &defaults, QWidget *parent = nullptr);

    QStringList visibleColumns() const; // keys, in order

private:
    void fill(const QStringList &visible);

    QList<TableColumn> m_columns;
    QListWidget *m_list = nullptr;
};

} // namespace portolan
