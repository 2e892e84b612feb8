#pragma once

#include "graph/graphrequest.h"

#include <QList>
#include <QString>

namespace portolan {

// One box of the graph: an entity, or a "+N more" placeholder standing for `hiddenCount`
// neighbours of the entity `key` that the fan-out limit left out.
struct GraphNode {
    EntityKey key;
    QString title;
    QString blueprint;
    int hiddenCount = 0; // > 0: a placeholder; expanding it means adding `key` to `expanded`
    bool isStart = false;
    int depth = 0; // hops from the start

    bool isPlaceholder() const { return hiddenCount > 0; }
};

// A relation from `from` to `to` (indexes into GraphSnapshot::nodes), in the relation's own
// direction. Edges to a placeholder have an empty `relation`.
struct GraphEdge {
    int from = 0;
    int to = 0;
    QString relation;
};

// The result of GraphBuilder: plain values, safe to hand from the store's thread to the UI.
struct GraphSnapshot {
    GraphRequest request;
    QList<GraphNode> nodes; // the start first
    QList<GraphEdge> edges;
    bool truncated = false;   // the node cap stopped the walk
    qint64 entityCount = 0;   // entities shown (placeholders not counted)
    qint64 reachableCount = 0; // entities the request would reach without caps (counted when truncated)
    QString message;          // for the status line when truncated; the reason when `error` is set
    bool error = false;       // e.g. the start entity does not exist
    double buildMs = 0;
};

} // namespace portolan
