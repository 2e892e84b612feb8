#include "scorecardrulestable.h"

#include "scorecardstyle.h"

#include <QHeaderView>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

ScorecardRulesTable::ScorecardRulesTable(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(6);
    setHeaderLabels({tr("Rule"), tr("Level"), tr("Kind"), tr("Pass rate"), tr("Failing"), tr("Upcoming / exempt")});
    setItemDelegate(new ScorecardCellDelegate(this));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Rules"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setToolTip(tr("Click a rule to list the entities failing it"));
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { Q_EMIT ruleChosen(item->data(0, Qt::UserRole).toString()); });
}

void ScorecardRulesTable::showRules(const Scorecard &scorecard, const ScorecardSummary &summary)
{
    clear();
    for (const ScorecardRule &rule : scorecard.rules) {
        const RuleTally tally = summary.rules.value(rule.identifier);
        const qint64 counted = tally.passed + tally.failed + tally.errors;
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, rule.title.isEmpty() ? rule.identifier : rule.title);
        item->setToolTip(0, rule.description.isEmpty() ? rule.identifier : rule.identifier + u"\n"_s + rule.description);
        item->setData(0, Qt::UserRole, rule.identifier);
        item->setText(1, rule.level);
        item->setData(1, scorecardstyle::ChipColorRole, scorecardstyle::levelColor(scorecard, scorecard.levelIndex(rule.level)));
        item->setText(2, ruleKindName(rule.kind));
        // Rounded down: 99.6 % with a failing entity must not read as 100 %.
        item->setText(3, counted ? u"%1 %"_s.arg(std::floor(tally.passRate() * 100.0), 0, 'f', 0) : u"—"_s);
        item->setText(4, QString::number(tally.failed + tally.errors));
        if (tally.failed + tally.errors > 0)
            item->setForeground(4, scorecardstyle::outcomeColor(RuleOutcome::Fail, palette()));
        item->setText(5, u"%1 / %2"_s.arg(tally.upcoming).arg(tally.exempt));
        for (int c = 3; c < 6; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The figures' columns fit their contents, but long headers (translations run longer) may not
    // squeeze the rules' titles: beyond 120 px a header is elided and says itself in its tooltip.
    for (int c = 1; c < columnCount(); ++c) {
        resizeColumnToContents(c);
        setColumnWidth(c, std::clamp(columnWidth(c) + 16, 70, 120));
        headerItem()->setToolTip(c, headerItem()->text(c));
    }
}

QTreeWidgetItem *ScorecardRulesTable::itemOf(const QString &rule) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == rule)
            return topLevelItem(i);
    return nullptr;
}

} // namespace portolan
