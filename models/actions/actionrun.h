#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace portolan {

// Port's run statuses. A run starts IN_PROGRESS (or WAITING_FOR_APPROVAL) and ends exactly once
// in SUCCESS, FAILURE or DECLINED.
enum class RunStatus { InProgress, Success, Failure, WaitingForApproval, Declined };

QString runStatusName(RunStatus status);                         // "IN_PROGRESS", …
std::optional<RunStatus> runStatusFromName(const QString &name); // Port's names, case-insensitive
bool isTerminal(RunStatus status);

// One approver's answer to a run that waits for approval.
struct ApprovalDecision {
    QString approver;
    bool approved = false;
    QString reason;
    QDateTime at;
};

// Who must approve a run and who has answered: ANY approver suffices, or ALL must approve; one
// decline declines the run. Kept with the run as JSON.
struct RunApproval {
    enum class Mode { None, Any, All };
    Mode mode = Mode::None;
    QStringList approvers; // users (e-mail or identifier), resolved from the action's users and teams
    QList<ApprovalDecision> decisions;

    QJsonObject toJson() const;
    static RunApproval fromJson(const QJsonObject &json);
};

// A run of a self-service action (Port's shape, plus where its token is kept).
struct ActionRun {
    QString id;
    QString action;      // the action's identifier
    QString actionTitle;
    QString blueprint;   // the action's blueprint
    QString entity;      // the entity a DAY-2/DELETE run is about ("" for CREATE)
    RunStatus status = RunStatus::InProgress;
    QString statusLabel;
    QString summary;
    QStringList links;
    QString externalRunId;
    QJsonObject inputs; // secrets masked ("********"): their values are never stored
    QString createdBy;
    QStringList teams;  // the runner's teams when it ran (per-team limits count these)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime endedAt;  // invalid until the run ends
    RunApproval approval;

    // Port's run JSON: {id, action{identifier,title}, status, statusLabel, link[], summary, …}.
    QJsonObject toJson() const;
};

// One line of a run's log, in the order it arrived.
struct RunLogLine {
    qint64 seq = 0;
    QDateTime at;
    QString message;
};

// An entity a run created, changed or deleted.
struct RunEntityChange {
    QString run;
    QString blueprint;
    QString identifier;
    QString change; // create | update | delete
    QDateTime at;
};

} // namespace portolan
