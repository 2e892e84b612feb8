#include "scorecardentitycard.h"

#include "catalog/chipstyle.h"
#include "designer/formstyle.h"
#include "scorecardstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kHistoryShown = 6;
constexpr int kRowHeight = 30;

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull() || value.isUndefined())
        return ScorecardEntityCard::tr("nothing");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString conditionsText(const QJsonObject &query)
{
    QStringList parts;
    for (const QJsonValue &v : query.value("conditions"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.contains("conditions"_L1)) {
            parts.append(u"("_s + conditionsText(c) + u")"_s);
            continue;
        }
        const QString subject = c.contains("relation"_L1) ? ScorecardEntityCard::tr("%1 related").arg(c.value("relation"_L1).toString())
                                                           : c.value("property"_L1).toString();
        parts.append(u"%1 %2 %3"_s.arg(subject, c.value("operator"_L1).toString(), c.contains("value"_L1) ? valueText(c.value("value"_L1)) : QString()).trimmed());
    }
    return parts.join(query.value("combinator"_L1).toString() == "or"_L1 ? u" or "_s : u" and "_s);
}

QLabel *chip(const QString &text, const QColor &colour)
{
    auto *label = new QLabel(text);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    label->setStyleSheet(u"QLabel { background: %1; color: %2; border-radius: 10px; padding: 2px 10px; font-weight: bold; }"_s.arg(
        colour.name(), chipTextColor(colour).name()));
    return label;
}
} // namespace

QString ScorecardEntityCard::explain(const ScorecardRule &rule, const RuleResult &result, const QList<Exemption> &exemptions)
{
    switch (result.outcome) {
    case RuleOutcome::Pass:
        if (rule.kind == RuleKind::Binary)
            return {};
        break;
    case RuleOutcome::NotApplicable: return tr("the rule's filter leaves this entity out");
    case RuleOutcome::Upcoming: return tr("counts from %1").arg(QLocale().toString(rule.effectiveFrom.date(), QLocale::ShortFormat));
    case RuleOutcome::Error: return tr("error: %1").arg(result.message);
    case RuleOutcome::Exempt:
        for (const Exemption &e : exemptions)
            if (e.rule == rule.identifier && !e.approvedBy.isEmpty() && !e.revoked)
                return e.expiresAt.isValid() ? tr("exempt until %1: %2").arg(QLocale().toString(e.expiresAt.date(), QLocale::ShortFormat), e.reason)
                                             : tr("exempt: %1").arg(e.reason);
        return tr("exempt");
    case RuleOutcome::Fail:
        if (rule.kind == RuleKind::Binary)
            return rule.jq.isEmpty() ? tr("not met: %1").arg(conditionsText(rule.query)) : tr("jq is not true: %1").arg(rule.jq);
        break;
    }
    const QString measured = valueText(result.value);
    const QString credit = QString::number(result.credit * 100.0, 'f', 0);
    if (rule.kind == RuleKind::Target)
        return tr("measured %1, target %2 %3 (%4 % credit)").arg(measured, rule.lowerIsBetter ? u"≤"_s : u"≥"_s, QString::number(rule.target), credit);
    return tr("measured %1 (%2 % credit)").arg(measured, credit);
}

