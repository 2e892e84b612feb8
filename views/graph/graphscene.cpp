#include "graphscene.h"

#include "graphcolors.h"
#include "graphresult.h"
#include "graphedgeitem.h"
#include "graphnodeitem.h"

namespace portolan {
namespace {
constexpr double kDimmed = 0.22;
constexpr double kMargin = 40;
} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // No BSP index: building one for a 2,000-node graph stalls the UI thread on the first paint
    // (measured by bench ui), while a linear scan of a few thousand boxes per hover is negligible.
    setItemIndexMethod(NoIndex);
}

void GraphScene::setGraph(const GraphResult &result, const QPalette &palette, const QFont &font)
{
    const GraphSnapshot &snapshot = result.snapshot;
    const GraphGeometry &geometry = result.geometry;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_highlightedNode = -1;
    m_highlightedEdge = nullptr;
    m_snapshot = snapshot;
    m_edgesOf = QList<QList<int>>(snapshot.nodes.size());
    QStringList order;
    for (const auto &blueprint : result.blueprints)
        order.append(blueprint.first);
    const GraphColors colors = GraphColors::fromPalette(palette, order);
    setBackgroundBrush(colors.base);
    for (qsizetype i = 0; i < snapshot.nodes.size() && i < geometry.nodes.size(); ++i) {
        const GraphNode &node = snapshot.nodes.at(i);
        const NodeGeometry &g = geometry.nodes.at(i);
        const QRectF box(g.centre - QPointF(g.size.width(), g.size.height()) / 2, g.size);
        auto *item = new GraphNodeItem(node, int(i), box, result.captions.value(node.blueprint, node.blueprint), colors, font);
        addItem(item);
        m_nodes.append(item);
    }
    for (qsizetype i = 0; i < snapshot.edges.size() && i < geometry.edges.size(); ++i) {
        const GraphEdge &edge = snapshot.edges.at(i);
        auto *item = new GraphEdgeItem(geometry.edges.at(i), edge.relation, colors, font);
        addItem(item);
        m_edges.append(item);
        m_edgesOf[edge.from].append(int(i));
        if (edge.to != edge.from)
            m_edgesOf[edge.to].append(int(i));
    }
    setSceneRect(geometry.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

void GraphScene::clearHighlight()
{
    if (m_highlightedNode < 0 && !m_highlightedEdge)
        return;
    for (GraphNodeItem *item : std::as_const(m_nodes)) {
        item->setOpacity(1);
        item->setHighlighted(false);
    }
    for (GraphEdgeItem *item : std::as_const(m_edges)) {
        item->setOpacity(1);
        item->setHighlighted(false);
    }
    m_highlightedNode = -1;
    m_highlightedEdge = nullptr;
}

void GraphScene::highlightNode(int node)
{
    if (node == m_highlightedNode && !m_highlightedEdge)
        return;
    clearHighlight();
    if (node < 0 || node >= m_nodes.size())
        return;
    m_highlightedNode = node;
    QList<bool> lit(m_nodes.size(), false);
    lit[node] = true;
    QList<bool> litEdge(m_edges.size(), false);
    for (const int e : m_edgesOf.at(node)) {
        litEdge[e] = true;
        lit[m_snapshot.edges.at(e).from] = true;
        lit[m_snapshot.edges.at(e).to] = true;
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->setOpacity(lit.at(i) ? 1 : kDimmed);
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        m_edges.at(i)->setOpacity(litEdge.at(i) ? 1 : kDimmed);
        m_edges.at(i)->setHighlighted(litEdge.at(i));
    }
    m_nodes.at(node)->setHighlighted(true);
}

void GraphScene::highlightEdge(GraphEdgeItem *edge)
{
    if (edge == m_highlightedEdge)
        return;
    clearHighlight();
    if (!edge)
        return;
    m_highlightedEdge = edge;
    edge->setHighlighted(true);
}

void GraphScene::setCaching(bool on)
{
    for (GraphNodeItem *item : std::as_const(m_nodes))
        item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

} // namespace portolan
