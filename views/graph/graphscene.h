#pragma once

#include "graph/graphgeometry.h"
#include "graph/graphsnapshot.h"

#include <QGraphicsScene>

namespace portolan {

class GraphEdgeItem;
class GraphNodeItem;
struct GraphResult;

// The items of one laid-out graph, and which edges touch which node, for highlighting: hovering
// a node lights its edges and dims everything else.
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);

    // Replaces the items with those of `result`, coloured for `palette`.
    void setGraph(const GraphResult &result, const QPalette &palette, const QFont &font);
    const GraphSnapshot &snapshot() const { return m_snapshot; }
    QList<GraphNodeItem *> nodeItems() const { return m_nodes; }
    QList<GraphEdgeItem *> edgeItems() const { return m_edges; }
    GraphNodeItem *nodeItem(int index) const { return m_nodes.value(index); }

    // Lights `node`'s edges and dims the rest; -1 restores. `edge` alone lights one edge.
    void highlightNode(int node);
    void highlightEdge(GraphEdgeItem *edge);
    // Item caches are pixmaps: exports to vector formats turn them off meanwhile.
    void setCaching(bool on);

private:
    void clearHighlight();

    GraphSnapshot m_snapshot;
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QList<QList<int>> m_edgesOf; // node → its edges
    int m_highlightedNode = -1;
    GraphEdgeItem *m_highlightedEdge = nullptr;
};

} // namespace portolan
