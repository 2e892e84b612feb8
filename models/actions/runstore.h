#pragma once

#include "actionrun.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace portolan {

class Database;

// Which runs to list (all set fields must match), newest first.
struct RunFilter {
    QString action;
    QString blueprint;
    QString entity;
    QString createdBy;
    QString approver;    // runs waiting for this person's approval
    std::optional<RunStatus> status;
    bool openOnly = false; // IN_PROGRESS or WAITING_FOR_APPROVAL
    int limit = 1000;      // Port lists at most 1000
};

// Action runs, their logs and the entities they touched, in the portal file (tables action_runs,
// run_logs, run_entities). Works on whichever connection it is given, so the UI thread writes
// runs while lanes read them. Every call is one statement or one transaction.
class RunStore final
{
public:
    explicit RunStore(const Database &db);

    static QString newRunId();                        // "r_" + 16 random letters and digits
    static QString newToken();                        // 32 random bytes, base64url
    static QByteArray hashToken(const QString &token); // SHA-256, hex

    // Returns an error message, or "" on success.
    QString insert(const ActionRun &run, const QByteArray &tokenHash = {});
    // Writes status, label, summary, links, external id, approval, updated/ended times.
    QString update(const ActionRun &run);
    std::optional<ActionRun> run(const QString &id) const;
    QList<ActionRun> runs(const RunFilter &filter = {}) const;
    QByteArray tokenHash(const QString &id) const;

    // Appends a log line and returns its sequence number via `seq`.
    QString appendLog(const QString &run, const QString &message, const QDateTime &at, qint64 *seq = nullptr);
    // Lines after `afterSeq`, oldest first (a run page polls with the last seq it has).
    QList<RunLogLine> logs(const QString &run, qint64 afterSeq = 0, int limit = 10000) const;

    QList<RunEntityChange> entitiesOf(const QString &run) const;
    QList<RunEntityChange> runsOfEntity(const QString &blueprint, const QString &identifier) const;

    // Runs of `action` started since `since` by `user`, or by anyone of `team` (for limits).
    int countByUser(const QString &action, const QString &user, const QDateTime &since) const;
    int countByTeam(const QString &action, const QString &team, const QDateTime &since) const;

private:
    const Database &m_db;
};

} // namespace portolan
