#include "homepage.h"

#include "store/storelane.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

struct HomePage::Snapshot {
    QJsonObject stats;
    QList<Blueprint> blueprints;
    QList<AuditEntry> recent;
};

namespace {

QLabel *heading(const QString &text, qreal scale)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

HomePage::HomePage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(heading(tr("Portolan"), 1.8));
    layout->addWidget(m_summary);
    m_cards = new QGridLayout;
    m_cards->setSpacing(10);
    layout->addLayout(m_cards);
    layout->addWidget(heading(tr("Recent changes"), 1.0));
    m_recent = new QTreeWidget;
    m_recent->setRootIsDecorated(false);
    m_recent->setHeaderLabels({tr("When"), tr("Who"), tr("Origin"), tr("Action"), tr("Blueprint"), tr("Identifier")});
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->setAccessibleName(tr("Recent changes"));
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->text(5).isEmpty())
            return;
        Q_EMIT placeRequested(Place::entityPage({item->text(4), item->text(5)}));
    });
    layout->addWidget(m_recent, 1);
    refresh();
}

void HomePage::refresh()
{
    m_loading = true;
    m_lane.post(
        this, u"home"_s,
        [](CatalogStore &store) { return Snapshot{store.stats(), store.blueprints(), store.recentAudit(50)}; },
        [this](const Snapshot &snapshot) { show(snapshot); });
}

void HomePage::show(const Snapshot &snapshot)
{
    const QJsonObject &stats = snapshot.stats;
    const QLocale locale;
    m_summary->setText(tr("%1 entities in %2 blueprints, %3 relations. Press Ctrl+K to find anything.")
                           .arg(locale.toString(stats.value("entityCount"_L1).toInteger()))
                           .arg(stats.value("blueprints"_L1).toInteger())
                           .arg(locale.toString(stats.value("relations"_L1).toInteger())));
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const Blueprint &bp : snapshot.blueprints) {
        auto *card = new QToolButton;
        const qint64 count = stats.value("entities"_L1).toObject().value(bp.identifier).toInteger();
        card->setText(locale.toString(count) + u'\n' + (bp.title.isEmpty() ? bp.identifier : bp.title));
        card->setToolButtonStyle(Qt::ToolButtonTextOnly);
        card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        card->setMinimumHeight(58);
        card->setToolTip(tr("Open the %1 table").arg(bp.title));
        connect(card, &QToolButton::clicked, this, [this, id = bp.identifier] { Q_EMIT placeRequested(Place::catalog(id)); });
        m_cards->addWidget(card, i / 5, i % 5);
        ++i;
    }
    m_recent->clear();
    for (const AuditEntry &a : snapshot.recent) {
        new QTreeWidgetItem(m_recent, {locale.toString(a.at.toLocalTime(), QLocale::ShortFormat), a.actor, a.origin,
                                       a.action, a.blueprint, a.identifier});
    }
    m_loading = false;
    Q_EMIT loaded();
}

} // namespace portolan
