#include "homepage.h"

#include "store/catalogstore.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

HomePage::HomePage(CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("Portolan"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    m_cards = new QGridLayout;
    m_cards->setSpacing(10);
    layout->addLayout(m_cards);
    auto *recentTitle = new QLabel(tr("Recent changes"));
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    m_recent = new QTreeWidget;
    m_recent->setRootIsDecorated(false);
    m_recent->setHeaderLabels({tr("When"), tr("Who"), tr("Origin"), tr("Action"), tr("Blueprint"), tr("Identifier")});
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_recent, 1);
    refresh();
}

void HomePage::refresh()
{
    const QJsonObject stats = m_store.stats();
    m_summary->setText(tr("%1 entities in %2 blueprints, %3 relations.")
                           .arg(stats.value("entityCount"_L1).toInteger())
                           .arg(stats.value("blueprints"_L1).toInteger())
                           .arg(stats.value("relations"_L1).toInteger()));
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const Blueprint &bp : m_store.blueprints()) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        auto *count = new QLabel(QString::number(stats.value("entities"_L1).toObject().value(bp.identifier).toInteger()));
        QFont f = count->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        count->setFont(f);
        cardLayout->addWidget(count);
        cardLayout->addWidget(new QLabel(bp.title.isEmpty() ? bp.identifier : bp.title));
        m_cards->addWidget(card, i / 5, i % 5);
        ++i;
    }
    m_recent->clear();
    for (const AuditEntry &a : m_store.recentAudit(50)) {
        new QTreeWidgetItem(m_recent, {QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat), a.actor, a.origin,
                                       a.action, a.blueprint, a.identifier});
    }
}

} // namespace portolan
