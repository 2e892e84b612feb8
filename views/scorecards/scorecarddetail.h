#pragma once

#include "scoring/scorecard.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace portolan {

class ScorecardDistribution;
class ScorecardEngine;
class ScorecardResultsFilter;
class ScorecardResultsModel;
class ScorecardRulesTable;
class ScorecardTrend;
class StoreLane;

// One scorecard in full: a header (title, blueprint, scoring, "Evaluate now" with progress and
// Cancel), an Overview tab (level donut, 90-day trend, rules with tallies) and a Results tab
// (entity, team, level chip, points, failing rules; filters by level, failing rule, team and
// text; double-click opens the entity). Reads on the lane; level and rule filters run in SQL.
class ScorecardDetail final : public QWidget
{
    Q_OBJECT
public:
    ScorecardDetail(StoreLane &lane, ScorecardEngine *engine, QWidget *parent = nullptr);

    // Shows `scorecard` (blueprint title for the header) and loads its numbers; null clears.
    void showScorecard(const Scorecard *scorecard, const QString &blueprintTitle);
    void reload(); // the numbers again (after an evaluation)
    // Results of entities failing `rule` ("" for all), on the Results tab.
    void filterByRule(const QString &rule);
    void filterByLevel(int level); // -1: all

    QString scorecardId() const { return m_scorecard.identifier; }
    ScorecardRulesTable *rulesTable() const { return m_rules; }
    QTableView *resultsView() const { return m_results; }
    ScorecardResultsModel *resultsModel() const { return m_model; }
    ScorecardResultsFilter *resultsFilter() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *teamBox() const { return m_team; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    ScorecardDistribution *distribution() const { return m_distribution; }
    ScorecardTrend *trend() const { return m_trend; }

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void loaded(); // overview and results shown

private:
    struct Overview {
        ScorecardSummary summary;
        QList<ScoreTrendPoint> trend;
    };
    void loadResults();
    void presentOverview(const Overview &overview);
    void presentResults(const QList<StoredScore> &results);
    void evaluateNow();
    void rebuildFilters();

    StoreLane &m_lane;
    ScorecardEngine *m_engine;
    Scorecard m_scorecard;
    bool m_overviewDone = false;
    bool m_resultsDone = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_evaluate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScorecardDistribution *m_distribution = nullptr;
    ScorecardTrend *m_trend = nullptr;
    ScorecardRulesTable *m_rules = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_results = nullptr;
    ScorecardResultsModel *m_model = nullptr;
    ScorecardResultsFilter *m_filter = nullptr;
};

} // namespace portolan
