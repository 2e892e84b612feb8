#pragma once

#include <QJsonObject>
#include <QList>
#include <functional>

namespace portolan {

// `portolan bench scorecards`: a BenchCatalog of N entities (reused from --dir when it holds exactly
// that catalog), one scorecard of 10 rules per bench blueprint (stored properties, meta-properties,
// relation counts and a target rule), so N entities × 10 rules in all. Times the full evaluation K
// times, each from no stored results (every row and history row written: the worst case, as after
// a scorecard's rules changed), and the engine's incremental path: a commit changing a system
// (its services and deployments are related) until the engine's `evaluated` signal. Needs a
// running QCoreApplication (the engine announces through the event loop).
class ScorecardBenchmark final
{
public:
    ScorecardBenchmark(qint64 entities, int runs, QString folder);

    QJsonObject run(const std::function<void(const QString &)> &progress);
    static QList<QJsonObject> scorecards(); // the 5 bench scorecards (also used by tests)

private:
    qint64 m_entities;
    int m_runs;
    QString m_folder;
};

} // namespace portolan
