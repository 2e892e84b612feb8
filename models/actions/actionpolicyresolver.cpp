#include "actionpolicyresolver.h"

#include "actions/runstore.h"
#include "catalog/myteams.h"
#include "store/catalogstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isTeamBlueprint(const QString &identifier)
{
    return identifier == "team"_L1 || identifier == "_team"_L1;
}

// $team plus the targets of relations to a team blueprint.
QStringList teamsOf(const Entity &entity, const std::optional<Blueprint> &blueprint)
{
    QStringList teams = entity.team;
    if (blueprint)
        for (const RelationDef &relation : blueprint->relations)
            if (isTeamBlueprint(relation.target))
                teams.append(entity.relationTargets(relation.id));
    teams.removeDuplicates();
    teams.removeAll(QString());
    return teams;
}

} // namespace

ActionPolicyResolver::ActionPolicyResolver(CatalogStore &store)
    : m_store(store)
{
}

PolicyActor ActionPolicyResolver::actor(const QString &user) const
{
    PolicyActor actor;
    actor.user = user;
    actor.aliases = {user};
    if (user.isEmpty())
        return actor;
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"SELECT identifier, json_extract(properties, '$.email') FROM entities WHERE blueprint IN ('user', '_user')"
              u" AND (identifier = ? OR json_extract(properties, '$.email') = ?) LIMIT 1"_s);
    q.addBindValue(user);
    q.addBindValue(user);
    if (q.exec() && q.next())
        for (const QString &alias : {q.value(0).toString(), q.value(1).toString()})
            if (!alias.isEmpty() && !actor.aliases.contains(alias))
                actor.aliases.append(alias);
    actor.teams = teamsOfUser(m_store, user);
    return actor;
}

QHash<QString, QStringList> ActionPolicyResolver::teamMembers(const QStringList &teams) const
{
    QHash<QString, QStringList> members;
    if (teams.isEmpty())
        return members;
    for (const QString &bp : {u"user"_s, u"_user"_s}) {
        const std::optional<Blueprint> blueprint = m_store.blueprint(bp);
        if (!blueprint)
            continue;
        for (const Entity &person : m_store.entities(bp)) {
            const QString email = person.properties.value(u"email"_s).toString();
            const QString key = email.isEmpty() ? person.identifier : email;
            for (const QString &team : teamsOf(person, blueprint))
                if (teams.contains(team))
                    members[team].append(key);
        }
    }
    return members;
}

PolicySubject ActionPolicyResolver::subject(const ActionDefinition &action, const QJsonObject &entityJson) const
{
    PolicySubject subject;
    const std::optional<Blueprint> blueprint = m_store.blueprint(action.blueprint);
    subject.blueprintTitle = blueprint && !blueprint->title.isEmpty() ? blueprint->title : action.blueprint;
    if (entityJson.isEmpty())
        return subject;
    const Entity entity = Entity::fromJson(entityJson);
    subject.entityTitle = entity.title.isEmpty() ? entity.identifier : entity.title;
    subject.owners = teamsOf(entity, blueprint);
    return subject;
}

QStringList ActionPolicyResolver::approvers(const ActionDefinition &action, const PolicyActor &runner) const
{
    QStringList teams;
    for (const QJsonValue &team : action.permissions.value(u"approve"_s).toObject().value(u"teams"_s).toArray())
        teams.append(team.toString());
    return resolveApprovers(action, teamMembers(teams), runner);
}

QStringList ActionPolicyResolver::limitRefusals(const ActionDefinition &action, const PolicyActor &actor,
                                                const QDateTime &now) const
{
    QStringList refusals;
    RunStore runs(m_store.database());
    auto timesOf = [](const QList<ActionRun> &list, const QString &team) {
        QList<QDateTime> times;
        for (const ActionRun &run : list)
            if (run.status != RunStatus::Declined && (team.isEmpty() || run.teams.contains(team)))
                times.append(run.createdAt);
        return times;
    };
    if (const std::optional<RunLimit> limit = RunLimit::fromJson(action.limits.value(u"perUser"_s))) {
        if (runs.countByUser(action.identifier, actor.user, limit->windowStart(now)) >= limit->runs) {
            RunFilter filter;
            filter.action = action.identifier;
            filter.createdBy = actor.user;
            const QString refusal = limitRefusal(action.title, *limit, u"per user"_s, timesOf(runs.runs(filter), {}), now);
            if (!refusal.isEmpty())
                refusals.append(refusal);
        }
    }
    if (const std::optional<RunLimit> limit = RunLimit::fromJson(action.limits.value(u"perTeam"_s))) {
        for (const QString &team : actor.teams) {
            if (runs.countByTeam(action.identifier, team, limit->windowStart(now)) < limit->runs)
                continue;
            RunFilter filter;
            filter.action = action.identifier;
            const QString refusal = limitRefusal(action.title, *limit, u"for team "_s + team,
                                                 timesOf(runs.runs(filter), team), now);
            if (!refusal.isEmpty())
                refusals.append(refusal);
        }
    }
    return refusals;
}

} // namespace portolan
