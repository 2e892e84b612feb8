#pragma once

#include "store/changeset.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

namespace portolan {

class CatalogNotifier;

// What one evaluation changed, announced after its results are written.
struct ScoringChange {
    QSet<QString> scorecards;   // scorecards whose results were written
    qint64 evaluated = 0;       // entity results computed
    qint64 changed = 0;         // of which changed level or a rule outcome
    QHash<QString, QSet<QString>> entities; // blueprint → identifiers whose results changed
};

// Keeps scorecard results current. Listens to the store's notifier: every committed change
// re-evaluates the affected results (the changed entities, and entities of a scorecard's blueprint
// related to them, whose mirrors, aggregations or relation counts may have changed) on its own
// worker thread and connection, writes them with their history, and says so (`evaluated`).
// A changed scorecard re-evaluates that scorecard in full, an approved exemption its entity. Full evaluations report
// progress and can be cancelled. The UI thread never runs this SQL.
class ScorecardEngine final : public QObject
{
    Q_OBJECT
public:
    ScorecardEngine(const QString &storePath, CatalogNotifier &notifier, QObject *parent = nullptr);
    ~ScorecardEngine() override; // cancels, joins the worker
    Q_DISABLE_COPY_MOVE(ScorecardEngine)

    // For tests: the time evaluations use (effectiveFrom, exemption expiry, date presets, history).
    void setClock(std::function<QDateTime()> clock);

    void evaluateAll();                         // every scorecard in full
    void evaluateScorecard(const QString &id);  // one scorecard in full (after it was saved)
    // One entity again, in every scorecard that grades it (and what reads it through relations),
    // as if it had changed: after its exemption was approved or revoked.
    void evaluateEntity(const QString &blueprint, const QString &identifier);
    void cancel();                              // stops a running full evaluation (results so far are kept)
    bool isBusy() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);   // full evaluations
    void evaluated(const portolan::ScoringChange &change);
    void failed(const QString &message);
    void idle();

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::ScoringChange)
