#pragma once

#include "graph/graphgeometry.h"
#include "graph/graphsnapshot.h"

#include <QFont>
#include <QHash>

namespace portolan {

class CatalogStore;

// What a graph job hands to the page: the graph, where its boxes go, and what the filter menus
// and captions need to know about the catalog's blueprints.
struct GraphResult {
    GraphSnapshot snapshot;
    GraphGeometry geometry;
    QList<std::pair<QString, QString>> blueprints; // identifier, title
    QList<std::pair<QString, QString>> relations;  // identifier, title
    QHash<QString, QString> captions;              // blueprint identifier → title

    // Runs on the lane: builds, then lays out unless `cancelled`, with boxes sized for `font`.
    static GraphResult compute(const CatalogStore &store, const GraphRequest &request,
                               const std::function<bool()> &cancelled, const QFont &font);
};

} // namespace portolan
