#pragma once

#include "actionrun.h"
#include "catalog/namedirectory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace portolan {

// The runs list as a table: one row per ActionRun (a snapshot the page loads on a lane and swaps
// in). Sorting and text filtering live in a proxy; SortRole gives it raw values (times, seconds).
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, ActionColumn, EntityColumn, LabelColumn, ByColumn, StartedColumn, DurationColumn, ColumnCount };
    enum Role {
        StatusColorRole = Qt::UserRole + 1, // "#rrggbb" of the status (models have no QColor)
        RunIdRole,
        SortRole,
        StatusRole, // int(RunStatus)
    };

    explicit RunListModel(QObject *parent = nullptr);

    // Swaps in a new snapshot. The same runs in the same order only repaint (so a poll keeps the
    // selection and the current row); anything else resets.
    void setRuns(const QList<ActionRun> &runs);
    void setNames(const NameDirectory &names);
    // "blueprint/identifier" → title, so the Entity column reads "Cart Service", not "cart".
    void setEntityTitles(const QHash<QString, QString> &titles);
    // The clock for "3 min ago" and running durations; invalid: the real one (tests pin it).
    void setNow(const QDateTime &now) { m_now = now; }

    const QList<ActionRun> &runs() const { return m_runs; }
    const ActionRun &run(int row) const { return m_runs.at(row); }
    int rowOf(const QString &runId) const; // -1 when absent
    bool hasOpenRuns() const;              // any IN_PROGRESS or WAITING_FOR_APPROVAL

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(RunStatus status);  // "In progress", "Waiting for approval", …
    static QString statusColor(RunStatus status); // blue, green, red, amber, grey as #rrggbb
    static QString relativeTime(const QDateTime &at, const QDateTime &now); // "just now", "3 min ago", "2 h ago", …
    static QString durationText(qint64 seconds);  // "45 s", "2 min 14 s", "1 h 05 min"
    // Seconds the run took, or has been running until `now` (open runs).
    static qint64 durationSeconds(const ActionRun &run, const QDateTime &now);

private:
    QDateTime now() const;
    QVariant display(const ActionRun &run, int column) const;
    QVariant sortValue(const ActionRun &run, int column) const;

    QList<ActionRun> m_runs;
    NameDirectory m_names;
    QHash<QString, QString> m_entityTitles;
    QDateTime m_now;
};

} // namespace portolan
