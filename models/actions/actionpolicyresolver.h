#pragma once

#include "actionpolicy.h"

namespace portolan {

class CatalogStore;

// Reads what the action policy needs from the portal: who a user is (the `user`/`_user` entity
// whose identifier or `email` is the key, and his teams), who belongs to a team, who owns an
// entity, and how many runs count against a limit. Lives on the store's thread.
class ActionPolicyResolver final
{
public:
    explicit ActionPolicyResolver(CatalogStore &store);

    // An unknown user is still an actor (his key, no teams): permissions by user name still apply.
    PolicyActor actor(const QString &user) const;
    // Each team's members, keyed by e-mail (or identifier when a user has none).
    QHash<QString, QStringList> teamMembers(const QStringList &teams) const;
    // The entity's blueprint title and owners ($team plus its relations to a team blueprint).
    PolicySubject subject(const ActionDefinition &action, const QJsonObject &entityJson) const;
    // resolveApprovers() over the store's users and teams.
    QStringList approvers(const ActionDefinition &action, const PolicyActor &runner) const;
    // Every limit (per user, and per team for each of the actor's teams) already reached at `now`.
    QStringList limitRefusals(const ActionDefinition &action, const PolicyActor &actor, const QDateTime &now) const;

private:
    CatalogStore &m_store;
};

} // namespace portolan
