#include "initiative.h"

#include "initiativetarget.h"
#include "catalog/derivedvalues.h"
#include "catalog/entity.h"
#include "query/rule.h"
#include "store/catalogstore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

QStringList teamsOf(const QVariant &text)
{
    QStringList teams;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            if (!v.toString().isEmpty())
                teams.append(v.toString());
    } else if (!text.toString().isEmpty() && !doc.isObject()) {
        teams.append(text.toString()); // a bare team name (older rows)
    }
    return teams;
}

// The entity in Port's shape, enough for the initiative's filter ($identifier, $title, $team,
// properties, relations).
QJsonObject entityJson(const QString &blueprint, const QString &identifier, const QString &title,
                       const QStringList &team, const QVariant &properties, const QVariant &relations)
{
    return {{u"blueprint"_s, blueprint},
            {u"identifier"_s, identifier},
            {u"title"_s, title},
            {u"team"_s, QJsonArray::fromStringList(team)},
            {u"properties"_s, parseObject(properties)},
            {u"relations"_s, parseObject(relations)}};
}

QString keyOf(const QString &blueprint, const QString &identifier)
{
    return blueprint + QChar(u'\x1f') + identifier;
}

// One entity's state at the end of each day, replayed from scorecard_history.
QList<InitiativeDay> replayHistory(const Database &db, const InitiativeTarget &target, const Initiative &initiative,
                                   const QSet<QString> &scope, const QDate &today)
{
    QList<InitiativeDay> days;
    if (!initiative.startDate.isValid() || today < initiative.startDate)
        return days;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT blueprint, identifier, at, level, outcomes, ruleset FROM scorecard_history"
              " WHERE scorecard = ? AND substr(at, 1, 10) <= ? ORDER BY substr(at, 1, 10), at, id"_s);
    q.addBindValue(initiative.scorecard);
    q.addBindValue(today.toString(Qt::ISODate));
    struct Row {
        QDate day;
        QString key;
        bool present; // level -1: the entity left the scorecard (deleted, or out of its scope)
        bool done;
    };
    QList<Row> rows;
    if (q.exec()) {
        while (q.next()) {
            const QString key = keyOf(q.value(0).toString(), q.value(1).toString());
            if (!scope.contains(key))
                continue;
            const QDate day = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            const int level = q.value(3).toInt();
            if (level < 0) {
                rows.append({day, key, false, false});
                continue;
            }
            const QStringList rules = target.rulesOf(q.value(5).toLongLong());
            rows.append({day, key, true, target.meets(level, q.value(4).toString(), rules)});
        }
    }
    QHash<QString, bool> state; // the last row up to the day: known entities, and whether done
    qint64 done = 0;
    qsizetype next = 0;
    for (QDate day = initiative.startDate; day <= today; day = day.addDays(1)) {
        for (; next < rows.size() && rows.at(next).day <= day; ++next) {
            const Row &row = rows.at(next);
            const auto it = state.constFind(row.key);
            if (it != state.cend() && it.value())
                --done;
            if (!row.present) {
                state.remove(row.key);
                continue;
            }
            state.insert(row.key, row.done);
            if (row.done)
                ++done;
        }
        days.append({day, qint64(state.size()), done});
    }
    return days;
}

QList<InitiativeTeam> tallyTeams(const QList<InitiativeEntity> &entities)
{
    QHash<QString, InitiativeTeam> byTeam;
    const QString noTeam = u"(no team)"_s;
    for (const InitiativeEntity &entity : entities) {
        const QStringList teams = entity.team.isEmpty() ? QStringList{noTeam} : entity.team;
        for (const QString &name : teams) {
            InitiativeTeam &team = byTeam[name];
            team.team = name;
            ++team.total;
            if (entity.done)
                ++team.done;
        }
    }
    QList<InitiativeTeam> teams = byTeam.values();
    std::sort(teams.begin(), teams.end(), [](const InitiativeTeam &a, const InitiativeTeam &b) {
        const double shareA = a.total ? double(a.done) / double(a.total) : 1.0;
        const double shareB = b.total ? double(b.done) / double(b.total) : 1.0;
        if (shareA != shareB)
            return shareA < shareB;
        if (a.total - a.done != b.total - b.done)
            return a.total - a.done > b.total - b.done;
        return a.team < b.team;
    });
    return teams;
}

} // namespace

InitiativeProgress initiativeProgress(CatalogStore &store, const Initiative &initiative, const QDate &today)
{
    InitiativeProgress progress;
    const Database &db = store.database();
    const InitiativeTarget target(db, initiative);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.blueprint, e.identifier, e.title, e.team, e.properties, e.relations, r.level, r.outcomes, r.ruleset"
              " FROM scorecard_results r JOIN entities e ON e.id = r.entity WHERE r.scorecard = ?"_s);
    q.addBindValue(initiative.scorecard);
    QSet<QString> scope;
    // The filter may name mirror, calculation or aggregation properties: resolve those (only for
    // blueprints that have any, and only when there is a filter) as scorecards do.
    std::unique_ptr<DerivedValues> derived;
    QHash<QString, std::optional<Blueprint>> blueprints;
    const auto filterJson = [&](const InitiativeEntity &e, const QVariant &properties, const QVariant &relations) {
        QJsonObject json = entityJson(e.blueprint, e.identifier, e.title, e.team, properties, relations);
        if (!blueprints.contains(e.blueprint))
            blueprints.insert(e.blueprint, store.blueprint(e.blueprint));
        const std::optional<Blueprint> &blueprint = blueprints[e.blueprint];
        if (!blueprint || (blueprint->mirrors.isEmpty() && blueprint->calculations.isEmpty() && blueprint->aggregations.isEmpty()))
            return json;
        if (!derived)
            derived = std::make_unique<DerivedValues>(store);
        return derived->resolve(*blueprint, Entity::fromJson(json));
    };
    if (q.exec()) {
        while (q.next()) {
            InitiativeEntity entity;
            entity.blueprint = q.value(0).toString();
            entity.identifier = q.value(1).toString();
            entity.title = q.value(2).toString().isEmpty() ? entity.identifier : q.value(2).toString();
            entity.team = teamsOf(q.value(3));
            if (!initiative.filter.isEmpty() && !RuleQuery::matches(initiative.filter, filterJson(entity, q.value(4), q.value(5))))
                continue;
            entity.level = q.value(6).toInt();
            const QString outcomes = q.value(7).toString();
            const QStringList rules = target.rulesOf(q.value(8).toLongLong());
            entity.done = target.meets(entity.level, outcomes, rules);
            if (!entity.done) {
                entity.failingRules = target.failingRules(outcomes, rules);
                entity.nextStep = target.nextStep(outcomes, rules);
            }
            scope.insert(keyOf(entity.blueprint, entity.identifier));
            progress.entities.append(entity);
        }
    }
    progress.total = progress.entities.size();
    progress.done = std::count_if(progress.entities.cbegin(), progress.entities.cend(),
                                  [](const InitiativeEntity &e) { return e.done; });
    std::sort(progress.entities.begin(), progress.entities.end(), [](const InitiativeEntity &a, const InitiativeEntity &b) {
        if (a.done != b.done)
            return !a.done;
        const QString teamA = a.team.value(0), teamB = b.team.value(0);
        if (teamA != teamB)
            return teamA < teamB;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    progress.teams = tallyTeams(progress.entities);
    progress.burnUp = replayHistory(db, target, initiative, scope, today);
    forecastInitiative(progress, initiative, today);
    return progress;
}

} // namespace portolan
