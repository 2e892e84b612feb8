#include "runsnapshot.h"

#include "actionstore.h"
#include "runstore.h"
#include "store/catalogstore.h"
#include "userinputs.h"

namespace portolan {

RunSnapshot RunSnapshot::load(CatalogStore &store, const QString &runId, qint64 afterSeq, bool full,
                              const QSet<QString> &knownTitles)
{
    RunSnapshot snapshot;
    snapshot.full = full;
    const RunStore runs(store.database());
    snapshot.run = runs.run(runId);
    if (!snapshot.run)
        return snapshot;
    snapshot.logs = runs.logs(runId, afterSeq);
    snapshot.entities = runs.entitiesOf(runId);

    auto title = [&](const QString &blueprint, const QString &identifier) {
        const QString key = entityKey(blueprint, identifier);
        if (identifier.isEmpty() || knownTitles.contains(key) || snapshot.titles.contains(key))
            return;
        const std::optional<Entity> entity = store.entity(blueprint, identifier);
        // Deleted entities keep their identifier as the title.
        snapshot.titles.insert(key, entity && !entity->title.isEmpty() ? entity->title : identifier);
    };
    title(snapshot.run->blueprint, snapshot.run->entity);
    for (const RunEntityChange &change : std::as_const(snapshot.entities))
        title(change.blueprint, change.identifier);

    if (full) {
        snapshot.names = NameDirectory::load(store);
        if (const std::optional<ActionDefinition> action = ActionStore(store.database()).action(snapshot.run->action)) {
            const UserInputs inputs = UserInputs::fromJson(action->userInputs);
            for (const UserInput &input : inputs.inputs)
                snapshot.inputTitles.append({input.key, input.title.isEmpty() ? input.key : input.title});
        }
    }
    return snapshot;
}

} // namespace portolan
