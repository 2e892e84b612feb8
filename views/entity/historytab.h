#pragma once

#include "catalog/namedirectory.h"
#include "store/catalogstore.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace portolan {

class AuditChangeModel;
class AuditHistoryModel;

// The entity's audit log, newest first; the selected entry's changes below it (path, kind, before,
// after, tinted by kind), and the selected change's whole before and after values.
class HistoryTab final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTab(QWidget *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries, const NameDirectory &names);
    QTableView *entriesView() const { return m_entries; }
    QTableView *changesView() const { return m_changes; }

private:
    void showEntry(const QModelIndex &index);
    void showChange(const QModelIndex &index);

    AuditHistoryModel *m_historyModel = nullptr;
    AuditChangeModel *m_changeModel = nullptr;
    QTableView *m_entries = nullptr;
    QLabel *m_heading = nullptr;
    QTableView *m_changes = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
};

} // namespace portolan
