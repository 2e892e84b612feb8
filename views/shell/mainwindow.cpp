#include "mainwindow.h"

#include "catalog/catalogpage.h"
#include "homepage.h"
#include "store/catalogstore.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kBlueprintRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(CatalogStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("Portolan — %1").arg(store.database().path()));
    m_sidebar = new QTreeWidget;
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(false);
    m_sidebar->setIndentation(14);
    m_sidebar->setMinimumWidth(210);
    m_pages = new QStackedWidget;
    m_home = new HomePage(store);
    m_catalog = new CatalogPage(store);
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_catalog);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1050});
    setCentralWidget(splitter);

    rebuildSidebar();
    connect(m_sidebar, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onItemSelected(item); });
    connect(&store.notifier(), &CatalogNotifier::changed, this, [this] {
        rebuildSidebar();
        m_home->refresh();
    });
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1280, 800);
    showPage(-1);
}

void MainWindow::rebuildSidebar()
{
    m_sidebar->clear();
    auto *home = new QTreeWidgetItem(m_sidebar, {tr("Home")});
    home->setData(0, kBlueprintRole, QString());
    m_catalogFolder = new QTreeWidgetItem(m_sidebar, {tr("Catalog")});
    m_catalogFolder->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_catalogFolder->font(0);
    bold.setBold(true);
    m_catalogFolder->setFont(0, bold);
    const QJsonObject counts = m_store.stats().value("entities"_L1).toObject();
    for (const Blueprint &bp : m_store.blueprints()) {
        const QString title = bp.title.isEmpty() ? bp.identifier : bp.title;
        auto *item = new QTreeWidgetItem(m_catalogFolder, {u"%1  (%2)"_s.arg(title).arg(counts.value(bp.identifier).toInteger())});
        item->setData(0, kBlueprintRole, bp.identifier);
    }
    m_sidebar->expandAll();
}

int MainWindow::blueprintCount() const
{
    return m_catalogFolder ? m_catalogFolder->childCount() : 0;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(int blueprintIndex)
{
    QTreeWidgetItem *item = blueprintIndex < 0 ? m_sidebar->topLevelItem(0) : m_catalogFolder->child(blueprintIndex);
    if (item)
        m_sidebar->setCurrentItem(item);
}

void MainWindow::onItemSelected(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString blueprint = item->data(0, kBlueprintRole).toString();
    if (blueprint.isEmpty()) {
        m_home->refresh();
        m_pages->setCurrentWidget(m_home);
        return;
    }
    if (const std::optional<Blueprint> bp = m_store.blueprint(blueprint))
        m_catalog->showBlueprint(*bp);
    m_pages->setCurrentWidget(m_catalog);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace portolan
