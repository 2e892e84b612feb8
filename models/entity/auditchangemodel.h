#pragma once

#include "entity/auditdiff.h"

#include <QAbstractTableModel>

namespace portolan {

// The changes of one audit entry: path, kind, before, after. Views colour rows by KindRole.
class AuditChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, KindColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; // AuditChange::Kind as int

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(QList<AuditChange> changes);
    const QList<AuditChange> &changes() const { return m_changes; }

    // A value as one line: strings as they are (first line, abridged), the rest as compact JSON.
    static QString valueText(const QJsonValue &value);
    // The whole value, for tooltips and detail views (strings as they are, the rest indented JSON).
    static QString fullText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditChange> m_changes;
};

} // namespace portolan
