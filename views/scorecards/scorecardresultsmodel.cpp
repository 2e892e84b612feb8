#include "scorecardresultsmodel.h"

#include "scorecardstyle.h"

using namespace Qt::StringLiterals;

namespace portolan {

void ScorecardResultsModel::setResults(const Scorecard &scorecard, const QList<StoredScore> &results)
{
    beginResetModel();
    m_scorecard = scorecard;
    m_results = results;
    endResetModel();
}

const StoredScore *ScorecardResultsModel::result(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

QStringList ScorecardResultsModel::teams() const
{
    QStringList teams;
    for (const StoredScore &score : m_results)
        for (const QString &team : score.team)
            if (!teams.contains(team))
                teams.append(team);
    teams.sort(Qt::CaseInsensitive);
    return teams;
}

int ScorecardResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ScorecardResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ScorecardResultsModel::failing(const StoredScore &score) const
{
    QStringList out;
    for (qsizetype i = 0; i < score.rules.size() && i < score.outcomes.size(); ++i) {
        const RuleOutcome outcome = outcomeFromCode(score.outcomes.at(i));
        if (outcome != RuleOutcome::Fail && outcome != RuleOutcome::Error)
            continue;
        const ScorecardRule *rule = m_scorecard.rule(score.rules.at(i));
        out.append(rule && !rule->title.isEmpty() ? rule->title : score.rules.at(i));
    }
    return out;
}

QVariant ScorecardResultsModel::data(const QModelIndex &index, int role) const
{
    const StoredScore *score = index.isValid() ? result(index.row()) : nullptr;
    if (!score)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EntityColumn: return score->title.isEmpty() ? score->identifier : score->title;
        case TeamColumn: return score->team.join(u", "_s);
        case LevelColumn: return scorecardstyle::levelTitle(m_scorecard, score->level);
        case PointsColumn: return QString::number(score->points, 'f', 0);
        case FailingColumn: return failing(*score).join(u", "_s);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == EntityColumn)
            return score->identifier;
        if (column == FailingColumn)
            return failing(*score).join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        return column == PointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case scorecardstyle::ChipColorRole:
        return column == LevelColumn ? QVariant(scorecardstyle::levelColor(m_scorecard, score->level)) : QVariant();
    case SortRole:
        switch (column) {
        case LevelColumn: return score->level * 1000.0 + score->points; // level, then points within it
        case PointsColumn: return score->points;
        case FailingColumn: return failing(*score).size();
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case SearchRole:
        return QStringList{score->identifier, score->title, score->team.join(u' '), failing(*score).join(u' ')}.join(u' ').toLower();
    case Qt::UserRole:
        return score->team;
    }
    return {};
}

QVariant ScorecardResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn: return tr("Entity");
    case TeamColumn: return tr("Team");
    case LevelColumn: return tr("Level");
    case PointsColumn: return tr("Points");
    case FailingColumn: return tr("Failing rules");
    }
    return {};
}

ScorecardResultsFilter::ScorecardResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScorecardResultsModel::SortRole);
}

void ScorecardResultsFilter::setTeam(const QString &team)
{
    m_team = team;
    invalidateRowsFilter();
}

void ScorecardResultsFilter::setText(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ScorecardResultsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!m_team.isEmpty() && !index.data(Qt::UserRole).toStringList().contains(m_team))
        return false;
    const QString text = index.data(ScorecardResultsModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &w) { return text.contains(w); });
}

} // namespace portolan
