#pragma once

#include "history.h"
#include "place.h"
#include "schema/blueprint.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace portolan {

class ActionsPage;
class Appearance;
class AuditPage;
class CatalogPage;
class CatalogStore;
class CommandPalette;
class DashboardsPage;
class EntityScorecards;
class InitiativesPage;
class ScorecardEngine;
class ScorecardsPage;
class DesignerPage;
class EntityPage;
class GraphPage;
class HomePage;
class RunPage;
class RunsPage;
class SelfService;
class Sidebar;
class StoreLane;

// The portal window: a sidebar, the page it selects (home, a blueprint's table, an entity, its
// graph, the audit log), history, the command palette. The UI thread never queries the store:
// every page reads through a StoreLane of its own kind (tables, details, graphs, search).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CatalogStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void go(const Place &place);
    Place place() const { return m_history.current(); }
    void showPalette();
    // Blueprints as the sidebar orders them (after blueprintsLoaded()).
    QStringList blueprints() const;
    void setAppearance(int mode, bool remember = false); // Appearance::Mode

    QWidget *currentPage() const;
    HomePage *homePage() const { return m_home; }
    CatalogPage *catalogPage() const { return m_catalog; }
    EntityPage *entityPage() const { return m_entity; }
    GraphPage *graphPage() const { return m_graph; }
    AuditPage *auditPage() const { return m_audit; }
    DesignerPage *designerPage() const { return m_designer; }
    ActionsPage *actionsPage() const { return m_actions; }
    RunsPage *runsPage() const { return m_runs; }
    RunPage *runPage() const { return m_run; }
    ScorecardsPage *scorecardsPage() const { return m_scorecards; }
    InitiativesPage *initiativesPage() const { return m_initiatives; }
    DashboardsPage *dashboardsPage() const { return m_dashboards; }
    EntityScorecards *entityScorecards() const { return m_entityScores; }
    ScorecardEngine *scoringEngine() const { return m_scoring; }
    StoreLane &scoringLane() const { return *m_scoringLane; } // scorecards, initiatives and dashboards read here
    SelfService *selfService() const { return m_selfService; }
    StoreLane &actionLane() const { return *m_actionLane; } // actions, forms and runs read here
    CommandPalette *palette() const { return m_palette; }
    Sidebar *sidebar() const { return m_sidebar; }

Q_SIGNALS:
    void blueprintsLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void loadBlueprints();
    void loadMyTeams();
    void display(const Place &place);
    void updateActions();
    void askIdentity();
    void wireSelfService();
    void wireScoring();
    void displayScoring(const Place &place);

    CatalogStore &m_store;
    std::unique_ptr<StoreLane> m_tableLane;
    std::unique_ptr<StoreLane> m_detailLane;
    std::unique_ptr<StoreLane> m_graphLane;
    std::unique_ptr<StoreLane> m_searchLane;
    std::unique_ptr<StoreLane> m_designLane; // impact analysis and migrations: long jobs of their own
    std::unique_ptr<StoreLane> m_actionLane; // actions, forms' entity pickers, runs and their logs
    Appearance *m_appearance = nullptr;
    History m_history;
    QHash<QString, Blueprint> m_blueprints;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    CatalogPage *m_catalog = nullptr;
    EntityPage *m_entity = nullptr;
    GraphPage *m_graph = nullptr;
    AuditPage *m_audit = nullptr;
    DesignerPage *m_designer = nullptr;
    ActionsPage *m_actions = nullptr;
    RunsPage *m_runs = nullptr;
    RunPage *m_run = nullptr;
    SelfService *m_selfService = nullptr;
    std::unique_ptr<StoreLane> m_scoringLane; // scorecards, initiatives and dashboards read here
    ScorecardEngine *m_scoring = nullptr;
    ScorecardsPage *m_scorecards = nullptr;
    InitiativesPage *m_initiatives = nullptr;
    DashboardsPage *m_dashboards = nullptr;
    EntityScorecards *m_entityScores = nullptr;
    CommandPalette *m_palette = nullptr;
    QLabel *m_where = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    Place m_pending; // a place asked for before the blueprints were known
    bool m_blueprintsKnown = false;
};

} // namespace portolan
