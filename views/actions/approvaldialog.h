#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace portolan {

// Approve or decline a run that waits for approval, with a reason: optional to approve, required
// to decline (the OK button stays disabled until one is given). Enter accepts, Escape cancels.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Approve, Decline };

    // `what` names the run for the question ("Deploy service on cart").
    ApprovalDialog(Decision decision, const QString &what, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    QString reason() const;

    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;

private:
    void updateOk();

    Decision m_decision;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace portolan
