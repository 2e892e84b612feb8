#include "scorecarddetail.h"

#include "designer/formstyle.h"
#include "scorecarddistribution.h"
#include "scorecardresultsmodel.h"
#include "scorecardrulestable.h"
#include "scorecardstyle.h"
#include "scorecardtrend.h"
#include "scoring/scorecardengine.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kTrendDays = 90;
constexpr int kResultLimit = 5000; // a page big enough for a team's view; the count says when cut
} // namespace

ScorecardDetail::ScorecardDetail(StoreLane &lane, ScorecardEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_engine(engine)
    , m_title(new QLabel)
    , m_subtitle(formstyle::messageLabel(u"dim"_s))
    , m_evaluate(new QPushButton(tr("E&valuate now")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_tabs(new QTabWidget)
    , m_distribution(new ScorecardDistribution)
    , m_trend(new ScorecardTrend)
    , m_rules(new ScorecardRulesTable)
    , m_level(new QComboBox)
    , m_rule(new QComboBox)
    , m_team(new QComboBox)
    , m_search(new QLineEdit)
    , m_count(formstyle::messageLabel(u"dim"_s))
    , m_results(new QTableView)
    , m_model(new ScorecardResultsModel(this))
    , m_filter(new ScorecardResultsFilter(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_evaluate->setToolTip(tr("Evaluate every entity of this scorecard again"));
    m_evaluate->setEnabled(m_engine != nullptr);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    header->addWidget(m_evaluate);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_distribution);
    charts->addWidget(m_trend);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    auto *overview = new QSplitter(Qt::Vertical);
    overview->setChildrenCollapsible(false);
    overview->addWidget(charts);
    overview->addWidget(m_rules);
    overview->setStretchFactor(0, 3);
    overview->setStretchFactor(1, 2);

    m_search->setPlaceholderText(tr("Filter entities"));
    m_search->setClearButtonEnabled(true);
    m_level->setAccessibleName(tr("Level"));
    m_rule->setAccessibleName(tr("Failing rule"));
    m_team->setAccessibleName(tr("Team"));
    m_filter->setSourceModel(m_model);
    m_results->setModel(m_filter);
    m_results->setItemDelegate(new ScorecardCellDelegate(m_results));
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(ScorecardResultsModel::LevelColumn, Qt::AscendingOrder);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(26);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setShowGrid(false);
    m_results->setAccessibleName(tr("Results"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Level")));
    filters->addWidget(m_level);
    filters->addWidget(new QLabel(tr("Failing")));
    filters->addWidget(m_rule, 1);
    filters->addWidget(new QLabel(tr("Team")));
    filters->addWidget(m_team);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *resultsPage = new QWidget;
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 6, 0, 0);
    resultsLayout->addLayout(filters);
    resultsLayout->addWidget(m_results, 1);

    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(resultsPage, tr("Results"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_rules, &ScorecardRulesTable::ruleChosen, this, &ScorecardDetail::filterByRule);
    connect(m_level, &QComboBox::activated, this, &ScorecardDetail::loadResults);
    connect(m_rule, &QComboBox::activated, this, &ScorecardDetail::loadResults);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTeam(m_team->currentData().toString());
        m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    });
    connect(m_results, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const StoredScore *score = m_model->result(m_filter->mapToSource(index).row()))
            Q_EMIT openEntity(EntityKey{score->blueprint, score->identifier});
    });
    connect(m_evaluate, &QPushButton::clicked, this, &ScorecardDetail::evaluateNow);
    if (m_engine) {
        connect(m_cancel, &QPushButton::clicked, m_engine, &ScorecardEngine::cancel);
        connect(m_engine, &ScorecardEngine::progress, this, [this](qint64 done, qint64 total) {
            m_progress->show();
            m_cancel->show();
            m_progress->setRange(0, int(std::max<qint64>(total, 1)));
            m_progress->setValue(int(done));
        });
        connect(m_engine, &ScorecardEngine::idle, this, [this] {
            m_progress->hide();
            m_cancel->hide();
            m_evaluate->setEnabled(true);
        });
    }
    showScorecard(nullptr, {});
}

void ScorecardDetail::showScorecard(const Scorecard *scorecard, const QString &blueprintTitle)
{
    const bool same = scorecard && scorecard->identifier == m_scorecard.identifier;
    const QVariant level = m_level->currentData();
    const QVariant rule = m_rule->currentData();
    m_scorecard = scorecard ? *scorecard : Scorecard();
    m_title->setText(scorecard ? (scorecard->title.isEmpty() ? scorecard->identifier : scorecard->title) : tr("No scorecard selected"));
    m_subtitle->setText(scorecard ? tr("%1 · %2 · %3 rules")
                                        .arg(blueprintTitle,
                                             scorecard->scoring == ScoringMode::Levels ? tr("scored by levels") : tr("scored by points"))
                                        .arg(scorecard->rules.size())
                                  : QString());
    m_evaluate->setVisible(scorecard != nullptr);
    rebuildFilters(); // levels and rules may have changed with an edit
    if (!same)
        m_search->clear();
    if (same) {
        // The same scorecard read again (after an evaluation or an edit): keep the filters.
        m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(rule)));
    }
    reload();
}

