#include "catalogpage.h"

#include "actions/actionstore.h"

#include "columnchooser.h"
#include "countlabel.h"
#include "displayvaluedelegate.h"
#include "exportrunner.h"
#include "filterbar.h"
#include "filtereditor.h"
#include "groupedtableview.h"
#include "headerlayout.h"
#include "savedviewsmenu.h"
#include "sortheader.h"
#include "store/storelane.h"
#include "table/entitytablemodel.h"
#include "table/groupedtablemodel.h"
#include "table/savedviews.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int SearchDelayMs = 150;
} // namespace

CatalogPage::CatalogPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
{
    build();
}

CatalogPage::~CatalogPage()
{
    // The models post to the lane: they go before a lane of our own does.
    delete m_flat;
    delete m_grouped;
}

void CatalogPage::build()
{
    m_flat = new EntityTableModel(m_lane, this);
    m_grouped = new GroupedTableModel(m_lane, this);
    m_export = new ExportRunner(m_lane.path(), this);
    m_delegate = new DisplayValueDelegate(this);
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_count = new CountLabel;
    m_status = new QLabel;
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search this table…  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    m_search->setAccessibleName(tr("Search this table"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_search);
    m_create = new QPushButton(tr("&New…"));
    m_create->setObjectName(u"createActions"_s);
    m_create->setToolTip(tr("Create with a self-service action"));
    m_create->setMenu(new QMenu(m_create));
    m_create->hide();
    top->addWidget(m_create);

    m_filterEditor = new FilterEditor;
    m_filterEditor->hide();
    m_filterBar = new FilterBar(m_filterEditor);
    m_groupBy = new QComboBox;
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *columns = new QPushButton(tr("Columns…"));
    auto *views = new QPushButton(tr("Views"));
    m_views = new SavedViewsMenu(views);
    views->setMenu(m_views);
    auto *exporting = new QPushButton(tr("Export"));
    auto *exportMenu = new QMenu(exporting);
    exportMenu->addAction(tr("CSV…"), this, [this] { exportView(true); });
    exportMenu->addAction(tr("JSON…"), this, [this] { exportView(false); });
    exporting->setMenu(exportMenu);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filterBar, 1);
    tools->addSpacing(12);
    tools->addWidget(new QLabel(tr("Group by")));
    tools->addWidget(m_groupBy);
    tools->addWidget(columns);
    tools->addWidget(views);
    tools->addWidget(exporting);

    m_loading = new QProgressBar;
    m_loading->setRange(0, 0);
    m_loading->setTextVisible(false);
    m_loading->setFixedHeight(3);
    m_loading->setAccessibleName(tr("Loading"));
    QSizePolicy keep = m_loading->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_loading->setSizePolicy(keep);
    m_loading->hide();

    buildViews();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(m_filterEditor);
    layout->addWidget(m_loading);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_state.text = m_search->text();
        applyState();
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const QJsonObject &filter) {
        m_state.filter = filter;
        applyState();
    });
    connect(m_filterBar, &FilterBar::myTeamsToggled, this, [this](bool on) {
        m_state.myTeams = on;
        applyState();
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_state.groupBy = m_groupBy->currentData().toString();
        applyState();
    });
    connect(columns, &QPushButton::clicked, this, &CatalogPage::chooseColumns);
    connect(m_views, &SavedViewsMenu::viewChosen, this, &CatalogPage::setState);
    connect(m_views, &SavedViewsMenu::resetChosen, this, [this] { setState(SavedViews::defaultState(m_blueprint)); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    for (TableModelBase *model : {static_cast<TableModelBase *>(m_flat), static_cast<TableModelBase *>(m_grouped)}) {
        connect(model, &TableModelBase::countChanged, this, &CatalogPage::updateCount);
        connect(model, &TableModelBase::loadingChanged, this, &CatalogPage::updateLoading);
        connect(model, &TableModelBase::statusChanged, this, &CatalogPage::updateLoading);
        connect(model, &QAbstractItemModel::modelReset, this, &CatalogPage::applyHeader);
        connect(model, &TableModelBase::firstPageShown, this, [this, model] {
            if (model == activeModel())
                Q_EMIT firstRowsShown();
        });
    }
    updateLoading();
}

void CatalogPage::buildViews()
{
    m_table = new QTableView;
    m_tableHeader = new SortHeader(m_table);
    m_table->setHorizontalHeader(m_tableHeader);
    m_table->setModel(m_flat);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_tree = new GroupedTableView(m_grouped);
    m_treeHeader = new SortHeader(m_tree);
    m_tree->setHeader(m_treeHeader);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_tree)}) {
        view->setItemDelegate(m_delegate);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setMouseTracking(true);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (index.data(TableRoles::GroupRole).toBool()) {
                m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
                return;
            }
            const EntityKey key = activeModel()->entityKey(index);
            if (!key.identifier.isEmpty())
                Q_EMIT entityActivated(key);
        });
    }
    for (SortHeader *header : {m_tableHeader, m_treeHeader}) {
        header->setStretchLastSection(true);
        connect(header, &SortHeader::sortRequested, this, &CatalogPage::headerClicked);
        connect(header, &QHeaderView::sectionMoved, this, &CatalogPage::headerMoved);
    }
    connect(m_delegate, &DisplayValueDelegate::linkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_delegate, &DisplayValueDelegate::entityActivated, this, &CatalogPage::entityActivated);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_tree);
}

