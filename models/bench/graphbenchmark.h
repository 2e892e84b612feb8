#pragma once

#include <QJsonObject>
#include <functional>

namespace portolan {

// `portolan bench graph`: writes a synthetic catalog of components into a fresh store: one
// dependency tree of `nodes` components (20 dependencies each, some shared), reached in full
// from its root, and one of 100,000 components that all also depend on one hub. Reports medians
// over `runs` of: building the first graph, laying it out (automatically chosen engine, and dot
// and sfdp for comparison), building the capped graph (2,000 nodes, with the whole neighbourhood
// counted) of the second, and the hub's graph, collapsed ("+99,975 more") and expanded (capped).
QJsonObject runGraphBenchmark(int nodes, int runs, std::function<void(QString)> log);

} // namespace portolan
