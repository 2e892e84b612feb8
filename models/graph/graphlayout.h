#pragma once

#include "graph/graphgeometry.h"
#include "graph/graphsnapshot.h"

#include <functional>

namespace portolan {

// Places a GraphSnapshot with Graphviz: `dot` (ranked, curved edges) for small graphs, `sfdp`
// (multilevel force-directed, straight edges) for large or wide ones, where dot would stretch a
// rank of hundreds of boxes into one endless row. Graphviz is not thread-safe: calls are
// serialised. Takes up to a second for thousands of nodes: call it off the UI thread.
class GraphLayout final
{
public:
    enum class Engine { Automatic, Dot, Sfdp, Neato };
    // The size of a node's box in points; the view measures its text (this library has no fonts).
    using Sizer = std::function<QSizeF(const GraphNode &)>;

    static GraphGeometry compute(const GraphSnapshot &snapshot, Engine engine = Engine::Automatic, const Sizer &sizer = {});
    // A box estimated from the title's length, for callers without fonts.
    static QSizeF nodeSize(const GraphNode &node);
    // Automatic uses dot up to this many nodes and boxes per hop from the start (beyond, sfdp).
    static constexpr int kDotLimit = 300;
    static constexpr int kDotRankLimit = 40;
};

} // namespace portolan
