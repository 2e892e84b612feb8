#include "runapprovalbox.h"

#include "actions/actionrun.h"
#include "actions/runlistmodel.h"
#include "catalog/namedirectory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool samePerson(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

RunApprovalBox::RunApprovalBox(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel)
    , m_body(new QLabel)
    , m_approve(new QPushButton(tr("&Approve…")))
    , m_decline(new QPushButton(tr("&Decline…")))
    , m_cancel(new QPushButton(tr("Cancel re&quest")))
{
    setObjectName(u"approvalBox"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(u"approvalHeading"_s);
    m_body->setObjectName(u"approvalBody"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setObjectName(u"approveRun"_s);
    m_decline->setObjectName(u"declineRun"_s);
    m_cancel->setObjectName(u"cancelRun"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_decline);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, &RunApprovalBox::approveClicked);
    connect(m_decline, &QPushButton::clicked, this, &RunApprovalBox::declineClicked);
    connect(m_cancel, &QPushButton::clicked, this, &RunApprovalBox::cancelClicked);
    hide();
}

void RunApprovalBox::setRun(const ActionRun &run, const NameDirectory &names, const QString &currentUser)
{
    const RunApproval &approval = run.approval;
    setVisible(approval.mode != RunApproval::Mode::None);
    if (approval.mode == RunApproval::Mode::None)
        return;
    const bool waiting = run.status == RunStatus::WaitingForApproval;

    QStringList approvers;
    for (const QString &approver : approval.approvers)
        approvers.append(names.user(approver).toHtmlEscaped());
    QStringList lines;
    if (approvers.isEmpty())
        lines.append(tr("No one may approve this run: the action names no approvers."));
    else
        lines.append((approval.mode == RunApproval::Mode::All ? tr("All of these must approve: %1") : tr("Any one of these may approve: %1"))
                         .arg(approvers.join(u", "_s)));

    const QLocale locale;
    bool answered = false;
    for (const ApprovalDecision &decision : approval.decisions) {
        answered = answered || samePerson(decision.approver, currentUser);
        QString line = QString(decision.approved ? u"✓ "_s + tr("%1 approved") : u"✗ "_s + tr("%1 declined"))
                           .arg(u"<b>"_s + names.user(decision.approver).toHtmlEscaped() + u"</b>"_s);
        if (decision.at.isValid())
            line += u" ("_s + locale.toString(decision.at.toLocalTime(), QLocale::ShortFormat) + u')';
        if (!decision.reason.isEmpty())
            line += u": “"_s + decision.reason.toHtmlEscaped() + u"”"_s;
        lines.append(line);
    }
    m_body->setText(lines.join(u"<br>"_s));

    const bool isApprover = std::any_of(approval.approvers.cbegin(), approval.approvers.cend(),
                                        [&](const QString &approver) { return samePerson(approver, currentUser); });
    const bool canAnswer = waiting && isApprover && !answered;
    m_approve->setVisible(canAnswer);
    m_decline->setVisible(canAnswer);
    m_cancel->setVisible(waiting && samePerson(run.createdBy, currentUser));

    if (waiting)
        m_heading->setText(canAnswer ? tr("Waiting for your approval") : tr("Waiting for approval"));
    else if (run.status == RunStatus::Declined)
        m_heading->setText(tr("Declined"));
    else
        m_heading->setText(tr("Approved"));
    const QString color = RunListModel::statusColor(waiting ? RunStatus::WaitingForApproval
                                                            : run.status == RunStatus::Declined ? RunStatus::Declined
                                                                                                 : RunStatus::Success);
    if (color != m_color) {
        m_color = color;
        restyle();
    }
}

void RunApprovalBox::restyle()
{
    // A band in the status colour on the left and a faint tint of it, readable on light and dark.
    QColor tint(m_color);
    tint.setAlpha(28);
    const QString css = u"QFrame#approvalBox { border: 1px solid %1; border-left: 4px solid %1; border-radius: 4px;"
                        " background: rgba(%2, %3, %4, %5); }"_s
                            .arg(m_color)
                            .arg(tint.red())
                            .arg(tint.green())
                            .arg(tint.blue())
                            .arg(tint.alpha());
    setStyleSheet(css);
}

} // namespace portolan
