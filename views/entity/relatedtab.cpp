#include "relatedtab.h"

#include "entity/relatedentitiesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

RelatedTab::RelatedTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new RelatedEntitiesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_depth(new QSpinBox)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_view(new QTableView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *bar = new QHBoxLayout;
    auto *depthLabel = new QLabel(tr("&Depth"));
    depthLabel->setBuddy(m_depth);
    m_depth->setObjectName(u"depth"_s);
    m_depth->setRange(RelatedEntities::MinDepth, RelatedEntities::MaxDepth);
    m_depth->setToolTip(tr("How many relation hops to follow, in both directions"));
    m_filter->setObjectName(u"relatedFilter"_s);
    m_filter->setPlaceholderText(tr("Filter related entities…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(240);
    m_filter->setMaximumWidth(320);
    m_summary->setObjectName(u"relatedSummary"_s);
    bar->addWidget(depthLabel);
    bar->addWidget(m_depth);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_filter);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"relatedView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RelatedEntitiesModel::DepthColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(180);
    m_view->setColumnWidth(RelatedEntitiesModel::DirectionColumn, 120);
    m_view->setColumnWidth(RelatedEntitiesModel::EntityColumn, 280);
    m_view->setColumnWidth(RelatedEntitiesModel::DepthColumn, 70);
    layout->addWidget(m_view, 1);

    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        m_loading = true;
        updateSummary();
        Q_EMIT depthChanged(depth);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    // activated: Enter, and double-click (or single click where the platform opens items so).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const EntityKey key = m_model->key(m_proxy->mapToSource(index));
        if (!key.identifier.isEmpty())
            Q_EMIT entityActivated(key);
    });
}

void RelatedTab::setRelated(RelatedEntities related)
{
    m_loading = false;
    const QSignalBlocker blocker(m_depth);
    m_depth->setValue(related.depth);
    m_model->setRelated(std::move(related));
    updateSummary();
}

int RelatedTab::depth() const
{
    return m_depth->value();
}

void RelatedTab::setDepth(int depth)
{
    m_depth->setValue(depth);
}

void RelatedTab::updateSummary()
{
    if (m_loading) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    const RelatedEntities &related = m_model->related();
    const QLocale locale;
    QSet<QString> entities;
    for (const RelatedEntity &row : related.rows)
        entities.insert(row.key.blueprint + u'/' + row.key.identifier);
    QString text = entities.isEmpty() ? tr("No related entities") : tr("%n related entities", nullptr, int(entities.size()));
    if (entities.size() != related.rows.size())
        text += u" "_s + tr("(%n relations)", nullptr, int(related.rows.size()));
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 rows shown of %2").arg(locale.toString(m_proxy->rowCount()), text);
    if (related.truncated)
        text += u"  ·  "_s + tr("stopped at %1 rows: lower the depth to see everything").arg(locale.toString(related.rows.size()));
    m_summary->setText(text);
}

} // namespace portolan
