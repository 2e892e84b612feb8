#include "importplan.h"

namespace portolan {

void ImportPlan::append(const ImportPlan &other)
{
    blueprints.append(other.blueprints);
    entities.append(other.entities);
    actions.append(other.actions);
    scorecards.append(other.scorecards);
    initiatives.append(other.initiatives);
    dashboards.append(other.dashboards);
    problems.append(other.problems);
    files.append(other.files);
    keepDanglingRelations = keepDanglingRelations || other.keepDanglingRelations;
    mergeBlueprints = mergeBlueprints || other.mergeBlueprints;
}

} // namespace portolan
