#include "runlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace portolan {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(const QList<ActionRun> &runs)
{
    bool sameRows = runs.size() == m_runs.size();
    for (int i = 0; sameRows && i < runs.size(); ++i)
        sameRows = runs.at(i).id == m_runs.at(i).id;
    if (sameRows) {
        m_runs = runs;
        if (!m_runs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RunListModel::setNames(const NameDirectory &names)
{
    m_names = names;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, ByColumn), index(rowCount() - 1, ByColumn));
}

void RunListModel::setEntityTitles(const QHash<QString, QString> &titles)
{
    m_entityTitles = titles;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, EntityColumn), index(rowCount() - 1, EntityColumn));
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == runId)
            return i;
    return -1;
}

bool RunListModel::hasOpenRuns() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const ActionRun &run) { return !isTerminal(run.status); });
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionRun &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn)
            return QLocale().toString(run.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == EntityColumn && !run.entity.isEmpty())
            return u"%1: %2"_s.arg(run.blueprint, run.entity);
        if (index.column() == ByColumn)
            return run.createdBy;
        if (index.column() == ActionColumn)
            return run.action;
        if (index.column() == LabelColumn)
            return run.statusLabel;
        return {};
    case StatusColorRole:
        return statusColor(run.status);
    case RunIdRole:
        return run.id;
    case StatusRole:
        return int(run.status);
    case SortRole:
        return sortValue(run, index.column());
    default:
        return {};
    }
}

QVariant RunListModel::display(const ActionRun &run, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(run.status);
    case ActionColumn:
        return run.actionTitle.isEmpty() ? run.action : run.actionTitle;
    case EntityColumn:
        return run.entity.isEmpty() ? QString() : m_entityTitles.value(run.blueprint + u'/' + run.entity, run.entity);
    case LabelColumn:
        return run.statusLabel;
    case ByColumn:
        return m_names.user(run.createdBy);
    case StartedColumn:
        return relativeTime(run.createdAt, now());
    case DurationColumn:
        return durationText(durationSeconds(run, now()));
    default:
        return {};
    }
}

QVariant RunListModel::sortValue(const ActionRun &run, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(run.status);
    case StartedColumn:
        return run.createdAt.toMSecsSinceEpoch();
    case DurationColumn:
        return durationSeconds(run, now());
    default:
        return display(run, column).toString().toLower();
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case ActionColumn: return tr("Action");
    case EntityColumn: return tr("Entity");
    case LabelColumn: return tr("Status label");
    case ByColumn: return tr("By");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

QDateTime RunListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString RunListModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::InProgress: return tr("In progress");
    case RunStatus::Success: return tr("Success");
    case RunStatus::Failure: return tr("Failure");
    case RunStatus::WaitingForApproval: return tr("Waiting for approval");
    case RunStatus::Declined: return tr("Declined");
    }
    return {};
}

QString RunListModel::statusColor(RunStatus status)
{
    // Port's palette (blue, green, red) with amber for waiting and grey for declined.
    switch (status) {
    case RunStatus::InProgress: return u"#3b82f6"_s;
    case RunStatus::Success: return u"#22c55e"_s;
    case RunStatus::Failure: return u"#ef4444"_s;
    case RunStatus::WaitingForApproval: return u"#f59e0b"_s;
    case RunStatus::Declined: return u"#9ca3af"_s;
    }
    return {};
}

QString RunListModel::relativeTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const qint64 seconds = at.secsTo(now);
    if (seconds < 45)
        return tr("just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 24)
        return tr("%n h ago", nullptr, int(hours));
    const qint64 days = (hours + 12) / 24;
    if (days < 7)
        return days == 1 ? tr("yesterday") : tr("%n days ago", nullptr, int(days));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString RunListModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60) : tr("%1 min").arg(seconds / 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

qint64 RunListModel::durationSeconds(const ActionRun &run, const QDateTime &now)
{
    if (!run.createdAt.isValid())
        return -1;
    const QDateTime end = run.endedAt.isValid() ? run.endedAt : (isTerminal(run.status) ? run.updatedAt : now);
    return end.isValid() ? qMax<qint64>(0, run.createdAt.secsTo(end)) : -1;
}

} // namespace portolan
