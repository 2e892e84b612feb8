#pragma once

#include "catalog/entity.h"
#include "common/problem.h"
#include "design/datastep.h"
#include "schema/blueprint.h"

#include <QHash>
#include <memory>
#include <vector>

namespace portolan {

class EntityValidator;
class JqProgram;
class ModelDraft;

// A value migration took away from an entity.
struct DroppedValue {
    QString field;   // its name in the stored blueprint
    bool relation = false;
    qsizetype values = 1; // relation targets lost (1 for a property)
    QString reason;  // "no longer defined", "target changes from team to group", …
};

struct EntityMigrationResult {
    Entity entity;            // as it would be stored under the target blueprint
    bool changed = false;     // its properties or relations differ from the stored ones
    QList<DroppedValue> dropped;
    Problems problems;        // transforms that failed, at `$.properties.<id>`
};

// Carries one blueprint's stored entities over to its new definition: the draft's data steps in
// order (renames, jq transforms), then what the definitions' difference implies (values of fields
// the target no longer has are dropped, relations follow a change of `many`, newly required
// properties get their default). Validation is left to the caller (EntityValidator on the result).
// Shared by the impact preview and the migration runner, so both judge the same result.
// Not thread-safe (compiled jq programs): one instance per thread.
class EntityMigration final
{
public:
    // `steps` may hold other blueprints' steps; only those of `target.identifier` are used.
    EntityMigration(const Blueprint &stored, const Blueprint &target, const DataSteps &steps);
    ~EntityMigration();
    Q_DISABLE_COPY_MOVE(EntityMigration)

    // Transforms that do not compile, at `$.steps[i].transform` (i: index in the steps given).
    Problems problems() const { return m_problems; }
    const Blueprint &target() const { return m_target; }

    EntityMigrationResult migrate(const Entity &entity) const;

private:
    struct Step {
        DataStep step;
        std::unique_ptr<JqProgram> program; // TransformProperty only
    };
    void migrateRelations(const QJsonObject &relations, EntityMigrationResult &result) const;

    Blueprint m_stored;
    Blueprint m_target;
    std::vector<Step> m_steps;
    QHash<QString, QString> m_storedProperty; // name after the steps → name in the stored blueprint
    QHash<QString, QString> m_storedRelation;
    Problems m_problems;
};

// The migrated entity's problems: its failed transforms, then what `validator` (for the target
// blueprint) finds elsewhere (a value a transform failed on is not also reported as the wrong type).
Problems migratedProblems(const EntityMigrationResult &result, const EntityValidator &validator);

// Stored blueprints kept by the draft whose entities a migration must rewrite: changed
// definitions or data steps. Others' entities stay as they are.
QStringList migratedBlueprints(const ModelDraft &draft);

} // namespace portolan
