#include "exemptiondialog.h"

#include "designer/formstyle.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kDefaultDays = 30;
constexpr int kMinimumReason = 10; // a word or two is not a reason an approver can judge
} // namespace

ExemptionDialog::ExemptionDialog(const Exemption &request, const QString &ruleTitle, const QString &entityTitle, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_reason(new QPlainTextEdit)
    , m_reasonProblem(formstyle::messageLabel(u"problem"_s))
    , m_expiry(new QDateEdit(QDate::currentDate().addDays(kDefaultDays)))
    , m_never(new QCheckBox(tr("Never expires")))
    , m_expiryProblem(formstyle::messageLabel(u"problem"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Request exemption"));
    auto *intro = new QLabel(tr("Exempt <b>%1</b> from the rule <b>%2</b>. It counts once someone other than you approves it; "
                                "until it expires the rule neither passes nor fails for this entity.")
                                 .arg(entityTitle.toHtmlEscaped(), ruleTitle.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why this entity cannot meet the rule for now, and what will change"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(90);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(u"yyyy-MM-dd"_s);
    okButton()->setText(tr("Request"));
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_never);
    expiryRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(QString(), m_reasonProblem);
    form->addRow(tr("Expires"), expiryRow);
    form->addRow(QString(), m_expiryProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, 320);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExemptionDialog::validate);
    connect(m_expiry, &QDateEdit::dateChanged, this, &ExemptionDialog::validate);
    connect(m_never, &QCheckBox::toggled, this, [this](bool never) {
        m_expiry->setEnabled(!never);
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *ExemptionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ExemptionDialog::validate()
{
    const QString reason = m_reason->toPlainText().trimmed();
    QString reasonProblem;
    if (reason.isEmpty())
        reasonProblem = tr("Give a reason: approvers decide on it.");
    else if (reason.size() < kMinimumReason)
        reasonProblem = tr("Say a little more (at least %1 characters).").arg(kMinimumReason);
    QString expiryProblem;
    if (!m_never->isChecked() && m_expiry->date() <= QDate::currentDate())
        expiryProblem = tr("The expiry must be after today.");
    m_reasonProblem->setText(reasonProblem);
    m_reasonProblem->setVisible(!reasonProblem.isEmpty());
    m_expiryProblem->setText(expiryProblem);
    m_expiryProblem->setVisible(!expiryProblem.isEmpty());
    okButton()->setEnabled(reasonProblem.isEmpty() && expiryProblem.isEmpty());
}

QString ExemptionDialog::problemText() const
{
    QStringList out;
    for (const QLabel *label : {m_reasonProblem, m_expiryProblem})
        if (!label->text().isEmpty())
            out.append(label->text());
    return out.join(u'\n');
}

Exemption ExemptionDialog::exemption() const
{
    Exemption e = m_request;
    e.reason = m_reason->toPlainText().trimmed();
    e.expiresAt = m_never->isChecked() ? QDateTime() : m_expiry->date().endOfDay();
    e.requestedBy = QSettings().value(u"identity/user"_s).toString().trimmed();
    if (e.requestedBy.isEmpty())
        e.requestedBy = qEnvironmentVariable("USER", u"editor"_s);
    e.requestedAt = QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace portolan
