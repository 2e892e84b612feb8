// The window's menus, toolbar and shortcuts. Every command has a menu entry (so the keyboard
// reaches it) and most appear in the command palette too.
#include "mainwindow.h"

#include "actions/selfservice.h"

#include "appearance.h"
#include "catalog/catalogpage.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "palette/commandpalette.h"
#include "shortcutsdialog.h"
#include "sidebar.h"

#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QAction *command(QMenu *menu, const QString &id, const QString &text, const QKeySequence &key, bool inPalette = true)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(id);
    action->setShortcut(key);
    action->setProperty("inPalette", inPalette);
    return action;
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(command(file, u"quit"_s, tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    m_back = command(goMenu, u"back"_s, tr("&Back"), QKeySequence::Back);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_back, &QAction::triggered, this, [this] { display(m_history.back()); });
    m_forward = command(goMenu, u"forward"_s, tr("&Forward"), QKeySequence::Forward);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_forward, &QAction::triggered, this, [this] { display(m_history.forward()); });
    QAction *home = command(goMenu, u"home"_s, tr("&Home"), QKeySequence(Qt::ALT | Qt::Key_Home));
    home->setIcon(QIcon::fromTheme(u"go-home"_s)); // no stock home icon in every style: text when the theme has none
    connect(home, &QAction::triggered, this, [this] { go(Place::home()); });
    goMenu->addSeparator();
    QAction *find = command(goMenu, u"palette"_s, tr("&Find anything…"), QKeySequence(Qt::CTRL | Qt::Key_K), false);
    find->setShortcutContext(Qt::ApplicationShortcut);
    connect(find, &QAction::triggered, this, &MainWindow::showPalette);
    connect(command(goMenu, u"graph"_s, tr("Dependency &graph of this entity"), QKeySequence(Qt::CTRL | Qt::Key_G)),
            &QAction::triggered, this, [this] {
                if (place().kind == Place::Kind::Entity)
                    go(Place::graph(place().entity));
            });
    connect(command(goMenu, u"designer"_s, tr("Blueprint &designer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
            &QAction::triggered, this, [this] { go(Place::designer()); });
    connect(command(goMenu, u"actions"_s, tr("Self-service a&ctions"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)),
            &QAction::triggered, this, [this] { go(Place::actions()); });
    connect(command(goMenu, u"runs"_s, tr("Action &runs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, [this] { go(Place::runs()); });
    connect(command(goMenu, u"scorecards"_s, tr("&Scorecards"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
            &QAction::triggered, this, [this] { go(Place::scorecards()); });
    connect(command(goMenu, u"initiatives"_s, tr("&Initiatives"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)),
            &QAction::triggered, this, [this] { go(Place::initiatives()); });
    connect(command(goMenu, u"dashboards"_s, tr("Dash&boards"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)),
            &QAction::triggered, this, [this] { go(Place::dashboards()); });
    connect(command(goMenu, u"audit"_s, tr("&Audit log"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)), &QAction::triggered, this,
            [this] { go(Place::audit()); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *sidebar = command(view, u"sidebar"_s, tr("Show &sidebar"), QKeySequence(Qt::CTRL | Qt::Key_B));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(command(view, u"refresh"_s, tr("&Refresh"), QKeySequence::Refresh), &QAction::triggered, this, [this] {
        loadBlueprints();
        display(place());
    });
    QAction *fullScreen = command(view, u"fullscreen"_s, tr("&Full screen"), QKeySequence::FullScreen);
    connect(fullScreen, &QAction::triggered, this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *modes = new QActionGroup(this);
    const QList<std::pair<QString, Appearance::Mode>> choices{
        {tr("Follow the &system"), Appearance::Mode::System}, {tr("&Light"), Appearance::Mode::Light}, {tr("&Dark"), Appearance::Mode::Dark}};
    for (const auto &[text, mode] : choices) {
        QAction *action = appearance->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_appearance->mode() == mode);
        action->setActionGroup(modes);
        connect(action, &QAction::triggered, this, [this, mode] { m_appearance->setMode(mode); });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    connect(command(settings, u"identity"_s, tr("Who am &I…"), {}), &QAction::triggered, this, &MainWindow::askIdentity);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(command(help, u"shortcuts"_s, tr("&Keyboard shortcuts"), QKeySequence::HelpContents), &QAction::triggered, this,
            [this] { ShortcutsDialog(this).exec(); });
    connect(command(help, u"about"_s, tr("&About Portolan"), {}), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Portolan"),
                           tr("<b>Portolan %1</b><p>A native internal developer portal: catalog, graph and search over a local "
                              "SQLite store.</p>").arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"navigation"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addAction(home);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *search = new QToolButton;
    search->setDefaultAction(find);
    search->setText(tr("Find anything…   Ctrl+K"));
    search->setToolButtonStyle(Qt::ToolButtonTextOnly);
    search->setMinimumWidth(260);
    bar->addWidget(search);
}

void MainWindow::askIdentity()
{
    bool ok = false;
    const QString user = QInputDialog::getText(this, tr("Who am I"),
                                               tr("Your e-mail or user identifier in the catalog (for \"owned by my teams\", and who runs and approves actions):"),
                                               QLineEdit::Normal, QSettings().value(u"identity/user"_s).toString(), &ok);
    if (!ok)
        return;
    QSettings().setValue(u"identity/user"_s, user.trimmed());
    m_selfService->setUser(user);
    loadMyTeams();
}

} // namespace portolan
