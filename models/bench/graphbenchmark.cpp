#include "graphbenchmark.h"

#include "bench/catalogbenchmark.h"
#include "graph/graphbuilder.h"
#include "graph/graphlayout.h"
#include "store/bulkloader.h"
#include "store/catalogwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kFanOut = 20; // below the default fan-out limit: the whole tree is visible
constexpr int kLargeTree = 100'000;

// Component `i` of tree `tree` depends on its children (kFanOut·i + 1 …) and every seventh one
// also on a component of the level above: a tree with cross edges, like real dependency graphs.
// With a `hub`, every component also depends on it: a hub with `count` dependants.
void generateTree(const QString &tree, int count, const QString &hub, const BulkLoader::Sink &sink)
{
    const auto id = [&](qint64 i) -> QString { return tree + u'-' + QString::number(i); };
    for (qint64 i = 0; i < count; ++i) {
        Entity e;
        e.blueprint = u"component"_s;
        e.identifier = id(i);
        e.title = u"%1 component %2"_s.arg(tree).arg(i);
        QJsonArray dependsOn;
        for (qint64 child = kFanOut * i + 1; child <= kFanOut * i + kFanOut && child < count; ++child)
            dependsOn.append(id(child));
        if (i % 7 == 3 && i / kFanOut / kFanOut > 0)
            dependsOn.append(id(i / kFanOut / kFanOut));
        if (!hub.isEmpty())
            dependsOn.append(hub);
        e.relations = {{u"dependsOn"_s, dependsOn}};
        if (!sink(std::move(e), {}))
            return;
    }
}

Blueprint componentBlueprint()
{
    return Blueprint::fromJson(QJsonDocument::fromJson(R"({"identifier": "component", "title": "Component",
        "schema": {"properties": {}}, "relations": {"dependsOn": {"target": "component", "many": true}}})").object());
}

} // namespace

QJsonObject runGraphBenchmark(int nodes, int runs, std::function<void(QString)> log)
{
    QTemporaryDir folder;
    CatalogStore store(folder.filePath(u"graph-bench.sqlite"_s));
    if (!store.isOpen())
        return {{u"error"_s, store.error()}};
    Problems problems;
    const double importMs = timeMs([&] {
        CatalogWriter writer(store, Origin::Import, u"bench"_s);
        problems = writer.putBlueprints({componentBlueprint()});
        if (!hasErrors(problems))
            problems = BulkLoader(writer).load([&](const BulkLoader::Sink &sink) {
                generateTree(u"hub"_s, 1, {}, sink);
                generateTree(u"visible"_s, nodes, {}, sink);
                generateTree(u"large"_s, kLargeTree, u"hub-0"_s, sink);
            });
        if (!hasErrors(problems))
            problems = writer.commit();
    });
    if (hasErrors(problems))
        return {{u"error"_s, problems.first().toString()}};
    log(u"wrote %1 components in %2 ms"_s.arg(nodes + kLargeTree + 1).arg(importMs, 0, 'f', 0));

    GraphRequest visible;
    visible.start = {u"component"_s, u"visible-0"_s};
    visible.depth = 0;
    visible.direction = GraphDirection::Downstream;
    visible.nodeCap = std::max(nodes, 2000);
    GraphRequest large = visible;
    large.start = {u"component"_s, u"large-0"_s};
    large.nodeCap = 2000;
    GraphRequest hub = visible;
    hub.start = {u"component"_s, u"hub-0"_s};
    hub.depth = 1;
    hub.direction = GraphDirection::Upstream;
    hub.nodeCap = 2000;
    GraphRequest hubExpanded = hub;
    hubExpanded.expanded = {hub.start};

    QList<double> builds, layouts, dots, sfdps, capped, hubs, hubsExpanded;
    GraphSnapshot snapshot, cappedSnapshot, hubSnapshot, hubExpandedSnapshot;
    GraphGeometry geometry;
    for (int run = 0; run < runs; ++run) {
        builds.append(timeMs([&] { snapshot = GraphBuilder::build(store, visible); }));
        layouts.append(timeMs([&] { geometry = GraphLayout::compute(snapshot); }));
        dots.append(timeMs([&] { GraphLayout::compute(snapshot, GraphLayout::Engine::Dot); }));
        sfdps.append(timeMs([&] { GraphLayout::compute(snapshot, GraphLayout::Engine::Sfdp); }));
        capped.append(timeMs([&] { cappedSnapshot = GraphBuilder::build(store, large); }));
        hubs.append(timeMs([&] { hubSnapshot = GraphBuilder::build(store, hub); }));
        hubsExpanded.append(timeMs([&] { hubExpandedSnapshot = GraphBuilder::build(store, hubExpanded); }));
        log(u"run %1: build %2 ms, layout %3 ms (%4), dot %5 ms, sfdp %6 ms, capped 100k build %7 ms"_s.arg(run + 1)
                .arg(builds.last(), 0, 'f', 1).arg(layouts.last(), 0, 'f', 0).arg(geometry.engine)
                .arg(dots.last(), 0, 'f', 0).arg(sfdps.last(), 0, 'f', 0).arg(capped.last(), 0, 'f', 1)
            + u", hub %1 ms, hub expanded %2 ms"_s.arg(hubs.last(), 0, 'f', 1).arg(hubsExpanded.last(), 0, 'f', 1));
    }
    return {
        {u"visibleNodes"_s, snapshot.nodes.size()},
        {u"visibleEdges"_s, snapshot.edges.size()},
        {u"runs"_s, runs},
        {u"buildMs"_s, median(builds)},
        {u"layoutMs"_s, median(layouts)},
        {u"layoutEngine"_s, geometry.engine},
        {u"layoutDotMs"_s, median(dots)},
        {u"layoutSfdpMs"_s, median(sfdps)},
        {u"largeNeighbourhood"_s, cappedSnapshot.reachableCount},
        {u"cappedNodes"_s, cappedSnapshot.nodes.size()},
        {u"cappedMessage"_s, cappedSnapshot.message},
        {u"cappedBuildMs"_s, median(capped)},
        {u"hubNodes"_s, hubSnapshot.nodes.size()},
        {u"hubHidden"_s, hubSnapshot.nodes.isEmpty() ? 0 : hubSnapshot.nodes.last().hiddenCount},
        {u"hubBuildMs"_s, median(hubs)},
        {u"hubExpandedMessage"_s, hubExpandedSnapshot.message},
        {u"hubExpandedBuildMs"_s, median(hubsExpanded)},
        {u"peakRssMiB"_s, peakRssMiB()},
    };
}

} // namespace portolan
