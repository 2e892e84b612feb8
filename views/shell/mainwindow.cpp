#include "mainwindow.h"

#include "actions/actionspage.h"
#include "actions/runpage.h"
#include "actions/runspage.h"
#include "actions/selfservice.h"
#include "appearance.h"
#include "auditpage.h"
#include "catalog/catalogpage.h"
#include "catalog/myteams.h"
#include "design/modeldraft.h"
#include "designer/designdocument.h"
#include "designer/designerpage.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "homepage.h"
#include "palette/commandpalette.h"
#include "scorecards/entityscorecards.h"
#include "sidebar.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QCloseEvent>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portolan {

MainWindow::MainWindow(CatalogStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    const QString path = store.database().path();
    m_tableLane = std::make_unique<StoreLane>(path);
    m_detailLane = std::make_unique<StoreLane>(path);
    m_graphLane = std::make_unique<StoreLane>(path);
    m_searchLane = std::make_unique<StoreLane>(path);
    m_designLane = std::make_unique<StoreLane>(path);
    m_actionLane = std::make_unique<StoreLane>(path);
    m_appearance = new Appearance(this);
    setWindowTitle(tr("Portolan"));

    m_sidebar = new Sidebar(path);
    m_pages = new QStackedWidget;
    m_home = new HomePage(*m_detailLane);
    m_catalog = new CatalogPage(*m_tableLane);
    m_entity = new EntityPage(*m_detailLane);
    m_graph = new GraphPage(*m_graphLane);
    m_audit = new AuditPage(*m_detailLane);
    m_designer = new DesignerPage(*m_designLane);
    m_actions = new ActionsPage(*m_actionLane, store);
    m_runs = new RunsPage(*m_actionLane);
    m_run = new RunPage(*m_actionLane);
    for (QWidget *page : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_catalog), static_cast<QWidget *>(m_entity),
                          static_cast<QWidget *>(m_graph), static_cast<QWidget *>(m_audit), static_cast<QWidget *>(m_designer),
                          static_cast<QWidget *>(m_actions), static_cast<QWidget *>(m_runs), static_cast<QWidget *>(m_run)})
        m_pages->addWidget(page);
    m_splitter = new QSplitter;
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1040});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_palette = new CommandPalette(*m_searchLane, this);
    m_where = new QLabel(QDir::toNativeSeparators(path));
    statusBar()->addPermanentWidget(m_where);

    const auto navigate = [this](const Place &place) { go(place); };
    connect(m_sidebar, &Sidebar::placeRequested, this, navigate);
    connect(m_home, &HomePage::placeRequested, this, navigate);
    connect(m_audit, &AuditPage::placeRequested, this, navigate);
    connect(m_catalog, &CatalogPage::entityActivated, this, [this](const EntityKey &key) { go(Place::entityPage(key)); });
    connect(m_entity, &EntityPage::entityActivated, this, [this](const EntityKey &key) { go(Place::entityPage(key)); });
    connect(m_entity, &EntityPage::graphRequested, this, [this](const EntityKey &key) { go(Place::graph(key)); });
    connect(m_designer, &DesignerPage::entityRequested, this, [this](const EntityKey &key) { go(Place::entityPage(key)); });
    // A migration commits on the designer's lane, whose store nobody listens to: announce it on
    // the window's store, so every subscriber hears of it as of any other write.
    connect(m_designer, &DesignerPage::applied, this, [this](const ChangeSet &changes) { Q_EMIT m_store.notifier().changed(changes); });
    connect(m_graph, &GraphPage::entityActivated, this, [this](const EntityKey &key) { go(Place::entityPage(key)); });
    connect(m_palette, &CommandPalette::activated, this, [this](const PaletteEntry &entry) {
        if (entry.kind == PaletteEntry::Kind::Entity)
            go(Place::entityPage(entry.entity));
        else if (entry.kind == PaletteEntry::Kind::Blueprint)
            go(Place::catalog(entry.id));
        else if (QAction *action = findChild<QAction *>(entry.id))
            action->trigger();
    });
    connect(&store.notifier(), &CatalogNotifier::changed, this, [this] {
        loadBlueprints();
        // The page on show follows the change; the others read afresh when they are next shown.
        if (m_pages->currentWidget() == m_home)
            m_home->refresh();
        else if (m_pages->currentWidget() == m_entity)
            m_entity->reload();
        else if (m_pages->currentWidget() == m_graph)
            m_graph->showEntity(m_graph->entity());
        else if (m_pages->currentWidget() == m_audit)
            m_audit->refresh();
    });
    wireSelfService();
    wireScoring();
    buildMenus();
    loadBlueprints();
    loadMyTeams();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    go(Place::home());
}

