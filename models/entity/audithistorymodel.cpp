#include "audithistorymodel.h"

using namespace Qt::StringLiterals;

namespace portolan {

void AuditHistoryModel::setEntries(const QList<AuditEntry> &entries, const NameDirectory &names)
{
    beginResetModel();
    m_entries = QList<AuditEntry>(entries.crbegin(), entries.crend());
    m_names = names;
    endResetModel();
}

const AuditEntry *AuditHistoryModel::entry(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? &m_entries.at(index.row()) : nullptr;
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn: return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case WhoColumn: return m_names.user(e.actor);
        // A change made by an action run names the run: the entity's side of the tie.
        case OriginColumn: return e.run.isEmpty() ? e.origin : tr("%1 · run %2").arg(e.origin, e.run);
        case ActionColumn: return e.action;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn: return e.at.toUTC().toString(Qt::ISODateWithMs);
        case WhoColumn: return e.actor;
        }
    }
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case OriginColumn: return tr("Origin");
    case ActionColumn: return tr("Action");
    }
    return {};
}

} // namespace portolan
