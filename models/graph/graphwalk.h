#pragma once

#include "graph/graphsnapshot.h"

#include <QHash>
#include <QSet>

namespace portolan {

class GraphQueries;

// The state of one breadth-first walk for GraphBuilder: which entities are shown (and as which
// node), which relations, and which hubs the fan-out limit cut short. finish() then adds the
// relations between shown entities the walk did not pass along, and a "+N more" node for each
// hub counting only the neighbours that are still not on screen.
class GraphWalk final
{
public:
    GraphWalk(GraphQueries &queries, const GraphRequest &request, GraphSnapshot &snapshot);

    void addStart(qint64 id, const EntityKey &key, const QString &title);
    // Visits the neighbours of `id` (shown already), appending new ones to `next`; false when the
    // node cap was reached.
    bool expand(qint64 id, int depth, bool unlimited, QList<qint64> &next);
    void finish();

private:
    struct Hub {
        int node = 0;
        qint64 neighbours = 0; // all of them, counted in SQL
        bool upstream = false; // the cut fell among upstream neighbours: "+N more" points at the hub
        int depth = 0;
    };

    void addEdge(int from, int to, const QString &relation);
    qsizetype shownNeighbours(int node) const;

    GraphQueries &m_queries;
    const GraphRequest &m_request;
    GraphSnapshot &m_snapshot;
    QHash<qint64, int> m_index; // entity id → node
    QList<qint64> m_ids;        // node → entity id
    QSet<std::pair<quint64, QString>> m_edges;
    QList<Hub> m_hubs;
};

} // namespace portolan
