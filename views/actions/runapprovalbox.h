#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace portolan {

struct ActionRun;
struct NameDirectory;

// A run's approval: who may (ANY) or must (ALL) approve, who answered and why, and — while the
// run waits — Approve / Decline for the current user if they are an approver who has not answered,
// and "Cancel request" for the person who asked. Hidden for runs that need no approval.
class RunApprovalBox final : public QFrame
{
    Q_OBJECT
public:
    explicit RunApprovalBox(QWidget *parent = nullptr);

    void setRun(const ActionRun &run, const NameDirectory &names, const QString &currentUser);

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void approveClicked();
    void declineClicked();
    void cancelClicked();

private:
    void restyle();

    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_color;
};

} // namespace portolan
