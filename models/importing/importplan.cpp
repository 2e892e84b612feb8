#include "importplan.h"

namespace portolan {

void ImportPlan::append(const ImportPlan &other)
{
    blueprints.append(other.blueprints);
    entities.append(other.entities);
    actions.append(other.actions);
    problems.append(other.problems);
    files.append(other.files);
    keepDanglingRelations = keepDanglingRelations || other.keepDanglingRelations;
    mergeBlueprints = mergeBlueprints || other.mergeBlueprints;
}

} // namespace portolan
