#include "scorecardeditorwhatif.h"

#include "designer/formstyle.h"
#include "scorecardstyle.h"
#include "scoring/whatif.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kPauseMs = 400;
} // namespace

ScorecardWhatIf::ScorecardWhatIf(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_summary(new QLabel)
    , m_detail(formstyle::messageLabel(u"dim"_s))
    , m_changes(new QTreeWidget)
{
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_changes->setHeaderLabels({tr("Entity"), tr("From"), tr("To")});
    m_changes->setRootIsDecorated(false);
    m_changes->setItemDelegate(new ScorecardCellDelegate(m_changes));
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->header()->setStretchLastSection(false);
    m_changes->setColumnWidth(1, 90);
    m_changes->setColumnWidth(2, 90);
    m_changes->setAccessibleName(tr("Entities that change level"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formstyle::sectionHeader(tr("What if")));
    layout->addWidget(m_summary);
    layout->addWidget(m_detail);
    layout->addWidget(m_changes, 1);
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ScorecardWhatIf::runNow);
    stale(tr("Make a change to see what publishing it would do."));
}

ScorecardWhatIf::~ScorecardWhatIf()
{
    if (m_cancel)
        *m_cancel = true;
}

void ScorecardWhatIf::schedule(const Scorecard &draft)
{
    m_draft = draft;
    if (m_cancel)
        *m_cancel = true; // the run for the previous draft is of no use now
    m_running = true;
    m_detail->setText(tr("Comparing with the stored results…"));
    m_pause.start();
}

void ScorecardWhatIf::stale(const QString &why)
{
    m_pause.stop();
    if (m_cancel)
        *m_cancel = true;
    m_running = false;
    m_summary->setText(QString());
    m_summary->hide();
    m_detail->setText(why);
    m_changes->clear();
    m_changed = 0;
}

void ScorecardWhatIf::runNow()
{
    m_pause.stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    const Scorecard draft = m_draft;
    m_lane.post(
        this, u"scorecard-whatif"_s, [draft, cancel = m_cancel](CatalogStore &store) { return run(store, draft, cancel.get()); },
        [this](const Outcome &outcome) { present(outcome); });
}

ScorecardWhatIf::Outcome ScorecardWhatIf::run(CatalogStore &store, const Scorecard &draft, std::atomic_bool *cancel)
{
    Outcome outcome;
    if (!store.blueprint(draft.blueprint)) {
        outcome.error = tr("no blueprint \"%1\"").arg(draft.blueprint);
        return outcome;
    }
    const WhatIfReport report = whatIf(store, draft, QDateTime::currentDateTimeUtc(), cancel);
    outcome.up = report.up;
    outcome.down = report.down;
    outcome.same = report.same;
    outcome.left = report.leaving;
    outcome.entering = report.entering;
    // Rules whose passing count moves: what the change does, rule by rule (three at most).
    for (const ScorecardRule &rule : draft.rules) {
        const WhatIfRuleCounts counts = report.rules.value(rule.identifier);
        if (counts.passedBefore != counts.passedAfter && outcome.rules.size() < 3)
            outcome.rules.append(tr("“%1” passes for %2 → %3").arg(rule.title.isEmpty() ? rule.identifier : rule.title)
                                     .arg(counts.passedBefore)
                                     .arg(counts.passedAfter));
    }
    for (const LevelMove &move : report.moves)
        outcome.changes.append(Change{move.blueprint, move.identifier, move.title.isEmpty() ? move.identifier : move.title, move.fromLevel, move.toLevel});
    return outcome;
}

void ScorecardWhatIf::present(const Outcome &outcome)
{
    m_running = false;
    m_changes->clear();
    m_changed = int(outcome.up + outcome.down); // the list may be capped; the counts are not
    m_summary->show();
    if (!outcome.error.isEmpty()) {
        m_summary->setText(tr("What-if could not run"));
        m_detail->setText(outcome.error);
        Q_EMIT finished();
        return;
    }
    if (m_changed == 0)
        m_summary->setText(tr("If published: no entity changes level"));
    else if (m_changed == 1)
        m_summary->setText(tr("If published: 1 entity changes level — %1 up, %2 down").arg(outcome.up).arg(outcome.down));
    else
        m_summary->setText(tr("If published: %1 entities change level — %2 up, %3 down").arg(m_changed).arg(outcome.up).arg(outcome.down));
    QStringList detail{tr("%1 keep their level.").arg(outcome.same)};
    if (outcome.entering)
        detail.append(tr("%1 are graded for the first time.").arg(outcome.entering));
    if (outcome.left)
        detail.append(tr("%1 leave the scorecard (its filter).").arg(outcome.left));
    if (m_changed > outcome.changes.size())
        detail.append(tr("The first %1 changes are listed.").arg(outcome.changes.size()));
    m_detail->setText(detail.join(u' ') + (outcome.rules.isEmpty() ? QString() : u"\n"_s + outcome.rules.join(u'\n')));
    for (const Change &change : outcome.changes) {
        auto *item = new QTreeWidgetItem(m_changes, {change.title, scorecardstyle::levelTitle(m_draft, change.from),
                                                     scorecardstyle::levelTitle(m_draft, change.to)});
        item->setToolTip(0, change.identifier);
        item->setData(0, Qt::UserRole, change.identifier);
        item->setData(1, scorecardstyle::ChipColorRole, scorecardstyle::levelColor(m_draft, change.from));
        item->setData(2, scorecardstyle::ChipColorRole, scorecardstyle::levelColor(m_draft, change.to));
        item->setIcon(0, scorecardstyle::outcomeIcon(change.to > change.from ? RuleOutcome::Pass : RuleOutcome::Fail, palette()));
    }
    Q_EMIT finished();
}

QString ScorecardWhatIf::summaryText() const
{
    return m_summary->text();
}

} // namespace portolan
