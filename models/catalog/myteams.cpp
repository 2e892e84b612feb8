#include "myteams.h"

#include "store/catalogstore.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

QStringList teamsOfUser(const CatalogStore &store, const QString &user)
{
    if (user.isEmpty())
        return {};
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT blueprint, identifier FROM entities WHERE blueprint IN ('user', '_user')"
              u" AND (identifier = ? OR json_extract(properties, '$.email') = ?) LIMIT 1"_s);
    q.addBindValue(user);
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return {};
    const std::optional<Entity> person = store.entity(q.value(0).toString(), q.value(1).toString());
    const std::optional<Blueprint> blueprint = store.blueprint(q.value(0).toString());
    if (!person || !blueprint)
        return {};
    QStringList teams = person->team;
    for (const RelationDef &relation : blueprint->relations) {
        if (relation.target != "team"_L1 && relation.target != "_team"_L1)
            continue;
        const QJsonValue value = person->relations.value(relation.id);
        if (value.isString())
            teams.append(value.toString());
        for (const QJsonValue &item : value.toArray())
            teams.append(item.toString());
    }
    teams.removeDuplicates();
    teams.removeAll(QString());
    return teams;
}

} // namespace portolan
