#include "graphresult.h"

#include "graph/graphbuilder.h"
#include "graph/graphlayout.h"
#include "graphnodeitem.h"
#include "store/catalogstore.h"

namespace portolan {

GraphResult GraphResult::compute(const CatalogStore &store, const GraphRequest &request,
                                 const std::function<bool()> &cancelled, const QFont &font)
{
    GraphResult result;
    QSet<QString> relationIds;
    for (const Blueprint &bp : store.blueprints()) {
        result.blueprints.append({bp.identifier, bp.title});
        result.captions.insert(bp.identifier, bp.title.isEmpty() ? bp.identifier : bp.title);
        for (const RelationDef &relation : bp.relations) {
            if (!relationIds.contains(relation.id)) {
                relationIds.insert(relation.id);
                result.relations.append({relation.id, relation.title});
            }
        }
    }
    std::sort(result.relations.begin(), result.relations.end());
    result.snapshot = GraphBuilder::build(store, request, cancelled);
    if (!result.snapshot.error && !(cancelled && cancelled()))
        result.geometry = GraphLayout::compute(result.snapshot, GraphLayout::Engine::Automatic, [&](const GraphNode &node) {
            return GraphNodeItem::boxSize(node, result.captions.value(node.blueprint, node.blueprint), font);
        });
    return result;
}

} // namespace portolan
