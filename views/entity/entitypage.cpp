#include "entitypage.h"

#include "entity/entitysnapshot.h"
#include "entityheader.h"
#include "historytab.h"
#include "jsontab.h"
#include "overviewtab.h"
#include "relatedtab.h"
#include "store/storelane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
const QStringList TabNames{u"overview"_s, u"related"_s, u"json"_s, u"history"_s};
constexpr int SlowMilliseconds = 200;
} // namespace

EntityPage::EntityPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_stack(new QStackedWidget)
    , m_content(new QWidget)
    , m_message(new QWidget)
    , m_messageTitle(new QLabel)
    , m_messageDetail(new QLabel)
    , m_slow(new QTimer(this))
    , m_header(new EntityHeader)
    , m_tabs(new QTabWidget)
    , m_overview(new OverviewTab)
    , m_related(new RelatedTab)
    , m_json(new JsonTab)
    , m_history(new HistoryTab)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_header);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(u"entityTabs"_s);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_related, tr("Related"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->addTab(m_history, tr("History"));
    for (int i = 0; i < TabNames.size(); ++i)
        m_tabs->widget(i)->setObjectName(TabNames.at(i));
    content->addWidget(m_tabs, 1);

    // A centred column: the labels fill its width, so the detail wraps and takes its full height.
    auto *column = new QWidget;
    column->setMaximumWidth(560);
    auto *text = new QVBoxLayout(column);
    QFont big = m_messageTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_messageTitle->setFont(big);
    m_messageTitle->setObjectName(u"messageTitle"_s);
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageDetail->setObjectName(u"messageDetail"_s);
    m_messageDetail->setWordWrap(true);
    m_messageDetail->setForegroundRole(QPalette::PlaceholderText);
    m_messageDetail->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_messageDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addStretch(1);
    text->addWidget(m_messageTitle);
    text->addWidget(m_messageDetail);
    text->addStretch(2);
    auto *message = new QHBoxLayout(m_message);
    message->addStretch(1);
    message->addWidget(column, 2);
    message->addStretch(1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);
    showMessage(tr("No entity"), tr("Choose an entity in a catalog table, the graph or the search."));

    m_slow->setSingleShot(true);
    m_slow->setInterval(SlowMilliseconds);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (m_loading)
            showMessage(tr("Loading…"), m_key.blueprint + u'/' + m_key.identifier);
    });
    connect(m_header, &EntityHeader::graphRequested, this, [this] { Q_EMIT graphRequested(m_key); });
    connect(m_header, &EntityHeader::actionRequested, this, [this](const QString &action) { Q_EMIT actionRequested(m_key, action); });
    connect(m_overview, &OverviewTab::entityActivated, this, &EntityPage::entityActivated);
    connect(m_related, &RelatedTab::entityActivated, this, &EntityPage::entityActivated);
    connect(m_related, &RelatedTab::depthChanged, this, &EntityPage::loadRelated);

    // Ctrl+1…4 pick a tab; Ctrl+Tab and Ctrl+Shift+Tab cycle, from anywhere on the page.
    for (int i = 0; i < TabNames.size(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    auto cycle = [this](int step) {
        const int count = m_tabs->count();
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    };
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [cycle] { cycle(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [cycle] { cycle(-1); });
}

QString EntityPage::channel(const char *job) const
{
    // Per page: two entity pages must not supersede each other's jobs.
    return u"entity-page/%1/%2"_s.arg(quintptr(this)).arg(QLatin1StringView(job));
}

void EntityPage::showEntity(const EntityKey &key)
{
    m_key = key;
    m_loading = true;
    if (!m_hasContent)
        showMessage(tr("Loading…"), key.blueprint + u'/' + key.identifier);
    m_slow->start();
    const int depth = m_related->depth();
    m_lane.post(this, channel("snapshot"), [key, depth](CatalogStore &store) { return EntitySnapshot::load(store, key, depth); },
                [this](const EntitySnapshot &snapshot) { showSnapshot(snapshot); });
}

void EntityPage::reload()
{
    if (!m_key.identifier.isEmpty())
        showEntity(m_key);
}

EntityKey EntityPage::entity() const
{
    return m_key;
}

bool EntityPage::isLoading() const
{
    return m_loading;
}

void EntityPage::setCurrentTab(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == name) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

QString EntityPage::currentTab() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
}

int EntityPage::addTab(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void EntityPage::loadRelated(int depth)
{
    const EntityKey key = m_key;
    m_lane.post(this, channel("related"), [key, depth](CatalogStore &store) { return RelatedEntities::load(store, key, depth); },
                [this](const RelatedEntities &related) {
                    if (related.start == m_key)
                        m_related->setRelated(related);
                });
}

void EntityPage::showSnapshot(const EntitySnapshot &snapshot)
{
    m_loading = false;
    m_slow->stop();
    if (!snapshot.found) {
        m_hasContent = false;
        QString detail = tr("There is no %1 “%2” in this portal.").arg(snapshot.key.blueprint, snapshot.key.identifier);
        if (!snapshot.history.isEmpty() && snapshot.history.last().action == "delete"_L1) {
            const AuditEntry &last = snapshot.history.last();
            detail += u' ' + tr("It was deleted on %1 by %2 (%3).")
                                 .arg(QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat), last.actor, last.origin);
        } else {
            detail += u' ' + tr("It may have been renamed or deleted, or its blueprint removed.");
        }
        showMessage(tr("Entity not found"), detail);
        Q_EMIT loaded();
        return;
    }
    m_hasContent = true;
    m_header->setSnapshot(snapshot);
    m_overview->setSnapshot(snapshot);
    m_related->setRelated(snapshot.related);
    m_json->setJson(snapshot.entity.toJson(true));
    m_history->setEntries(snapshot.history, snapshot.names);
    m_stack->setCurrentWidget(m_content);
    Q_EMIT loaded();
}

void EntityPage::showMessage(const QString &title, const QString &detail)
{
    m_messageTitle->setText(title);
    m_messageDetail->setText(detail);
    m_stack->setCurrentWidget(m_message);
}

} // namespace portolan
