#pragma once

#include "common/problem.h"
#include "store/changeset.h"

#include <functional>

namespace portolan {

class CatalogStore;
struct ModelMigration;

struct MigrationResult {
    Problems problems;          // errors mean nothing changed
    ChangeSet changes;          // what the committed write changed (empty on failure)
    qint64 entitiesMigrated = 0; // stored entities rewritten
    bool ok() const { return !hasErrors(problems); }
};

// Applies a migration in ONE store transaction (Origin::Migration): deletes the removed blueprints
// with their entities, writes the new blueprints, rewrites every stored entity of the changed
// blueprints through EntityMigration and the writer's validation, records an audit entry of kind
// "migration", commits. Any error, or `progress` returning false (cancel), rolls everything back;
// problems then say what failed and where (blueprint, entity, field path).
// Runs on the store's thread (a StoreLane worker in the designer).
MigrationResult applyMigration(CatalogStore &store, const ModelMigration &migration,
                               const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace portolan
