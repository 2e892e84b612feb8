// The window's scorecard wiring: the engine that keeps results current, and the scorecards,
// initiatives and dashboards pages (plus the entity page's Scorecards tab) that show them.
#include "mainwindow.h"

#include "dashboards/dashboardspage.h"
#include "entity/entitypage.h"
#include "scorecards/entityscorecards.h"
#include "scorecards/initiativespage.h"
#include "scorecards/scorecardspage.h"
#include "scoring/scorecardengine.h"
#include "store/storelane.h"

#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::wireScoring()
{
    const QString path = m_store.database().path();
    m_scoringLane = std::make_unique<StoreLane>(path);
    m_scoring = new ScorecardEngine(path, m_store.notifier(), this);
    m_scorecards = new ScorecardsPage(*m_scoringLane, m_store, m_scoring);
    m_initiatives = new InitiativesPage(*m_scoringLane, m_store);
    m_dashboards = new DashboardsPage(*m_scoringLane, m_store);
    for (QWidget *page : {static_cast<QWidget *>(m_scorecards), static_cast<QWidget *>(m_initiatives),
                          static_cast<QWidget *>(m_dashboards)})
        m_pages->addWidget(page);
    m_entityScores = new EntityScorecards(*m_scoringLane, m_store);
    m_entityScores->setObjectName(u"scorecards"_s);
    m_entity->addTab(m_entityScores, tr("Scorecards"));

    const auto open = [this](const EntityKey &key) { go(Place::entityPage(key)); };
    connect(m_scorecards, &ScorecardsPage::openEntity, this, open);
    connect(m_initiatives, &InitiativesPage::openEntity, this, open);
    connect(m_dashboards, &DashboardsPage::openEntity, this, open);
    connect(m_entityScores, &EntityScorecards::openEntity, this, open);
    // An approved (or revoked) exemption changes that entity's result: the entity is evaluated again.
    connect(m_entityScores, &EntityScorecards::exemptionsChanged, this, [this](const QString &, bool resultsChange) {
        if (resultsChange)
            m_scoring->evaluateEntity(m_entityScores->entity().blueprint, m_entityScores->entity().identifier);
    });
    connect(m_scoring, &ScorecardEngine::failed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Scorecards: %1").arg(message), 15000); });
    // Results changed (a catalog change re-evaluated, a scorecard was saved): the page on show
    // follows at once; the others read afresh when next shown.
    connect(m_scoring, &ScorecardEngine::evaluated, this, [this](const ScoringChange &change) {
        QWidget *current = m_pages->currentWidget();
        if (current == m_scorecards)
            m_scorecards->refresh();
        else if (current == m_initiatives)
            m_initiatives->refresh();
        else if (current == m_dashboards)
            m_dashboards->refresh();
        else if (current == m_entity && change.entities.value(m_entity->entity().blueprint).contains(m_entity->entity().identifier))
            m_entityScores->reload();
    });
    // The first evaluation after opening: results of a portal imported by an older Portolan, or
    // changed by another program, are brought up to date off the UI thread.
    m_scoring->evaluateAll();
}

void MainWindow::displayScoring(const Place &place)
{
    switch (place.kind) {
    case Place::Kind::Scorecards:
        m_scorecards->refresh();
        if (!place.blueprint.isEmpty())
            m_scorecards->setCurrentIdentifier(place.blueprint);
        m_pages->setCurrentWidget(m_scorecards);
        break;
    case Place::Kind::Initiatives:
        m_initiatives->refresh();
        if (!place.blueprint.isEmpty())
            m_initiatives->setCurrentIdentifier(place.blueprint);
        m_pages->setCurrentWidget(m_initiatives);
        break;
    case Place::Kind::Dashboards:
        // Shown at once when the list is loaded, else when the refresh brings it.
        if (!place.blueprint.isEmpty())
            m_dashboards->showDashboard(place.blueprint);
        m_dashboards->refresh();
        m_pages->setCurrentWidget(m_dashboards);
        break;
    default:
        break;
    }
}

} // namespace portolan
