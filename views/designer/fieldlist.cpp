#include "fieldlist.h"

#include "formstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Rows with some air: the style's defaults are dense for a form people read.
class RoomyRows final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

FieldList::FieldList(const QString &title, const QStringList &columns, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_count(formstyle::messageLabel(u"dim"_s))
    , m_stack(new QStackedWidget)
    , m_view(new QTreeWidget)
    , m_empty(formstyle::messageLabel(u"dim"_s))
    , m_add(new QPushButton(tr("Add…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_rename(new QPushButton(tr("Rename…")))
    , m_remove(new QPushButton(tr("Remove")))
{
    m_count->setWordWrap(false);
    m_view->setColumnCount(int(columns.size()));
    m_view->setHeaderLabels(columns);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new RoomyRows(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // tooltips carry what does not fit
    m_view->setAccessibleName(title);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    m_view->installEventFilter(this);
    m_empty->setText(emptyText);
    m_empty->setContentsMargins(2, 4, 2, 4);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    for (QPushButton *button : {m_add, m_edit, m_rename, m_remove})
        button->setAutoDefault(false);
    m_add->setToolTip(tr("Add a field to this section"));
    m_edit->setToolTip(tr("Edit the selected field (Enter)"));
    m_rename->setToolTip(tr("Change the selected field's identifier (F2)"));
    m_remove->setToolTip(tr("Remove the selected field (Delete)"));

    // Buttons under the table: the form is often a narrow panel beside the canvas.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(formstyle::sectionHeader(title));
    header->addWidget(m_count);
    header->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_add, m_edit, m_rename, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_stack);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FieldList::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(currentId()); });
    connect(m_rename, &QPushButton::clicked, this, [this] { Q_EMIT renameRequested(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(currentId()); });
    connect(m_view, &QTreeWidget::itemActivated, this, [this] { Q_EMIT editRequested(currentId()); });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &FieldList::updateButtons);
    setRows({});
}

bool FieldList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !currentId().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2) {
            Q_EMIT renameRequested(currentId());
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            Q_EMIT removeRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FieldList::setRows(const QList<FieldRow> &rows)
{
    const QString selected = currentId();
    const QSignalBlocker block(m_view);
    m_view->clear();
    for (const FieldRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_view, row.cells);
        item->setData(0, Qt::UserRole, row.id);
        for (int c = 0; c < row.cells.size(); ++c)
            item->setToolTip(c, row.tooltip.isEmpty() ? row.cells.at(c) : row.tooltip);
    }
    for (int c = 0; c + 1 < m_view->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, qBound(90, m_view->columnWidth(c) + 16, 280));
    }
    setCurrentId(selected);
    m_count->setText(rows.isEmpty() ? QString() : QString::number(rows.size()));
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    fitHeight();
    updateButtons();
}

int FieldList::rowHeight() const
{
    const int hint = m_view->topLevelItemCount() > 0 ? m_view->sizeHintForRow(0) : 0;
    return hint > 0 ? hint : m_view->fontMetrics().height() + 8;
}

void FieldList::fitHeight()
{
    if (m_view->topLevelItemCount() == 0) {
        m_stack->setFixedHeight(m_empty->sizeHint().height());
        return;
    }
    m_stack->setFixedHeight(m_view->header()->sizeHint().height() + rowHeight() * m_view->topLevelItemCount()
                            + 2 * m_view->frameWidth() + 2);
}

QString FieldList::currentId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void FieldList::setCurrentId(const QString &id)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id && !id.isEmpty()) {
            m_view->setCurrentItem(item);
            item->setSelected(true);
            updateButtons();
            return;
        }
    }
}

int FieldList::rowCount() const
{
    return m_view->topLevelItemCount();
}

void FieldList::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_rename->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace portolan
