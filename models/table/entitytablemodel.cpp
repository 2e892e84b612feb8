#include "entitytablemodel.h"

namespace portolan {

EntityTableModel::EntityTableModel(StoreLane &lane, QObject *parent)
    : TableModelBase(lane, parent)
{
}

void EntityTableModel::reload()
{
    m_fetching = false;
    readPage(channel(), 0, std::nullopt, [this](const TablePage &page) {
        beginResetModel();
        m_rows = page.rows;
        m_complete = page.complete || !page.error.isEmpty();
        endResetModel();
        setError(page.error);
        setLoading(false);
        Q_EMIT firstPageShown();
        requestCounts();
    });
}

void EntityTableModel::clearRows()
{
    m_rows.clear();
    m_complete = false;
}

QModelIndex EntityTableModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex EntityTableModel::parent(const QModelIndex &) const
{
    return {};
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TableRow &row = m_rows.at(index.row());
    if (role == TableRoles::IdentifierRole)
        return row.identifier;
    return TableRoles::cellData(row.cells.value(index.column()), role);
}

QString EntityTableModel::identifierAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_rows.value(index.row()).identifier : QString();
}

bool EntityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching && !isLoading() && (count() < 0 || m_rows.size() < count());
}

void EntityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    readPage(channel(), int(m_rows.size()), std::nullopt, [this](const TablePage &page) {
        m_complete = page.complete || !page.error.isEmpty();
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows.append(page.rows);
            endInsertRows();
        }
        m_fetching = false; // only now: views ask for more from inside the insert signals
        requestCounts();
    });
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns().size()) {
        setSortKeys({});
        return;
    }
    if (columns().at(column).sortable())
        setSortKeys({{columns().at(column).key, order == Qt::AscendingOrder}});
}

} // namespace portolan
