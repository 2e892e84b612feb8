#pragma once

#include "scoring/scorecard.h"
#include "scoring/scorecardstore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace portolan {

// One scorecard's stored results as a table: entity, team, level (a chip in the level's colour),
// points, failing rules. Swaps in a snapshot; sorting and the team/text filters live in
// ScorecardResultsFilter.
class ScorecardResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, TeamColumn, LevelColumn, PointsColumn, FailingColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const Scorecard &scorecard, const QList<StoredScore> &results);
    const StoredScore *result(int row) const;
    QStringList teams() const; // every team of the results, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList failing(const StoredScore &score) const;

    Scorecard m_scorecard;
    QList<StoredScore> m_results;
};

// Keeps the results of one team and whose entity, team or failing rules contain every word typed.
class ScorecardResultsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScorecardResultsFilter(QObject *parent = nullptr);
    void setTeam(const QString &team);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_team;
    QStringList m_words;
};

} // namespace portolan
