#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget;
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            new QTreeWidgetItem(list, {action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)});
    }
    new QTreeWidgetItem(list, {tr("Focus the table's search"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)});
    list->sortItems(0, Qt::AscendingOrder);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace portolan
