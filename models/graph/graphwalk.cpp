#include "graphwalk.h"

#include "graph/graphqueries.h"

namespace portolan {

GraphWalk::GraphWalk(GraphQueries &queries, const GraphRequest &request, GraphSnapshot &snapshot)
    : m_queries(queries)
    , m_request(request)
    , m_snapshot(snapshot)
{
}

void GraphWalk::addStart(qint64 id, const EntityKey &key, const QString &title)
{
    m_snapshot.nodes.append({.key = key, .title = title, .blueprint = key.blueprint, .hiddenCount = 0, .isStart = true, .depth = 0});
    m_index.insert(id, 0);
    m_ids.append(id);
}

bool GraphWalk::expand(qint64 id, int depth, bool unlimited, QList<qint64> &next)
{
    const int from = m_index.value(id);
    const int limit = unlimited ? std::numeric_limits<int>::max() : std::max(1, m_request.fanOutLimit);
    QSet<qint64> shown;
    bool full = false;
    std::optional<bool> cutUpstream;
    m_queries.neighbours(id, [&](const GraphNeighbour &n) {
        if (n.id == id)
            return true; // a relation to itself: nothing to draw
        if (!shown.contains(n.id)) {
            if (shown.size() >= limit) {
                cutUpstream = n.upstream;
                return false;
            }
            if (!m_index.contains(n.id)) {
                if (m_snapshot.nodes.size() >= m_request.nodeCap) {
                    full = true;
                    return false;
                }
                m_index.insert(n.id, int(m_snapshot.nodes.size()));
                m_ids.append(n.id);
                m_snapshot.nodes.append({.key = n.key, .title = n.title, .blueprint = n.key.blueprint,
                                         .hiddenCount = 0, .isStart = false, .depth = depth});
                next.append(n.id);
            }
            shown.insert(n.id);
        }
        const int other = m_index.value(n.id);
        addEdge(n.upstream ? other : from, n.upstream ? from : other, n.relation);
        return true;
    });
    if (cutUpstream)
        m_hubs.append({.node = from, .neighbours = m_queries.neighbourCount(id), .upstream = *cutUpstream, .depth = depth});
    return !full;
}

void GraphWalk::finish()
{
    // Relations between shown entities that the walk did not follow (between two entities at the
    // last hop, or beyond a hub's fan-out limit): they are true and cost nothing to draw.
    for (qsizetype from = 0; from < m_ids.size(); ++from) {
        m_queries.outgoing(m_ids.at(from), [&](const QString &relation, qint64 target) {
            const auto to = m_index.constFind(target);
            if (to != m_index.constEnd() && *to != from)
                addEdge(int(from), *to, relation);
        });
    }
    for (const Hub &hub : std::as_const(m_hubs)) {
        const qint64 hidden = hub.neighbours - shownNeighbours(hub.node);
        if (hidden <= 0 || m_snapshot.nodes.size() >= m_request.nodeCap)
            continue;
        const GraphNode &owner = m_snapshot.nodes.at(hub.node);
        m_snapshot.nodes.append({.key = owner.key, .title = {}, .blueprint = {},
                                 .hiddenCount = int(std::min<qint64>(hidden, std::numeric_limits<int>::max())),
                                 .isStart = false, .depth = hub.depth});
        const int more = int(m_snapshot.nodes.size() - 1);
        m_snapshot.edges.append({.from = hub.upstream ? more : hub.node, .to = hub.upstream ? hub.node : more, .relation = {}});
    }
}

void GraphWalk::addEdge(int from, int to, const QString &relation)
{
    const auto key = std::pair(quint64(quint32(from)) << 32 | quint32(to), relation);
    if (m_edges.contains(key))
        return;
    m_edges.insert(key);
    m_snapshot.edges.append({.from = from, .to = to, .relation = relation});
}

// Neighbours of `node` on screen that the hub's SQL count includes: in the walked directions,
// and of an allowed blueprint (the start is shown whatever its blueprint).
qsizetype GraphWalk::shownNeighbours(int node) const
{
    const bool down = m_request.direction != GraphDirection::Upstream;
    const bool up = m_request.direction != GraphDirection::Downstream;
    QSet<int> neighbours;
    for (const GraphEdge &edge : std::as_const(m_snapshot.edges)) {
        if (edge.relation.isEmpty())
            continue;
        if (down && edge.from == node && edge.to != node)
            neighbours.insert(edge.to);
        if (up && edge.to == node && edge.from != node)
            neighbours.insert(edge.from);
    }
    return std::count_if(neighbours.begin(), neighbours.end(), [&](int n) {
        return m_request.blueprints.isEmpty() || m_request.blueprints.contains(m_snapshot.nodes.at(n).blueprint);
    });
}

} // namespace portolan
