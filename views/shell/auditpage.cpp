#include "auditpage.h"

#include "store/storelane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

AuditPage::AuditPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
{
    auto *title = new QLabel(tr("Audit log"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by who, origin, action, blueprint or identifier"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Origin"), tr("Action"), tr("Kind"), tr("Blueprint"), tr("Identifier")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->text(4) == "entity"_L1)
            Q_EMIT placeRequested(Place::entityPage({item->text(5), item->text(6)}));
        else
            Q_EMIT placeRequested(Place::catalog(item->text(5).isEmpty() ? item->text(6) : item->text(5)));
    });
}

void AuditPage::refresh()
{
    m_lane.post(this, u"audit"_s, [](CatalogStore &store) { return store.recentAudit(1000); }, [this](const QList<AuditEntry> &entries) {
        m_list->clear();
        const QLocale locale;
        for (const AuditEntry &a : entries) {
            const QString origin = a.run.isEmpty() ? a.origin : tr("%1 · run %2").arg(a.origin, a.run);
            auto *item = new QTreeWidgetItem(m_list, {a.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), a.actor, origin,
                                                      a.action, a.kind, a.blueprint, a.identifier});
            item->setToolTip(0, locale.toString(a.at.toLocalTime(), QLocale::LongFormat));
        }
        m_list->sortByColumn(0, Qt::DescendingOrder);
        applyFilter();
        Q_EMIT loaded();
    });
}

void AuditPage::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = text.isEmpty();
        for (int c = 1; !match && c < item->columnCount(); ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace portolan
