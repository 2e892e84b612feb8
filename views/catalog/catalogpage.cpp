#include "catalogpage.h"

#include "catalog/entitypagemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

CatalogPage::CatalogPage(CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityPageModel(store, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_count = new QLabel;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search this table…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_search);
    layout->addLayout(header);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    // One line per row: URLs and identifiers wrap badly; the tooltip shows the whole value.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setText(text);
        updateCount();
    });
}

void CatalogPage::showBlueprint(const Blueprint &blueprint)
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_model->setBlueprint(blueprint);
    m_title->setText(blueprint.title.isEmpty() ? blueprint.identifier : blueprint.title);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    updateCount();
}

void CatalogPage::updateCount()
{
    m_count->setText(tr("%n entities", nullptr, int(m_model->totalCount())));
}

} // namespace portolan
