#pragma once

#include "store/catalogstore.h"

#include <QList>
#include <QString>

namespace portolan {

// An entity reached from the start entity through relations.
struct RelatedEntity {
    enum class Direction { Outgoing, Incoming }; // via → this entity, or this entity → via
    EntityKey key;
    QString title;
    QString blueprintTitle;
    QString relation;      // the relation's identifier (on via's blueprint when outgoing, else on this one's)
    QString relationTitle; // its title, or the identifier when it has none
    Direction direction = Direction::Outgoing;
    int depth = 1;   // hops from the start entity
    EntityKey via;   // the entity one hop closer to the start (the start itself at depth 1)
    QString viaTitle;
};

// The entities related to one entity, in both directions, breadth first up to a depth. Each entity
// appears at the depth it is first reached, once per relation that reaches it from that depth's
// frontier; the start entity never appears. Bounded: at most `limit` rows, `truncated` says more exist.
struct RelatedEntities {
    static constexpr int MinDepth = 1;
    static constexpr int MaxDepth = 5;
    static constexpr int DefaultLimit = 5000;

    EntityKey start;
    int depth = 1;
    QList<RelatedEntity> rows;
    bool truncated = false;

    // Runs SQL over the relations table (both of its indexes): call it on a StoreLane.
    static RelatedEntities load(const CatalogStore &store, const EntityKey &start, int depth,
                                int limit = DefaultLimit);
};

} // namespace portolan
