#include "approvaldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ApprovalDialog::ApprovalDialog(Decision decision, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_reason(new QLineEdit)
    , m_hint(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool approve = decision == Decision::Approve;
    setWindowTitle(approve ? tr("Approve run") : tr("Decline run"));
    auto *question = new QLabel(approve ? tr("Approve <b>%1</b>? It starts as soon as the approval it needs is complete.").arg(what.toHtmlEscaped())
                                        : tr("Decline <b>%1</b>? The run ends and does not start.").arg(what.toHtmlEscaped()));
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);
    question->setMinimumWidth(420);

    m_reason->setObjectName(u"approvalReason"_s);
    m_reason->setPlaceholderText(approve ? tr("Optional") : tr("Why the run may not go ahead"));
    m_reason->setMaxLength(1000);
    m_hint->setObjectName(u"approvalHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(approve ? tr("The requester and the other approvers see the reason.")
                            : tr("A reason is required to decline; the requester sees it."));
    m_hint->setWordWrap(true);

    okButton()->setText(approve ? tr("&Approve") : tr("&Decline"));
    okButton()->setObjectName(u"approvalOk"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(14);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalDialog::updateOk);
    m_reason->setFocus();
    updateOk();
}

QString ApprovalDialog::reason() const
{
    return m_reason->text().trimmed();
}

QPushButton *ApprovalDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ApprovalDialog::updateOk()
{
    okButton()->setEnabled(m_decision == Decision::Approve || !reason().isEmpty());
}

} // namespace portolan
