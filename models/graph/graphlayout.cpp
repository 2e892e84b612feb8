#include "graphlayout.h"

#include "graph/graphlog.h"
#include "graph/graphoverlap.h"

#include <QElapsedTimer>
#include <QMutex>
#include <cstdlib>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kGap = 8; // points between boxes (Graphviz "sep")

// Graphviz keeps global state (the context, cgraph's string pool, layout statics).
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext(); // lives as long as the process: plugins stay loaded
    return gvc;
}

// cgraph predates const: its attribute names and values are char *, never written to.
char *c(const char *text)
{
    return const_cast<char *>(text);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, c(name), c(value.constData()), c(""));
}

void setGraph(Agraph_t *g, const char *name, const char *value)
{
    agattr(g, AGRAPH, c(name), c(value));
}

const char *engineName(GraphLayout::Engine engine, const GraphSnapshot &snapshot)
{
    switch (engine) {
    case GraphLayout::Engine::Dot:
        return "dot";
    case GraphLayout::Engine::Sfdp:
        return "sfdp";
    case GraphLayout::Engine::Neato:
        return "neato";
    case GraphLayout::Engine::Automatic:
        break;
    }
    // dot puts each rank in one row: a rank of hundreds of boxes makes a strip a hundred screens
    // long. Hops from the start approximate its ranks.
    QHash<int, int> perDepth;
    int widest = 0;
    for (const GraphNode &node : snapshot.nodes)
        widest = std::max(widest, ++perDepth[node.depth]);
    return snapshot.nodes.size() <= GraphLayout::kDotLimit && widest <= GraphLayout::kDotRankLimit ? "dot" : "sfdp";
}

// Attributes per engine. Labels are empty on purpose: the view draws text, and Graphviz measuring
// it (through pango) would cost more than the layout.
void configure(Agraph_t *g, const QByteArray &engine, qsizetype nodes)
{
    agattr(g, AGNODE, c("shape"), c("box"));
    agattr(g, AGNODE, c("fixedsize"), c("true"));
    agattr(g, AGNODE, c("label"), c(""));
    agattr(g, AGNODE, c("width"), c("1"));
    agattr(g, AGNODE, c("height"), c("0.5"));
    agattr(g, AGEDGE, c("dir"), c("none")); // the view draws the arrow heads
    if (engine == "dot") {
        setGraph(g, "rankdir", "LR");
        setGraph(g, "nodesep", "0.22");
        setGraph(g, "ranksep", nodes > 150 ? "1.2" : "0.9");
        // Curved routing is dot's slowest phase; past a few hundred nodes straight lines read as well.
        setGraph(g, "splines", nodes > 150 ? "line" : "true");
        setGraph(g, "mclimit", nodes > 150 ? "0.3" : "1");
    } else {
        // Ten rounds of prism leave a few overlaps that removeOverlaps() settles in milliseconds;
        // a full prism run takes four times as long (measured at 2,000 nodes: 1.9 s against 0.5 s).
        setGraph(g, "overlap", "prism10");
        setGraph(g, "start", "1"); // a fixed seed: the same graph comes out the same every time
        setGraph(g, "sep", "+8");
        setGraph(g, "splines", "false");
    }
}

QPointF point(pointf p, double top)
{
    return {p.x, top - p.y};
}

// Where the segment from the centre of `box` towards `towards` leaves the box.
QPointF border(const QPointF &centre, const QSizeF &size, const QPointF &towards)
{
    const QPointF d = towards - centre;
    const double tx = d.x() != 0 ? size.width() / 2 / std::abs(d.x()) : 1e9;
    const double ty = d.y() != 0 ? size.height() / 2 / std::abs(d.y()) : 1e9;
    return centre + d * std::min({tx, ty, 1.0});
}

EdgeGeometry straightEdge(const NodeGeometry &from, const NodeGeometry &to)
{
    EdgeGeometry edge;
    edge.points = {border(from.centre, from.size, to.centre), border(to.centre, to.size, from.centre)};
    edge.labelAt = (edge.points.first() + edge.points.last()) / 2;
    return edge;
}

QRectF boxOf(const NodeGeometry &node)
{
    return {node.centre - QPointF(node.size.width(), node.size.height()) / 2, node.size};
}

// dot's routed curve; empty when it has none (the caller draws a straight line).
EdgeGeometry dotEdge(Agedge_t *e, double top)
{
    EdgeGeometry edge;
    const splines *spl = e ? ED_spl(e) : nullptr;
    if (spl && spl->size == 1) {
        for (int p = 0; p < spl->list[0].size; ++p)
            edge.points.append(point(spl->list[0].list[p], top));
    }
    if (edge.points.size() < 4 || (edge.points.size() - 1) % 3 != 0)
        return {};
    edge.labelAt = edge.points.at(edge.points.size() / 2);
    return edge;
}

