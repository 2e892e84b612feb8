#include "entitysnapshot.h"

#include "actions/actionstore.h"

#include "catalog/derivedvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QHash<QString, QString> titlesOf(const CatalogStore &store, const QString &blueprint, const QStringList &identifiers)
{
    QHash<QString, QString> titles;
    if (identifiers.isEmpty())
        return titles;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT identifier, title FROM entities WHERE blueprint = ?"
              u" AND identifier IN (SELECT value FROM json_each(?))"_s);
    q.addBindValue(blueprint);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(identifiers)).toJson(QJsonDocument::Compact)));
    if (q.exec()) {
        while (q.next())
            titles.insert(q.value(0).toString(), q.value(1).toString());
    }
    return titles;
}

} // namespace

EntitySnapshot EntitySnapshot::load(const CatalogStore &store, const EntityKey &key, int relatedDepth)
{
    EntitySnapshot snapshot;
    snapshot.key = key;
    snapshot.history = store.audit(u"entity"_s, key.blueprint, key.identifier);
    std::optional<Entity> entity = store.entity(key.blueprint, key.identifier);
    std::optional<Blueprint> blueprint = store.blueprint(key.blueprint);
    if (!entity || !blueprint)
        return snapshot;
    snapshot.found = true;
    snapshot.entity = std::move(*entity);
    snapshot.blueprint = std::move(*blueprint);
    const DerivedValues derived(store);
    snapshot.mirrors = derived.mirrors(snapshot.blueprint, snapshot.entity);
    snapshot.calculations = derived.calculations(snapshot.blueprint, snapshot.entity, snapshot.mirrors, &snapshot.problems);
    snapshot.aggregations = store.aggregations(key.blueprint, key.identifier);
    snapshot.names = NameDirectory::load(store);
    for (const RelationDef &relation : std::as_const(snapshot.blueprint.relations))
        snapshot.relationTitles.insert(relation.id, titlesOf(store, relation.target, snapshot.entity.relationTargets(relation.id)));
    snapshot.related = RelatedEntities::load(store, key, relatedDepth);
    // An action's condition may test any value the page shows: derived ones included.
    QJsonObject entityJson = snapshot.entity.toJson();
    QJsonObject properties = entityJson.value(u"properties"_s).toObject();
    for (const QJsonObject &derived : {snapshot.mirrors, snapshot.calculations, snapshot.aggregations})
        for (auto it = derived.begin(); it != derived.end(); ++it)
            properties.insert(it.key(), it.value());
    entityJson.insert(u"properties"_s, properties);
    snapshot.actions = ActionStore(store.database()).entityActions(key.blueprint, entityJson);
    return snapshot;
}

} // namespace portolan
