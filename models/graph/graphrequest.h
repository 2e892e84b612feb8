#pragma once

#include "store/catalogstore.h"

#include <QList>
#include <QSet>
#include <QString>

namespace portolan {

// Which relations a graph follows. Downstream: from source to target (what an entity points at,
// depends on, belongs to); upstream: the entities whose relations point at it.
enum class GraphDirection { Upstream, Downstream, Both };

// What to draw around one entity. Filters narrow the traversal itself: an entity of a blueprint
// outside `blueprints` is neither shown nor walked through (the start is always shown).
struct GraphRequest {
    EntityKey start;
    int depth = 2; // hops from the start; 0 = all reachable entities
    GraphDirection direction = GraphDirection::Both;
    QSet<QString> blueprints; // empty: every blueprint
    QSet<QString> relations;  // relation identifiers; empty: every relation
    int fanOutLimit = 25;     // neighbours shown per entity before the rest collapse into "+N more"
    int nodeCap = 2000;       // nodes shown at most ("+N more" placeholders included)
    QList<EntityKey> expanded; // hubs whose neighbours are all shown (still within nodeCap)

    friend bool operator==(const GraphRequest &, const GraphRequest &) = default;
};

} // namespace portolan
