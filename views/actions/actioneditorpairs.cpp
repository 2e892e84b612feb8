#include "actioneditorpairs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ActionEditorPairs::ActionEditorPairs(const QString &keyTitle, const QString &valueTitle, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_add(new QPushButton(tr("Add")))
    , m_remove(new QPushButton(tr("Remove")))
{
    m_table->setHorizontalHeaderLabels({keyTitle, valueTitle});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QPushButton *button : {m_add, m_remove})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        fitHeight();
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
    fitHeight();
}

void ActionEditorPairs::addRow(const QString &key, const QString &value)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = loading;
    fitHeight();
}

void ActionEditorPairs::setValues(const QJsonObject &values)
{
    if (values == this->values() && problem().isEmpty())
        return;
    m_loading = true;
    m_table->setRowCount(0);
    for (auto it = values.begin(); it != values.end(); ++it)
        addRow(it.key(), it.value().toString());
    m_loading = false;
    fitHeight();
}

QJsonObject ActionEditorPairs::values() const
{
    QJsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            out.insert(key, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
    }
    return out;
}

QString ActionEditorPairs::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (key.isEmpty())
            return tr("row %1 has no name").arg(row + 1);
        if (seen.contains(key))
            return tr("\"%1\" appears twice").arg(key);
        seen.insert(key);
    }
    return {};
}

void ActionEditorPairs::fitHeight()
{
    const int rows = std::max(1, m_table->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 2);
}

} // namespace portolan
