#include "runheader.h"

#include "actions/actionrun.h"
#include "actions/runlistmodel.h"
#include "catalog/namedirectory.h"
#include "entity/chiplabel.h"
#include "runlinks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

RunHeader::RunHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_chipSlot(new QHBoxLayout)
    , m_label(new QLabel)
    , m_meta(new QLabel)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"runTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chipSlot->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_title);
    top->addLayout(m_chipSlot);
    top->addStretch(1);

    QFont larger = m_label->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_label->setFont(larger);
    m_label->setObjectName(u"runStatusLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(u"runMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_meta, &QLabel::linkActivated, this, &RunHeader::linkActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_label);
    layout->addWidget(m_meta);
}

void RunHeader::setChip(const QString &text, const QString &color)
{
    if (m_chipKey == text + color)
        return;
    m_chipKey = text + color;
    while (QLayoutItem *item = m_chipSlot->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (text.isEmpty())
        return;
    auto *chip = new ChipLabel(text, color.isEmpty() ? QColor() : QColor(color));
    chip->setObjectName(u"runStatusChip"_s);
    m_chipSlot->addWidget(chip, 0, Qt::AlignVCenter);
}

void RunHeader::setRun(const ActionRun &run, const NameDirectory &names, const QString &entityTitle, const QDateTime &now)
{
    m_title->setText(run.actionTitle.isEmpty() ? run.action : run.actionTitle);
    setChip(RunListModel::statusText(run.status), RunListModel::statusColor(run.status));
    m_label->setText(run.statusLabel);
    m_label->setVisible(!run.statusLabel.isEmpty());

    const QLocale locale;
    QStringList facts;
    if (!run.entity.isEmpty())
        facts.append(tr("on %1").arg(linkHtml(entityLinkUrl(run.blueprint, run.entity), entityTitle.isEmpty() ? run.entity : entityTitle)));
    if (!run.createdBy.isEmpty())
        facts.append(tr("by %1").arg(names.user(run.createdBy).toHtmlEscaped()));
    if (run.createdAt.isValid())
        facts.append(tr("started %1 (%2)").arg(locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat),
                                               RunListModel::relativeTime(run.createdAt, now)));
    const qint64 seconds = RunListModel::durationSeconds(run, now);
    if (seconds >= 0)
        facts.append((isTerminal(run.status)                            ? tr("took %1")
                      : run.status == RunStatus::WaitingForApproval ? tr("waiting for %1")
                                                                    : tr("running for %1"))
                         .arg(RunListModel::durationText(seconds)));
    if (!run.externalRunId.isEmpty())
        facts.append(tr("external run %1").arg(run.externalRunId.toHtmlEscaped()));
    facts.append(tr("run %1").arg(run.id.toHtmlEscaped()));
    m_meta->setText(facts.join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));
}

void RunHeader::setMissing(const QString &runId)
{
    m_title->setText(tr("Run not found"));
    setChip({}, {});
    m_label->setText(tr("There is no run \"%1\" in this portal.").arg(runId));
    m_label->setVisible(true);
    m_meta->clear();
}

} // namespace portolan