MainWindow::~MainWindow()
{
    // Pages post to the lanes and hear back from them: take them down before the lanes go.
    delete m_palette;
    delete takeCentralWidget();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QStringList MainWindow::blueprints() const
{
    return m_sidebar->blueprintOrder();
}

void MainWindow::loadBlueprints()
{
    struct Loaded {
        QList<Blueprint> blueprints;
        QJsonObject counts;
    };
    m_detailLane->post(
        this, u"blueprints"_s,
        [](CatalogStore &store) { return Loaded{store.blueprints(), store.stats().value("entities"_L1).toObject()}; },
        [this](const Loaded &loaded) {
            QHash<QString, qint64> counts;
            QList<PaletteEntry> catalogue;
            m_blueprints.clear();
            for (const Blueprint &bp : loaded.blueprints) {
                m_blueprints.insert(bp.identifier, bp);
                counts.insert(bp.identifier, loaded.counts.value(bp.identifier).toInteger());
                catalogue.append({PaletteEntry::Kind::Blueprint, bp.title.isEmpty() ? bp.identifier : bp.title,
                                  tr("Catalog · %L1 entities").arg(counts.value(bp.identifier)), {}, bp.identifier});
            }
            m_sidebar->setBlueprints(loaded.blueprints, counts);
            for (QAction *action : findChildren<QAction *>()) {
                if (!action->objectName().isEmpty() && action->property("inPalette").toBool())
                    catalogue.append({PaletteEntry::Kind::Command, action->text().remove(u'&'),
                                      action->shortcut().toString(QKeySequence::NativeText), {}, action->objectName()});
            }
            m_palette->setCatalogue(catalogue);
            m_blueprintsKnown = true;
            if (m_pending.kind == Place::Kind::Catalog) {
                const Place pending = std::exchange(m_pending, Place::home());
                display(pending);
            }
            Q_EMIT blueprintsLoaded();
        });
}

void MainWindow::loadMyTeams()
{
    const QString user = QSettings().value(u"identity/user"_s).toString();
    m_detailLane->post(this, u"myteams"_s, [user](CatalogStore &store) { return teamsOfUser(store, user); },
                       [this, user](const QStringList &teams) {
                           m_catalog->setMyTeams(teams);
                           // Say so when "who am I" finds nobody, rather than a toggle that silently does nothing.
                           if (!user.isEmpty() && teams.isEmpty())
                               statusBar()->showMessage(tr("No user \"%1\" with a team in this catalog: \"Owned by my teams\" stays off "
                                                           "(Settings ▸ Who am I).").arg(user), 15000);
                       });
}

void MainWindow::go(const Place &place)
{
    m_history.visit(place);
    display(place);
}

void MainWindow::display(const Place &place)
{
    switch (place.kind) {
    case Place::Kind::Home:
        m_home->refresh();
        m_pages->setCurrentWidget(m_home);
        break;
    case Place::Kind::Catalog:
        if (!m_blueprintsKnown) {
            m_pending = place;
            break;
        }
        if (m_blueprints.contains(place.blueprint) && m_catalog->blueprint() != place.blueprint)
            m_catalog->showBlueprint(m_blueprints.value(place.blueprint));
        m_pages->setCurrentWidget(m_catalog);
        break;
    case Place::Kind::Entity:
        m_entity->showEntity(place.entity);
        m_entityScores->setEntity(place.entity);
        m_pages->setCurrentWidget(m_entity);
        break;
    case Place::Kind::Graph:
        m_graph->showEntity(place.entity);
        m_pages->setCurrentWidget(m_graph);
        break;
    case Place::Kind::Audit:
        m_audit->refresh();
        m_pages->setCurrentWidget(m_audit);
        break;
    case Place::Kind::Designer:
        m_designer->refresh();
        m_pages->setCurrentWidget(m_designer);
        break;
    case Place::Kind::Actions:
        m_actions->refresh();
        m_pages->setCurrentWidget(m_actions);
        break;
    case Place::Kind::Runs:
        m_runs->refresh();
        m_pages->setCurrentWidget(m_runs);
        break;
    case Place::Kind::Run:
        m_run->showRun(place.blueprint);
        m_pages->setCurrentWidget(m_run);
        break;
    case Place::Kind::Scorecards:
    case Place::Kind::Initiatives:
    case Place::Kind::Dashboards:
        displayScoring(place);
        break;
    }
    m_sidebar->select(place);
    updateActions();
    const QString title = place.kind == Place::Kind::Entity || place.kind == Place::Kind::Graph
        ? place.entity.identifier
        : place.kind == Place::Kind::Catalog  ? m_blueprints.value(place.blueprint).title
        : place.kind == Place::Kind::Designer ? tr("Blueprint designer")
        : place.kind == Place::Kind::Actions  ? tr("Self-service actions")
        : place.kind == Place::Kind::Runs     ? tr("Action runs")
        : place.kind == Place::Kind::Run      ? tr("Run %1").arg(place.blueprint)
        : place.kind == Place::Kind::Scorecards  ? tr("Scorecards")
        : place.kind == Place::Kind::Initiatives ? tr("Initiatives")
        : place.kind == Place::Kind::Dashboards  ? tr("Dashboards")
                                              : QString();
    setWindowTitle(title.isEmpty() ? tr("Portolan") : tr("%1 — Portolan").arg(title));
}

void MainWindow::updateActions()
{
    if (m_back)
        m_back->setEnabled(m_history.canGoBack());
    if (m_forward)
        m_forward->setEnabled(m_history.canGoForward());
}

void MainWindow::showPalette()
{
    m_palette->popup();
}

void MainWindow::setAppearance(int mode, bool remember)
{
    m_appearance->setMode(Appearance::Mode(mode), remember);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_designer->document().draft().isModified()
        && QMessageBox::question(this, tr("Unapplied changes"),
                                 tr("The blueprint designer has changes that are not applied. Quit and lose them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    event->accept();
}

} // namespace portolan
