#pragma once

#include "actions/actiondefinition.h"
#include "catalog/entity.h"
#include "catalog/namedirectory.h"
#include "common/problem.h"
#include "entity/relatedentities.h"
#include "schema/blueprint.h"
#include "store/catalogstore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace portolan {

// Everything an entity page shows, read in one job on a StoreLane: the entity and its blueprint,
// the values it does not store (mirror, calculation, aggregation), the names of people and teams,
// the titles of the entities its relations point at, its audit history and its related entities.
// A plain value: safe to move to the UI thread.
struct EntitySnapshot {
    EntityKey key;
    bool found = false; // false: no such entity (never was, or deleted: see history)
    Entity entity;
    Blueprint blueprint;
    QJsonObject mirrors;
    QJsonObject calculations;
    QJsonObject aggregations;
    Problems problems; // calculations that failed
    NameDirectory names;
    QHash<QString, QHash<QString, QString>> relationTitles; // relation → target identifier → title
    QList<AuditEntry> history; // oldest first
    RelatedEntities related;
    QList<ActionDefinition> actions; // the DAY-2 and DELETE actions this entity shows

    static EntitySnapshot load(const CatalogStore &store, const EntityKey &key, int relatedDepth = 1);
};

} // namespace portolan
