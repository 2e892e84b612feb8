#pragma once

#include "graph/graphsnapshot.h"

#include <functional>

namespace portolan {

class CatalogStore;

// Walks the relations around an entity, breadth-first, one SQL lookup per entity, and returns
// what to draw. Bounded however big the neighbourhood: each entity shows at most `fanOutLimit`
// neighbours (the rest become one "+N more" node unless it is `expanded`), the walk stops at
// `nodeCap`, and only then is the whole neighbourhood counted, inside SQLite, for the message.
// Runs on the thread that owns `store` (the StoreLane's).
class GraphBuilder final
{
public:
    using Cancelled = std::function<bool()>;

    // `cancelled` is asked between entities; when it says so, the partial result is returned.
    static GraphSnapshot build(const CatalogStore &store, const GraphRequest &request, const Cancelled &cancelled = {});
};

} // namespace portolan