void ScorecardDetail::rebuildFilters()
{
    const QSignalBlocker blockLevel(m_level);
    const QSignalBlocker blockRule(m_rule);
    m_level->clear();
    m_level->addItem(tr("All levels"), -1);
    for (qsizetype i = 0; i < m_scorecard.levels.size(); ++i)
        m_level->addItem(m_scorecard.levels.at(i).title, int(i));
    m_rule->clear();
    m_rule->addItem(tr("Any rule"), QString());
    for (const ScorecardRule &rule : std::as_const(m_scorecard.rules))
        m_rule->addItem(rule.title.isEmpty() ? rule.identifier : rule.title, rule.identifier);
}

void ScorecardDetail::reload()
{
    if (m_scorecard.identifier.isEmpty()) {
        m_distribution->showDistribution(m_scorecard, {});
        m_trend->showTrend(m_scorecard, {});
        m_rules->clear();
        m_model->setResults(m_scorecard, {});
        return;
    }
    m_overviewDone = false;
    const QString id = m_scorecard.identifier;
    const QDate today = QDate::currentDate();
    m_lane.post(
        this, u"scorecard-overview"_s,
        [id, today](CatalogStore &store) {
            ScorecardStore scores(store.database());
            return Overview{scores.summary(id), scores.trend(id, today.addDays(-kTrendDays + 1), today)};
        },
        [this](const Overview &overview) { presentOverview(overview); });
    loadResults();
}

void ScorecardDetail::presentOverview(const Overview &overview)
{
    m_distribution->showDistribution(m_scorecard, overview.summary.perLevel);
    m_trend->showTrend(m_scorecard, overview.trend);
    m_rules->showRules(m_scorecard, overview.summary);
    m_overviewDone = true;
    if (m_resultsDone)
        Q_EMIT loaded();
}

void ScorecardDetail::loadResults()
{
    m_resultsDone = false;
    const QString id = m_scorecard.identifier;
    const int level = m_level->currentData().isValid() ? m_level->currentData().toInt() : -1;
    const QString rule = m_rule->currentData().toString();
    m_lane.post(
        this, u"scorecard-results"_s,
        [id, level, rule](CatalogStore &store) { return ScorecardStore(store.database()).results(id, level, rule, kResultLimit); },
        [this](const QList<StoredScore> &results) { presentResults(results); });
}

void ScorecardDetail::presentResults(const QList<StoredScore> &results)
{
    const QString team = m_team->currentData().toString();
    m_model->setResults(m_scorecard, results);
    {
        const QSignalBlocker block(m_team);
        m_team->clear();
        m_team->addItem(tr("All teams"), QString());
        for (const QString &t : m_model->teams())
            m_team->addItem(t, t);
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    }
    m_filter->setTeam(m_team->currentData().toString());
    m_results->resizeColumnsToContents();
    m_results->setColumnWidth(ScorecardResultsModel::EntityColumn, std::max(m_results->columnWidth(0), 180));
    m_count->setText(results.size() >= kResultLimit ? tr("first %1").arg(kResultLimit)
                                                     : tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    m_resultsDone = true;
    if (m_overviewDone)
        Q_EMIT loaded();
}

void ScorecardDetail::filterByRule(const QString &rule)
{
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(rule)));
    m_tabs->setCurrentIndex(1);
    loadResults();
}

void ScorecardDetail::filterByLevel(int level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    loadResults();
}

void ScorecardDetail::evaluateNow()
{
    if (!m_engine || m_scorecard.identifier.isEmpty())
        return;
    m_evaluate->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->show();
    m_cancel->show();
    m_engine->evaluateScorecard(m_scorecard.identifier);
}

} // namespace portolan
