#include "runspage.h"

#include "actions/runlistmodel.h"
#include "runstatusdelegate.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int PollMs = 2000;

struct RunsSnapshot {
    QList<ActionRun> runs;
    QHash<QString, QString> entityTitles;
    std::optional<NameDirectory> names;
};

const RunStatus kStatuses[] = {RunStatus::InProgress, RunStatus::WaitingForApproval, RunStatus::Success,
                               RunStatus::Failure, RunStatus::Declined};

} // namespace

RunsPage::RunsPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_model(new RunListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("Runs")))
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_mine(new QCheckBox(tr("&Mine")))
    , m_myApproval(new QCheckBox(tr("&Waiting for my approval")))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_empty(new QLabel)
    , m_poll(new QTimer(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"runsTitle"_s);

    m_search->setPlaceholderText(tr("Filter by action, entity, label or person"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"runsSearch"_s);
    m_status->setObjectName(u"runsStatus"_s);
    m_status->addItem(tr("All statuses"), -1);
    for (const RunStatus status : kStatuses)
        m_status->addItem(RunListModel::statusText(status), int(status));
    m_mine->setObjectName(u"runsMine"_s);
    m_myApproval->setObjectName(u"runsMyApproval"_s);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(10);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_mine);
    bar->addWidget(m_myApproval);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"runsTable"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(RunListModel::StatusColumn, new RunStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::StartedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunListModel::LabelColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from what the columns hold, so "Waiting for approval" and "47 min ago" fit unelided.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fit = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    header->resizeSection(RunListModel::StatusColumn, fit(RunListModel::statusText(RunStatus::WaitingForApproval)) + 8);
    header->resizeSection(RunListModel::ActionColumn, fit(u"Request temporary permissions"_s));
    header->resizeSection(RunListModel::EntityColumn, fit(u"payments-service"_s));
    header->resizeSection(RunListModel::ByColumn, fit(u"Grace Hopper-Smith"_s));
    header->resizeSection(RunListModel::StartedColumn, fit(tr("%n min ago", nullptr, 59)));
    header->resizeSection(RunListModel::DurationColumn, fit(RunListModel::durationText(59 * 60 + 59)));

    m_empty->setObjectName(u"runsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    updateUserFilters();

    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            load(false);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_mine, &QCheckBox::toggled, this, [this] { load(false); });
    connect(m_myApproval, &QCheckBox::toggled, this, [this] { load(false); });
    // Double-click or Enter.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT runRequested(index.data(RunListModel::RunIdRole).toString());
    });
}

QString RunsPage::currentUser() const
{
    return QSettings().value(u"identity/user"_s).toString().trimmed();
}

void RunsPage::refresh()
{
    load(!m_namesLoaded);
}

void RunsPage::setFilter(const RunFilter &filter, const QString &title)
{
    m_scope = RunFilter{};
    m_scope.action = filter.action;
    m_scope.blueprint = filter.blueprint;
    m_scope.entity = filter.entity;
    m_scope.limit = filter.limit;
    m_title->setText(title.isEmpty() ? tr("Runs") : title);
    load(!m_namesLoaded);
}

RunFilter RunsPage::effectiveFilter() const
{
    RunFilter filter = m_scope;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = RunStatus(status);
    const QString user = currentUser();
    if (m_mine->isChecked())
        filter.createdBy = user;
    if (m_myApproval->isChecked())
        filter.approver = user;
    return filter;
}

bool RunsPage::isPolling() const
{
    return m_poll->isActive();
}

QString RunsPage::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void RunsPage::updateUserFilters()
{
    // Without a current user "Mine" would match nobody's runs: say why the boxes are off.
    const bool known = !currentUser().isEmpty();
    for (QCheckBox *box : {m_mine, m_myApproval}) {
        box->setEnabled(known || box->isChecked());
        box->setToolTip(known ? QString() : tr("Tell Portolan who you are first (Settings → Who am I…)"));
    }
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateUserFilters();
    // Names may have changed while hidden (a user renamed), and polls skip hidden pages.
    load(true);
}

void RunsPage::load(bool withNames)
{
    const RunFilter filter = effectiveFilter();
    m_lane.post(
        this, u"runs"_s,
        [filter, withNames](CatalogStore &store) {
            RunsSnapshot snapshot;
            snapshot.runs = RunStore(store.database()).runs(filter);
            for (const ActionRun &run : std::as_const(snapshot.runs)) {
                const QString key = run.blueprint + u'/' + run.entity;
                if (run.entity.isEmpty() || snapshot.entityTitles.contains(key))
                    continue;
                const std::optional<Entity> entity = store.entity(run.blueprint, run.entity);
                snapshot.entityTitles.insert(key, entity && !entity->title.isEmpty() ? entity->title : run.entity);
            }
            if (withNames)
                snapshot.names = NameDirectory::load(store);
            return snapshot;
        },
        [this](const RunsSnapshot &snapshot) {
            // A reset loses the selection: keep the selected run selected across polls.
            const QModelIndex current = m_view->currentIndex();
            const QString selected = current.isValid() ? current.data(RunListModel::RunIdRole).toString() : QString();
            if (snapshot.names) {
                m_model->setNames(*snapshot.names);
                m_namesLoaded = true;
            }
            m_model->setEntityTitles(snapshot.entityTitles);
            m_model->setRuns(snapshot.runs);
            if (!selected.isEmpty() && !m_view->currentIndex().isValid()) {
                const int row = m_model->rowOf(selected);
                if (row >= 0)
                    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            }
            if (m_model->hasOpenRuns()) {
                if (!m_poll->isActive())
                    m_poll->start();
            } else {
                m_poll->stop();
            }
            updateEmptyState();
            Q_EMIT loaded();
        });
}

void RunsPage::updateEmptyState()
{
    const bool filtered = m_status->currentIndex() > 0 || m_mine->isChecked() || m_myApproval->isChecked()
                          || !m_search->text().trimmed().isEmpty();
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(filtered ? tr("No runs match these filters.")
                              : tr("No runs yet. Run an action from a blueprint's or an entity's page."));
    m_stack->setCurrentWidget(m_empty);
}

} // namespace portolan