ScorecardEntityCard::ScorecardEntityCard(const EntityScorecardData &data, const QString &user, QWidget *parent)
    : QFrame(parent)
    , m_rules(new QTreeWidget)
{
    setFrameShape(QFrame::StyledPanel);
    const Scorecard &scorecard = data.scorecard;
    const bool inScope = data.stored || (data.live && data.live->inScope);
    const int level = data.stored ? data.stored->level : data.live ? data.live->level : 0;
    const double points = data.stored ? data.stored->points : data.live ? data.live->points : 0;

    auto *title = formstyle::sectionHeader(scorecard.title.isEmpty() ? scorecard.identifier : scorecard.title);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    if (inScope) {
        header->addWidget(chip(scorecardstyle::levelTitle(scorecard, level), scorecardstyle::levelColor(scorecard, level)), 0, Qt::AlignVCenter);
        auto *pts = formstyle::messageLabel(u"dim"_s);
        pts->setText(tr("%1 points").arg(QString::number(points, 'f', 0)));
        header->addWidget(pts);
    }
    header->addStretch(1);
    if (data.stored && data.stored->evaluatedAt.isValid()) {
        auto *when = formstyle::messageLabel(u"dim"_s);
        when->setWordWrap(false);
        when->setText(tr("evaluated %1").arg(QLocale().toString(data.stored->evaluatedAt.toLocalTime(), u"d MMM yyyy HH:mm"_s)));
        header->addWidget(when);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    if (!inScope) {
        auto *out = formstyle::messageLabel(u"dim"_s);
        out->setText(tr("This scorecard's filter leaves this entity out."));
        layout->addWidget(out);
        return;
    }

    m_rules->setHeaderLabels({tr("Rule"), tr("Level"), tr("Outcome"), tr("Why"), QString()});
    m_rules->setRootIsDecorated(false);
    m_rules->setSelectionMode(QAbstractItemView::NoSelection);
    m_rules->setFocusPolicy(Qt::NoFocus);
    m_rules->setItemDelegateForColumn(1, new ScorecardCellDelegate(m_rules));
    m_rules->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rules->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rules->setAccessibleName(tr("Rules of %1").arg(scorecard.title));
    m_rules->setWordWrap(true);
    for (const ScorecardRule &rule : scorecard.rules) {
        RuleResult result;
        result.rule = rule.identifier;
        result.outcome = data.stored ? data.stored->outcome(rule.identifier) : RuleOutcome::Error;
        if (data.live)
            for (const RuleResult &r : data.live->rules)
                if (r.rule == rule.identifier) {
                    const RuleOutcome stored = result.outcome;
                    result = r;
                    if (data.stored)
                        result.outcome = stored; // the stored outcome is what the portal counts
                }
        auto *item = new QTreeWidgetItem(m_rules);
        item->setSizeHint(0, QSize(-1, kRowHeight)); // room for a button; every row alike
        item->setText(0, rule.title.isEmpty() ? rule.identifier : rule.title);
        item->setToolTip(0, rule.description.isEmpty() ? rule.identifier : rule.description);
        item->setData(0, Qt::UserRole, rule.identifier);
        item->setIcon(0, scorecardstyle::outcomeIcon(result.outcome, palette()));
        item->setText(1, rule.level);
        item->setData(1, scorecardstyle::ChipColorRole, scorecardstyle::levelColor(scorecard, scorecard.levelIndex(rule.level)));
        item->setText(2, outcomeName(result.outcome));
        item->setData(2, Qt::UserRole, QString(outcomeCode(result.outcome)));
        item->setForeground(2, scorecardstyle::outcomeColor(result.outcome, palette()));
        const QString why = explain(rule, result, data.exemptions);
        item->setText(3, why);
        item->setToolTip(3, why);

        // The exemption workflow: ask on a failing rule; approve someone else's pending request.
        const Exemption *pending = nullptr;
        for (const Exemption &e : data.exemptions)
            if (e.rule == rule.identifier && e.approvedBy.isEmpty() && !e.revoked)
                pending = &e;
        if (pending && pending->requestedBy != user) {
            auto *approve = new QPushButton(tr("Approve"));
            approve->setToolTip(tr("Exemption asked by %1: %2").arg(pending->requestedBy, pending->reason));
            const qint64 id = pending->id;
            connect(approve, &QPushButton::clicked, this, [this, id] { Q_EMIT approveRequested(id); });
            m_rules->setItemWidget(item, 4, approve);
        } else if (pending) {
            item->setText(4, tr("exemption pending"));
            item->setToolTip(4, tr("Someone other than you must approve it"));
        } else if (result.outcome == RuleOutcome::Fail || result.outcome == RuleOutcome::Error) {
            auto *request = new QPushButton(tr("Request exemption…"));
            const QString id = rule.identifier;
            connect(request, &QPushButton::clicked, this, [this, id, sc = scorecard.identifier] { Q_EMIT exemptionRequested(sc, id); });
            m_rules->setItemWidget(item, 4, request);
        }
    }
    for (int c : {0, 1, 2, 4}) {
        m_rules->resizeColumnToContents(c);
        m_rules->setColumnWidth(c, m_rules->columnWidth(c) + (c == 1 ? 24 : 12));
    }
    m_rules->setColumnWidth(0, std::min(m_rules->columnWidth(0), 260));
    // As tall as its rows: the page scrolls, not each card.
    m_rules->doItemsLayout();
    int rowsHeight = 0;
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i)
        rowsHeight += std::max(m_rules->visualItemRect(m_rules->topLevelItem(i)).height(), 1);
    m_rules->setFixedHeight(m_rules->header()->sizeHint().height() + rowsHeight + 2 * m_rules->frameWidth() + 2);
    layout->addWidget(m_rules);

    if (!data.history.isEmpty()) {
        QStringList steps;
        const qsizetype from = std::max<qsizetype>(0, data.history.size() - kHistoryShown);
        for (qsizetype i = from; i < data.history.size(); ++i) {
            const ScoreChange &change = data.history.at(i);
            if (i > from && data.history.at(i - 1).level == change.level)
                continue; // rule outcomes moved, the level did not
            const QColor colour = scorecardstyle::levelColor(scorecard, change.level);
            steps.append(u"%1 <span style=\"background-color:%2; color:%3\">&nbsp;%4&nbsp;</span>"_s.arg(
                QLocale().toString(change.at.toLocalTime().date(), QLocale::ShortFormat), colour.name(), chipTextColor(colour).name(),
                scorecardstyle::levelTitle(scorecard, change.level).toHtmlEscaped()));
        }
        auto *history = new QLabel(tr("History: %1").arg(steps.join(u" → "_s)));
        history->setTextFormat(Qt::RichText);
        // No word wrap: a wrapping label's height-for-width squeezes the cards in the scroll area.
        history->setToolTip(tr("Level changes, oldest first"));
        layout->addWidget(history);
    }
}

} // namespace portolan
