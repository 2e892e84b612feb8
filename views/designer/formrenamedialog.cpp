#include "formrenamedialog.h"

#include <QFormLayout>
#include <QLineEdit>

namespace portolan {

FormRenameDialog::FormRenameDialog(const QString &what, const QString &current, Check check, const QString &hint, QWidget *parent)
    : FormDialog(parent)
    , m_current(current)
    , m_check(std::move(check))
    , m_identifier(new QLineEdit(current))
{
    setWindowTitle(tr("Rename %1").arg(what));
    setMinimumWidth(440);
    QFormLayout *form = addSection(QString());
    addField(form, tr("New &identifier"), m_identifier, hint);
    connect(m_identifier, &QLineEdit::textChanged, this, &FormRenameDialog::revalidate);
    m_identifier->selectAll();
    m_identifier->setFocus();
    revalidate();
}

QString FormRenameDialog::identifier() const
{
    return m_identifier->text().trimmed();
}

void FormRenameDialog::validate()
{
    if (identifier() == m_current)
        setProblem(m_identifier, tr("the same as now: type the new identifier"));
    else
        setProblem(m_identifier, m_check(identifier()));
}

} // namespace portolan
