#pragma once

#include "catalog/namedirectory.h"
#include "store/catalogstore.h"

#include <QAbstractTableModel>

namespace portolan {

// An entity's audit entries, newest first: when, who, origin, action.
class AuditHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, OriginColumn, ActionColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // `entries` oldest first, as the store returns them; `names` turns actors into names.
    void setEntries(const QList<AuditEntry> &entries, const NameDirectory &names);
    const AuditEntry *entry(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    NameDirectory m_names;
};

} // namespace portolan
