#pragma once

#include "formdialog.h"

#include <functional>

class QLineEdit;

namespace portolan {

// Asks for a field's new identifier, checked as it is typed (`check` says why a name will not do).
class FormRenameDialog final : public FormDialog
{
    Q_OBJECT
public:
    using Check = std::function<QString(const QString &)>;
    FormRenameDialog(const QString &what, const QString &current, Check check, const QString &hint, QWidget *parent = nullptr);

    QString identifier() const;
    QLineEdit *identifierEdit() const { return m_identifier; }

protected:
    void validate() override;

private:
    QString m_current;
    Check m_check;
    QLineEdit *m_identifier = nullptr;
};

} // namespace portolan