// Force-directed engines leave a few overlaps (see configure()); straight edges are drawn after.
void settle(GraphGeometry &geometry)
{
    QList<QPointF> centres;
    QList<QSizeF> sizes;
    for (const NodeGeometry &node : std::as_const(geometry.nodes)) {
        centres.append(node.centre);
        sizes.append(node.size);
    }
    removeOverlaps(centres, sizes, kGap);
    for (qsizetype i = 0; i < centres.size(); ++i)
        geometry.nodes[i].centre = centres.at(i);
}

} // namespace

QSizeF GraphLayout::nodeSize(const GraphNode &node)
{
    if (node.isPlaceholder())
        return {112, 36};
    const qsizetype chars = std::max(node.title.size(), node.blueprint.size() + 4);
    return {std::round(std::clamp(28.0 + 6.4 * double(chars), 120.0, 216.0)), 46};
}

GraphGeometry GraphLayout::compute(const GraphSnapshot &snapshot, Engine engine, const Sizer &sizer)
{
    QElapsedTimer timer;
    timer.start();
    GraphGeometry geometry;
    const QByteArray name = engineName(engine, snapshot);
    geometry.engine = QString::fromLatin1(name);
    if (snapshot.nodes.isEmpty())
        return geometry;
    QMutexLocker lock(&graphvizMutex());
    Agraph_t *g = agopen(c("portolan"), Agdirected, nullptr);
    configure(g, name, snapshot.nodes.size());
    QList<Agnode_t *> nodes;
    nodes.reserve(snapshot.nodes.size());
    for (qsizetype i = 0; i < snapshot.nodes.size(); ++i) {
        // Anonymous: cgraph orders named nodes by the address of their interned name, which
        // differs between the first layout of a process and later ones (and so would the picture).
        Agnode_t *n = agnode(g, nullptr, 1);
        // Whole points: Graphviz rounds sizes to them.
        const QSizeF size = (sizer ? sizer(snapshot.nodes.at(i)) : nodeSize(snapshot.nodes.at(i))).toSize();
        set(n, "width", QByteArray::number(size.width() / kPointsPerInch, 'f', 4));
        set(n, "height", QByteArray::number(size.height() / kPointsPerInch, 'f', 4));
        nodes.append(n);
    }
    QList<Agedge_t *> edges;
    edges.reserve(snapshot.edges.size());
    for (qsizetype i = 0; i < snapshot.edges.size(); ++i) {
        const GraphEdge &e = snapshot.edges.at(i);
        edges.append(agedge(g, nodes.value(e.from), nodes.value(e.to), nullptr, 1));
    }
    // Parts of sfdp draw random numbers before "start" reseeds them: without this, the picture of a
    // graph would depend on the graph laid out before it.
    srand48(1);
    srand(1);
    if (gvLayout(context(), g, name.constData()) != 0) {
        geometry.error = u"Graphviz could not lay out the graph (%1)"_s.arg(geometry.engine);
        qCWarning(lcGraph) << geometry.error;
        agclose(g);
        return geometry;
    }
    const double top = GD_bb(g).UR.y;
    for (Agnode_t *n : std::as_const(nodes))
        geometry.nodes.append({point(ND_coord(n), top), QSizeF(ND_width(n), ND_height(n)) * kPointsPerInch});
    if (name == "dot") {
        for (qsizetype i = 0; i < edges.size(); ++i)
            geometry.edges.append(dotEdge(edges.at(i), top));
    }
    gvFreeLayout(context(), g);
    agclose(g);
    lock.unlock();
    const double graphvizMs = double(timer.nsecsElapsed()) / 1e6;
    if (name != "dot")
        settle(geometry);
    qCDebug(lcGraph) << geometry.engine << snapshot.nodes.size() << "nodes:" << graphvizMs << "ms in Graphviz,"
                     << double(timer.nsecsElapsed()) / 1e6 - graphvizMs << "ms removing overlaps";
    for (qsizetype i = 0; i < snapshot.edges.size(); ++i) {
        const GraphEdge &e = snapshot.edges.at(i);
        if (i >= geometry.edges.size())
            geometry.edges.append(straightEdge(geometry.nodes.value(e.from), geometry.nodes.value(e.to)));
        else if (geometry.edges.at(i).points.size() < 2)
            geometry.edges[i] = straightEdge(geometry.nodes.value(e.from), geometry.nodes.value(e.to));
    }
    for (const NodeGeometry &node : std::as_const(geometry.nodes))
        geometry.bounds = geometry.bounds.united(boxOf(node));
    for (const EdgeGeometry &edge : std::as_const(geometry.edges))
        for (const QPointF &p : edge.points)
            geometry.bounds = geometry.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
    geometry.layoutMs = double(timer.nsecsElapsed()) / 1e6;
    return geometry;
}

} // namespace portolan
