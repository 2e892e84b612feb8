#include "groupedtablemodel.h"

#include "catalog/namedirectory.h"
#include "store/storelane.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace portolan {

// internalId: 0 for a group row, 1 + the group's row for an entity row.

GroupedTableModel::GroupedTableModel(StoreLane &lane, QObject *parent)
    : TableModelBase(lane, parent)
{
}

void GroupedTableModel::reload()
{
    const quint64 generation = this->generation();
    const TableSpec spec = this->spec();
    const std::shared_ptr<const NameDirectory> names = this->names();
    struct Result {
        QList<TableGroup> groups;
        QString error;
    };
    lane().post(
        this, channel(),
        [spec, names](CatalogStore &store) {
            Result result;
            const NameDirectory loaded = names ? NameDirectory{} : NameDirectory::load(store);
            result.groups = TableReader(store, spec, names ? *names : loaded).groups(&result.error);
            return result;
        },
        [this, generation](const Result &result) {
            if (generation != this->generation())
                return;
            beginResetModel();
            m_groups.clear();
            qint64 total = 0;
            for (const TableGroup &g : result.groups) {
                m_groups.append({g, {}, false, false});
                total += g.count;
            }
            endResetModel();
            setError(result.error);
            setLoading(false);
            setCount(result.error.isEmpty() ? total : -1);
            Q_EMIT firstPageShown();
            requestCounts(false);
        });
}

QModelIndex GroupedTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex GroupedTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GroupedTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    return isGroup(parent) && parent.column() == 0 ? int(m_groups.at(parent.row()).rows.size()) : 0;
}

bool GroupedTableModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return isGroup(parent) && parent.column() == 0 && m_groups.at(parent.row()).group.count > 0;
}

QVariant GroupedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const TableGroup &g = m_groups.at(index.row()).group;
        if (role == TableRoles::GroupRole)
            return true;
        if (index.column() != 0)
            return {};
        const QString label = g.label.text.isEmpty() ? tr("No value") : g.label.text;
        if (role == Qt::DisplayRole)
            return u"%1 (%2)"_s.arg(label, QLocale().toString(g.count));
        if (role == TableRoles::DisplayValueRole)
            return QVariant::fromValue(g.label);
        return {};
    }
    const TableRow &row = m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
    if (role == TableRoles::IdentifierRole)
        return row.identifier;
    return TableRoles::cellData(row.cells.value(index.column()), role);
}

QString GroupedTableModel::identifierAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isGroup(index))
        return {};
    return m_groups.at(int(index.internalId() - 1)).rows.value(index.row()).identifier;
}

bool GroupedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return isGroup(parent) && parent.column() == 0 && m_groups.at(parent.row()).rows.isEmpty() && !isLoading()
        && !m_groups.at(parent.row()).fetching && m_groups.at(parent.row()).group.count > 0;
}

void GroupedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadMore(parent);
}

void GroupedTableModel::loadMore(const QModelIndex &parent)
{
    if (!isGroup(parent) || parent.model() != this || isLoading())
        return;
    const int row = parent.row();
    Group &group = m_groups[row];
    if (group.fetching || group.complete || group.rows.size() >= group.group.count)
        return;
    group.fetching = true;
    readPage(channel() + u"-g"_s + QString::number(row), int(group.rows.size()), group.group.value, [this, row](const TablePage &page) {
        m_groups[row].complete = page.complete || !page.error.isEmpty();
        if (!page.rows.isEmpty()) {
            beginInsertRows(index(row, 0), int(m_groups[row].rows.size()), int(m_groups[row].rows.size() + page.rows.size() - 1));
            m_groups[row].rows.append(page.rows);
            endInsertRows();
        }
        m_groups[row].fetching = false; // only now: views ask for more from inside the insert signals
    });
}

} // namespace portolan
