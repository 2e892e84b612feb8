#include "actioneditorsteps.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ActionEditorSteps::ActionEditorSteps(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_add(new QPushButton(tr("Add step")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_up(new QPushButton(tr("Move up")))
    , m_down(new QPushButton(tr("Move down")))
{
    setAccessibleName(tr("Steps"));
    m_table->setHorizontalHeaderLabels({tr("Step title"), tr("Inputs (keys, comma-separated)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(tr("Step %1").arg(m_table->rowCount() + 1), {});
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
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ActionEditorSteps::updateButtons);
    fitHeight();
    updateButtons();
}

void ActionEditorSteps::addRow(const QString &title, const QStringList &keys)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(title));
    m_table->setItem(row, 1, new QTableWidgetItem(keys.join(u", "_s)));
    m_loading = loading;
    fitHeight();
    updateButtons();
}

void ActionEditorSteps::setSteps(const QJsonArray &steps)
{
    if (steps == this->steps())
        return;
    m_loading = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    for (const QJsonValue &step : steps) {
        QStringList keys;
        for (const QJsonValue &key : step.toObject().value("order"_L1).toArray())
            keys.append(key.toString());
        addRow(step.toObject().value("title"_L1).toString(), keys);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_loading = false;
    fitHeight();
    updateButtons();
}

QJsonArray ActionEditorSteps::steps() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonArray order;
        const QString keys = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        for (const QString &key : keys.split(u',', Qt::SkipEmptyParts))
            if (!key.trimmed().isEmpty())
                order.append(key.trimmed());
        out.append(QJsonObject{{u"title"_s, m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString()},
                               {u"order"_s, order}});
    }
    return out;
}

void ActionEditorSteps::move(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    m_loading = true;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(to, column);
        m_table->setItem(row, column, b);
        m_table->setItem(to, column, a);
    }
    m_loading = false;
    m_table->setCurrentCell(to, m_table->currentColumn());
    Q_EMIT edited();
}

void ActionEditorSteps::fitHeight()
{
    const int rows = std::max(1, m_table->rowCount());
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_table->frameWidth() + 2);
}

void ActionEditorSteps::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

} // namespace portolan
