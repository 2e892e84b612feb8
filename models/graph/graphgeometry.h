#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace portolan {

// Where GraphLayout put things, in scene units (1 = one point at 100 %), y growing downwards.
struct NodeGeometry {
    QPointF centre;
    QSizeF size;
};

// An edge from its source's border to its target's: a cubic Bézier chain (start, then three
// points per segment) or, with two points, a straight line.
struct EdgeGeometry {
    QList<QPointF> points;
    QPointF labelAt; // where a relation label sits (the curve's middle)
};

struct GraphGeometry {
    QList<NodeGeometry> nodes; // same order as GraphSnapshot::nodes
    QList<EdgeGeometry> edges; // same order as GraphSnapshot::edges
    QRectF bounds;
    QString engine; // the Graphviz layout used
    double layoutMs = 0;
    QString error;  // empty on success
};

} // namespace portolan
