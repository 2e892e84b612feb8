#include "entity.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

Entity Entity::fromJson(const QJsonObject &json, Problems *problems)
{
    auto complain = [problems](const QString &path, const QString &message) {
        if (problems)
            problems->append(Problem::error(path, message));
    };
    Entity e;
    e.identifier = json.value("identifier"_L1).toString();
    e.title = json.value("title"_L1).toString();
    e.blueprint = json.value("blueprint"_L1).toString();
    e.icon = json.value("icon"_L1).toString();
    for (const char *key : {"identifier", "title", "blueprint", "icon"}) {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            complain(u"$."_s + QLatin1StringView(key), u"must be a string"_s);
    }
    const QJsonValue team = json.value("team"_L1);
    if (team.isString()) {
        e.team = {team.toString()};
    } else if (team.isArray()) {
        const QJsonArray teams = team.toArray();
        for (qsizetype i = 0; i < teams.size(); ++i) {
            if (!teams.at(i).isString())
                complain(u"$.team["_s + QString::number(i) + u']', u"must be a team identifier"_s);
            e.team.append(teams.at(i).toString());
        }
    } else if (!team.isUndefined() && !team.isNull()) {
        complain(u"$.team"_s, u"must be a team identifier or a list of them"_s);
    }
    const QJsonValue properties = json.value("properties"_L1);
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
        complain(u"$.properties"_s, u"must be an object"_s);
    e.properties = properties.toObject();
    const QJsonValue relations = json.value("relations"_L1);
    if (!relations.isUndefined() && !relations.isNull() && !relations.isObject())
        complain(u"$.relations"_s, u"must be an object"_s);
    e.relations = relations.toObject();
    for (auto it = e.relations.begin(); it != e.relations.end(); ++it) {
        const bool ok = it->isString() || it->isNull() || (it->isArray() && [&] {
                            const QJsonArray a = it->toArray();
                            return std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return v.isString(); });
                        }());
        if (!ok)
            complain(u"$.relations."_s + it.key(), u"must be an entity identifier or a list of them"_s);
    }
    for (const auto &[key, target] : {std::pair{"$createdAt", &e.createdAt}, std::pair{"$updatedAt", &e.updatedAt}}) {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            continue;
        *target = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!target->isValid())
            complain(u"$."_s + QLatin1StringView(key), u"must be an ISO 8601 date-time"_s);
    }
    e.createdBy = json.value("$createdBy"_L1).toString();
    e.updatedBy = json.value("$updatedBy"_L1).toString();
    return e;
}

QJsonObject Entity::toJson(bool withMeta) const
{
    QJsonObject json{{u"identifier"_s, identifier}, {u"blueprint"_s, blueprint}};
    if (!title.isEmpty())
        json.insert(u"title"_s, title);
    if (!icon.isEmpty())
        json.insert(u"icon"_s, icon);
    if (!team.isEmpty())
        json.insert(u"team"_s, QJsonArray::fromStringList(team));
    json.insert(u"properties"_s, properties);
    json.insert(u"relations"_s, relations);
    if (withMeta) {
        if (createdAt.isValid())
            json.insert(u"$createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs));
        if (updatedAt.isValid())
            json.insert(u"$updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs));
        if (!createdBy.isEmpty())
            json.insert(u"$createdBy"_s, createdBy);
        if (!updatedBy.isEmpty())
            json.insert(u"$updatedBy"_s, updatedBy);
    }
    return json;
}

QStringList Entity::targetsOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().isEmpty() ? QStringList{} : QStringList{value.toString()};
    QStringList targets;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            targets.append(v.toString());
    }
    return targets;
}

QStringList Entity::relationTargets(const QString &relation) const
{
    return targetsOf(relations.value(relation));
}

} // namespace portolan
