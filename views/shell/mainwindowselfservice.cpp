// The window's self-service wiring: actions from catalog and entity pages open their forms,
// runs show as they start and as backends report, approvals go back to the runner.
#include "mainwindow.h"

#include "actions/actionspage.h"
#include "actions/runpage.h"
#include "actions/runspage.h"
#include "actions/selfservice.h"
#include "catalog/catalogpage.h"
#include "entity/entitypage.h"

#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::wireSelfService()
{
    m_selfService = new SelfService(m_store, *m_actionLane, this);
    if (const QString error = m_selfService->start(); !error.isEmpty())
        statusBar()->showMessage(error, 20000);
    // The runner and the run API write through this window's store: its notifier already tells
    // every page of the entities a run created, changed or deleted.
    connect(m_selfService, &SelfService::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_selfService, &SelfService::runStarted, this, [this](const QString &runId) { go(Place::run(runId)); });
    connect(m_selfService, &SelfService::runChanged, this, [this](const QString &runId) {
        if (m_pages->currentWidget() == m_run && m_run->runId() == runId)
            m_run->refresh();
        else if (m_pages->currentWidget() == m_runs)
            m_runs->refresh();
    });

    connect(m_entity, &EntityPage::actionRequested, this,
            [this](const EntityKey &key, const QString &action) { m_selfService->runAction(action, key); });
    connect(m_catalog, &CatalogPage::createActionRequested, this,
            [this](const QString &, const QString &action) { m_selfService->runAction(action); });
    connect(m_actions, &ActionsPage::runRequested, this, [this](const QString &action) { m_selfService->runAction(action); });
    connect(m_actions, &ActionsPage::runsRequested, this, [this](const QString &action) {
        RunFilter filter;
        filter.action = action;
        m_runs->setFilter(filter, tr("Runs of %1").arg(action));
        go(Place::runs());
    });
    connect(m_actions, &ActionsPage::changed, this, [this] {
        m_catalog->reloadCreateActions();
        if (m_pages->currentWidget() == m_entity)
            m_entity->reload();
    });
    connect(m_runs, &RunsPage::runRequested, this, [this](const QString &runId) { go(Place::run(runId)); });
    connect(m_run, &RunPage::entityRequested, this,
            [this](const QString &blueprint, const QString &identifier) { go(Place::entityPage({blueprint, identifier})); });
    connect(m_run, &RunPage::decisionRequested, this, [this](const QString &runId, bool approve, const QString &reason) {
        m_selfService->decide(runId, approve, reason);
    });
    connect(m_run, &RunPage::cancelRequested, this, [this](const QString &runId) { m_selfService->cancel(runId); });
}

} // namespace portolan
