#pragma once

#include "actiondefinition.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace portolan {

// The guard-rails of self-service actions, as pure functions over plain values (the store is read
// by ActionPolicyResolver). Refusals are sentences a person can act on; "" means allowed.

// The person running an action: the key he is known by (the current user, an e-mail or a user
// identifier), the other keys of the same user entity (identifier and e-mail), and his teams.
struct PolicyActor {
    QString user;
    QStringList aliases; // every key of the same person, `user` included
    QStringList teams;

    // Whether `key` names this person (case-insensitive: e-mails are).
    bool is(const QString &key) const;
};

// What the action is run on, for the "owners" permission and the wording of refusals.
struct PolicySubject {
    QString blueprintTitle;  // "Service" (lower-cased in sentences)
    QString entityTitle;     // empty for CREATE
    QStringList owners;      // the entity's $team and its relations to teams
};

// `permissions.execute {users, teams, owners}`: no `execute` means everyone may run the action.
// `owners` are the teams owning the entity (a CREATE action has none). Refusal example:
// "ada@example.com may not run Deploy: only team platform or the service's owners (payments)".
QString executeRefusal(const ActionDefinition &action, const PolicyActor &actor, const PolicySubject &subject);

// Who must approve: `permissions.approve.users` plus the members of `permissions.approve.teams`
// (`teamMembers`: team → its members' keys), without duplicates, in that order.
// The runner is taken off the list — nobody approves his own run — unless he is the only approver
// left: then the run would wait for ever, so he may approve it himself (the decision is logged
// with his name like any other).
QStringList resolveApprovers(const ActionDefinition &action, const QHash<QString, QStringList> &teamMembers,
                             const PolicyActor &runner);

// `limits.perUser` / `limits.perTeam`: at most `runs` runs per `hours`.
struct RunLimit {
    int runs = 0;
    double hours = 0;

    static std::optional<RunLimit> fromJson(const QJsonValue &json); // nullopt when absent or malformed
    qint64 windowMs() const;
    QDateTime windowStart(const QDateTime &now) const;
};

// When a limit is reached: the sentence, and when the next run becomes possible.
// `earlierRuns`: the creation times of the runs counted against this limit (any order; those before
// the window are ignored). `scope`: "per user" or "for team platform".
// Example: "Limit reached: 3 runs of Spin up a developer environment per 24 h per user; next possible at 14:05".
QString limitRefusal(const QString &actionTitle, const RunLimit &limit, const QString &scope,
                     const QList<QDateTime> &earlierRuns, const QDateTime &now, QDateTime *nextPossible = nullptr);

// "14:05" today (local time), "Tue 14 Mar 14:05" on another day.
QString shortMoment(const QDateTime &at, const QDateTime &now);

} // namespace portolan
