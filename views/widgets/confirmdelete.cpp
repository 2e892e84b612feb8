#include "confirmdelete.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace portolan {

bool confirmDelete(QWidget *parent, const QString &title, const QString &question, const QString &consequence)
{
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    if (!consequence.isEmpty())
        ask.setInformativeText(consequence);
    QPushButton *remove = ask.addButton(QCoreApplication::translate("portolan::confirmDelete", "Delete"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == remove;
}

} // namespace portolan
