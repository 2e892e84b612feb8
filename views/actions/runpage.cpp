#include "runpage.h"

#include "actions/runsnapshot.h"
#include "approvaldialog.h"
#include "runapprovalbox.h"
#include "rundetails.h"
#include "runheader.h"
#include "runlinks.h"
#include "runlogview.h"
#include "store/storelane.h"

#include <QDesktopServices>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int PollMs = 500;
} // namespace

RunPage::RunPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_header(new RunHeader)
    , m_approval(new RunApprovalBox)
    , m_details(new RunDetails)
    , m_detailsScroll(new QScrollArea)
    , m_log(new RunLogView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_timer(new QTimer(this))
{
    m_detailsScroll->setWidget(m_details);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailsScroll->setMinimumWidth(300);
    m_splitter->setObjectName(u"runSplitter"_s);
    m_splitter->addWidget(m_detailsScroll);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // Details a little over a third, the log the rest (the splitter keeps the ratio as it grows).
    m_splitter->setSizes({400, 700});

    auto *approvalRow = new QVBoxLayout;
    approvalRow->setContentsMargins(20, 4, 20, 4);
    approvalRow->addWidget(m_approval);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addLayout(approvalRow);
    layout->addWidget(m_splitter, 1);

    m_timer->setInterval(PollMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            poll();
    });
    connect(m_header, &RunHeader::linkActivated, this, &RunPage::openLink);
    connect(m_details, &RunDetails::linkActivated, this, &RunPage::openLink);
    connect(m_approval, &RunApprovalBox::approveClicked, this, [this] { decide(true); });
    connect(m_approval, &RunApprovalBox::declineClicked, this, [this] { decide(false); });
    connect(m_approval, &RunApprovalBox::cancelClicked, this, [this] { Q_EMIT cancelRequested(m_runId); });
}

QString RunPage::currentUser() const
{
    return QSettings().value(u"identity/user"_s).toString().trimmed();
}

bool RunPage::isPolling() const
{
    return m_timer->isActive();
}

void RunPage::showRun(const QString &runId)
{
    m_runId = runId;
    m_run.reset();
    m_titles.clear();
    m_inputTitles.clear();
    m_lastSeq = 0;
    m_log->clear();
    m_timer->stop();
    m_loading = true;
    // A poll of the previous run on the same channel is superseded and never answers.
    m_busy = false;
    m_again = false;
    m_lane.post(this, u"run"_s, [runId](CatalogStore &store) { return RunSnapshot::load(store, runId, 0, true); },
                [this](const RunSnapshot &snapshot) { apply(snapshot); });
}

void RunPage::refresh()
{
    if (m_runId.isEmpty() || m_loading)
        return; // the load on its way is fresh enough
    if (m_busy) {
        m_again = true;
        return;
    }
    poll();
}

void RunPage::poll()
{
    if (m_runId.isEmpty() || m_loading || m_busy)
        return;
    m_busy = true;
    const QString runId = m_runId;
    const qint64 after = m_lastSeq;
    const QList<QString> known = m_titles.keys();
    const QSet<QString> knownTitles(known.cbegin(), known.cend());
    m_lane.post(this, u"run"_s, [runId, after, knownTitles](CatalogStore &store) { return RunSnapshot::load(store, runId, after, false, knownTitles); },
                [this](const RunSnapshot &snapshot) { apply(snapshot); });
}

void RunPage::apply(const RunSnapshot &snapshot)
{
    const bool full = snapshot.full;
    if (full)
        m_loading = false;
    else
        m_busy = false;
    if (snapshot.run && snapshot.run->id != m_runId)
        return;
    if (full) {
        m_names = snapshot.names;
        m_inputTitles = snapshot.inputTitles;
    }
    m_titles.insert(snapshot.titles);
    if (!snapshot.run) {
        m_run.reset();
        m_timer->stop();
        m_header->setMissing(m_runId);
        m_approval->hide();
        m_splitter->hide();
        Q_EMIT updated();
        if (full)
            Q_EMIT loaded();
        return;
    }
    m_splitter->show();
    m_run = snapshot.run;
    const ActionRun &run = *m_run;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_header->setRun(run, m_names, m_titles.value(RunSnapshot::entityKey(run.blueprint, run.entity)), now);
    m_approval->setRun(run, m_names, currentUser());
    m_details->setRun(run, m_inputTitles, m_titles);
    m_details->setEntities(snapshot.entities, m_titles);

    QList<RunLogLine> fresh;
    for (const RunLogLine &line : snapshot.logs)
        if (line.seq > m_lastSeq)
            fresh.append(line);
    if (!fresh.isEmpty()) {
        m_lastSeq = fresh.constLast().seq;
        m_log->append(fresh);
    }

    // Open runs poll; a terminal run has said all it will (refresh() still fetches stragglers).
    if (isTerminal(run.status))
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
    m_log->setLive(m_timer->isActive());

    Q_EMIT updated();
    if (full)
        Q_EMIT loaded();
    if (m_again) {
        m_again = false;
        poll();
    }
}

void RunPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Polls skip a hidden page: catch up at once when it comes back.
    if (m_timer->isActive())
        poll();
}

void RunPage::openLink(const QString &url)
{
    if (const auto entity = parseEntityLink(url)) {
        Q_EMIT entityRequested(entity->first, entity->second);
        return;
    }
    const QUrl target(url);
    if (target.scheme() == "http"_L1 || target.scheme() == "https"_L1)
        QDesktopServices::openUrl(target);
}

void RunPage::decide(bool approve)
{
    if (!m_run)
        return;
    const QString title = m_run->actionTitle.isEmpty() ? m_run->action : m_run->actionTitle;
    const QString entity = m_titles.value(RunSnapshot::entityKey(m_run->blueprint, m_run->entity), m_run->entity);
    const QString what = entity.isEmpty() ? title : tr("%1 on %2").arg(title, entity);
    ApprovalDialog dialog(approve ? ApprovalDialog::Decision::Approve : ApprovalDialog::Decision::Decline, what, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT decisionRequested(m_runId, approve, dialog.reason());
}

} // namespace portolan
