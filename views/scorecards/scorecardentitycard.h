#pragma once

#include "scoring/exemption.h"
#include "scoring/scorecard.h"
#include "scoring/scorecardevaluator.h"
#include "scoring/scorecardstore.h"

#include <QFrame>
#include <optional>

class QTreeWidget;

namespace portolan {

// What EntityScorecards loads for one scorecard of one entity: the stored result (what the
// engine last wrote), a fresh evaluation (for what target and threshold rules measured and why
// rules fail), the entity's history and exemptions.
struct EntityScorecardData {
    Scorecard scorecard;
    std::optional<StoredScore> stored;
    std::optional<EntityScore> live;
    QList<ScoreChange> history;
    QList<Exemption> exemptions;
};

// One scorecard of one entity: title, level chip and points; each rule with its outcome (icon and
// colour), what it measured and why it fails; "Request exemption…" on failing rules and
// "Approve" on others' pending requests; the level's history.
class ScorecardEntityCard final : public QFrame
{
    Q_OBJECT
public:
    ScorecardEntityCard(const EntityScorecardData &data, const QString &user, QWidget *parent = nullptr);

    QTreeWidget *rules() const { return m_rules; }
    // Why a rule has its outcome, in words ("measured 60 of target 80", "language = Go is not met").
    static QString explain(const ScorecardRule &rule, const RuleResult &result, const QList<Exemption> &exemptions);

Q_SIGNALS:
    void exemptionRequested(const QString &scorecard, const QString &rule);
    void approveRequested(qint64 exemption);

private:
    QTreeWidget *m_rules = nullptr;
};

} // namespace portolan
