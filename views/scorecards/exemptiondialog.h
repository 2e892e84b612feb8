#pragma once

#include "scoring/exemption.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace portolan {

// Asks for an exemption of one entity from one rule: the reason (required) and, unless it never
// expires, the day it expires (after today). Validates as you type; OK stays disabled until both
// are right. The request counts once someone else approves it.
class ExemptionDialog final : public QDialog
{
    Q_OBJECT
public:
    // `request`: scorecard, rule, blueprint and entity set; the titles are for the text.
    ExemptionDialog(const Exemption &request, const QString &ruleTitle, const QString &entityTitle, QWidget *parent = nullptr);

    Exemption exemption() const; // the request with reason, expiry and requester filled in
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QCheckBox *neverBox() const { return m_never; }
    QPushButton *okButton() const;
    QString problemText() const; // "" when OK is enabled

private:
    void validate();

    Exemption m_request;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonProblem = nullptr;
    QDateEdit *m_expiry = nullptr;
    QCheckBox *m_never = nullptr;
    QLabel *m_expiryProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace portolan