TableModelBase *CatalogPage::activeModel() const
{
    return m_state.groupBy.isEmpty() ? static_cast<TableModelBase *>(m_flat) : m_grouped;
}

void CatalogPage::showBlueprint(const Blueprint &blueprint)
{
    if (blueprint.identifier != m_blueprint.identifier) {
        // Each table keeps its sort, filters and columns for the session: back to a table is back
        // to how it was left (saved views keep them across sessions).
        if (!m_blueprint.identifier.isEmpty())
            m_visited.insert(m_blueprint.identifier, m_state);
        m_state = SavedViews::defaultState(blueprint);
        const TableState visited = m_visited.value(blueprint.identifier, m_state);
        const QList<TableColumn> known = TableColumns::of(blueprint);
        const bool stillValid = std::all_of(visited.columns.begin(), visited.columns.end(),
                                            [&](const QString &key) { return TableColumns::indexOf(known, key) >= 0; });
        if (stillValid)
            m_state = visited;
    }
    m_blueprint = blueprint;
    m_title->setText(blueprint.title.isEmpty() ? blueprint.identifier : blueprint.title);
    reloadCreateActions();
    const QList<TableColumn> columns = TableColumns::of(blueprint);
    m_filterBar->setColumns(columns);
    m_views->setBlueprint(blueprint.identifier);
    {
        const QSignalBlocker block(m_groupBy);
        m_groupBy->clear();
        m_groupBy->addItem(tr("No grouping"), QString());
        for (const TableColumn &c : columns) {
            if (c.groupable())
                m_groupBy->addItem(c.title, c.key);
        }
    }
    // Both models start over when next shown (the entities may have changed since).
    m_stale = {m_flat, m_grouped};
    setState(m_state);
}

void CatalogPage::setState(const TableState &state)
{
    m_state = state;
    const QList<TableColumn> columns = TableColumns::of(m_blueprint);
    const int group = TableColumns::indexOf(columns, m_state.groupBy);
    if (group < 0 || !columns.at(group).groupable())
        m_state.groupBy.clear();
    if (m_state.columns.isEmpty())
        m_state.columns = TableColumns::defaultKeys(m_blueprint, columns);
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockGroup(m_groupBy);
        if (m_search->text() != m_state.text)
            m_search->setText(m_state.text);
        m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(m_state.groupBy)));
    }
    m_searchDelay->stop();
    m_filterBar->setFilter(m_state.filter);
    m_filterBar->setMyTeams(m_state.myTeams, !m_myTeams.isEmpty());
    applyState();
}

