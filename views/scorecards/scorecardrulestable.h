#pragma once

#include "scoring/scorecard.h"
#include "scoring/scorecardstore.h"

#include <QTreeWidget>

namespace portolan {

// A scorecard's rules with their tallies: rule, level (chip), kind, pass rate, failing,
// upcoming/exempt. Clicking a rule asks for the entities failing it (ruleChosen).
class ScorecardRulesTable final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ScorecardRulesTable(QWidget *parent = nullptr);
    void showRules(const Scorecard &scorecard, const ScorecardSummary &summary);
    // The row of a rule (tests), or null.
    QTreeWidgetItem *itemOf(const QString &rule) const;

Q_SIGNALS:
    void ruleChosen(const QString &rule);
};

} // namespace portolan
