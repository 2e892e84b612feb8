#include "columnchooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

ColumnChooser::ColumnChooser(const QList<TableColumn> &columns, const QStringList &visible, const QStringList &defaults, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("Columns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAccessibleName(tr("Columns"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *all = buttons->addButton(tr("Show all"), QDialogButtonBox::ResetRole);
    auto *reset = buttons->addButton(tr("Defaults"), QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the columns to show; drag to change their order.")));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(reset, &QPushButton::clicked, this, [this, defaults] { fill(defaults); });
    fill(visible);
    resize(360, 480);
}

void ColumnChooser::fill(const QStringList &visible)
{
    m_list->clear();
    // Visible columns first, in their order; then the hidden ones in the blueprint's order.
    QList<const TableColumn *> ordered;
    for (const QString &key : visible) {
        const int i = TableColumns::indexOf(m_columns, key);
        if (i >= 0)
            ordered.append(&m_columns.at(i));
    }
    for (const TableColumn &c : std::as_const(m_columns)) {
        if (!visible.contains(c.key))
            ordered.append(&c);
    }
    for (const TableColumn *c : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(c->title, m_list);
        item->setData(Qt::UserRole, c->key);
        item->setToolTip(c->key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(visible.contains(c->key) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ColumnChooser::visibleColumns() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return keys;
}

} // namespace portolan