void CatalogPage::applyState()
{
    if (m_blueprint.identifier.isEmpty())
        return;
    TableModelBase *model = activeModel();
    QWidget *view = model == m_flat ? static_cast<QWidget *>(m_table) : m_tree;
    const bool switched = m_stack->currentWidget() != view;
    if (m_stale.removeAll(model) > 0)
        model->setBlueprint(m_blueprint, m_state);
    else
        model->setState(m_state);
    m_stack->setCurrentWidget(view);
    if (switched && !model->isLoading()) // back to rows that are still current: shown once painted
        QTimer::singleShot(0, this, [this] { Q_EMIT firstRowsShown(); });
    m_views->setCurrentState(m_state);
    applyHeader();
    updateCount();
    updateLoading();
}

void CatalogPage::applyHeader()
{
    TableModelBase *model = activeModel();
    HeaderLayout::apply(model == m_flat ? m_tableHeader : m_treeHeader, model->columns(), m_state, m_blueprint.identifier);
}

void CatalogPage::headerClicked(int logical, bool add)
{
    const QList<TableColumn> &columns = activeModel()->columns();
    if (logical < 0 || logical >= columns.size())
        return;
    const TableColumn &column = columns.at(logical);
    if (!column.sortable()) {
        m_status->setText(tr("'%1' is computed when shown: it cannot be sorted").arg(column.title));
        return;
    }
    QList<SortKey> &keys = m_state.sort;
    const auto it = std::find_if(keys.begin(), keys.end(), [&](const SortKey &k) { return k.column == column.key; });
    if (add && it != keys.end())
        it->ascending = !it->ascending;
    else if (add)
        keys.append({column.key, true});
    else if (keys.size() == 1 && it != keys.end())
        it->ascending = !it->ascending;
    else
        keys = {{column.key, true}};
    applyState();
}

void CatalogPage::headerMoved()
{
    TableModelBase *model = activeModel();
    m_state.columns = HeaderLayout::visibleColumns(model == m_flat ? m_tableHeader : m_treeHeader, model->columns());
    m_views->setCurrentState(m_state);
}

void CatalogPage::chooseColumns()
{
    const QList<TableColumn> columns = TableColumns::of(m_blueprint);
    ColumnChooser chooser(columns, m_state.columns, TableColumns::defaultKeys(m_blueprint, columns), this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    m_state.columns = chooser.visibleColumns();
    m_views->setCurrentState(m_state);
    applyHeader();
}

void CatalogPage::exportView(bool csv)
{
    TableSpec spec = activeModel()->spec();
    spec.state = m_state;
    m_export->run(spec, csv ? ViewExport::Format::Csv : ViewExport::Format::Json);
}

void CatalogPage::setMyTeams(const QStringList &teams)
{
    m_myTeams = teams;
    m_filterEditor->setTeams(teams);
    m_filterBar->setMyTeams(m_state.myTeams, !teams.isEmpty());
    m_flat->setMyTeams(teams);
    m_grouped->setMyTeams(teams);
}

QTreeView *CatalogPage::groupedTable() const
{
    return m_tree;
}

bool CatalogPage::isLoading() const
{
    return activeModel()->isLoading();
}

void CatalogPage::updateCount()
{
    m_count->setCounts(activeModel()->count(), activeModel()->blueprintCount(),
                       m_blueprint.title.isEmpty() ? m_blueprint.identifier : m_blueprint.title);
}

void CatalogPage::updateLoading()
{
    const TableModelBase *model = activeModel();
    m_loading->setVisible(model->isLoading() || !model->status().isEmpty());
    m_status->setText(!model->status().isEmpty() ? model->status() : model->error());
    m_status->setToolTip(model->error());
}

void CatalogPage::reloadCreateActions()
{
    const QString blueprint = m_blueprint.identifier;
    m_lane.post(
        this, u"createActions"_s,
        [blueprint](CatalogStore &store) { return ActionStore(store.database()).createActions(blueprint); },
        [this, blueprint](const QList<ActionDefinition> &actions) {
            if (blueprint != m_blueprint.identifier)
                return;
            QMenu *menu = m_create->menu();
            menu->clear();
            for (const ActionDefinition &action : actions) {
                QAction *item = menu->addAction(action.title, this, [this, blueprint, id = action.identifier] {
                    Q_EMIT createActionRequested(blueprint, id);
                });
                item->setObjectName(u"action:"_s + action.identifier);
                item->setToolTip(action.description);
            }
            m_create->setVisible(!actions.isEmpty());
        });
}

} // namespace portolan
