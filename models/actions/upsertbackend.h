#pragma once

#include "common/problem.h"
#include "store/catalogstore.h"

#include <QJsonObject>
#include <QString>

namespace portolan {

struct ActionDefinition;

struct UpsertOutcome {
    Problems problems;
    EntityKey key;        // the entity written (or meant to be, when there are problems)
    bool created = false; // false when an existing entity was updated
};

// The built-in UPSERT_ENTITY backend (Port's "create/update entity" action):
//   invocationMethod {type: UPSERT_ENTITY, blueprintIdentifier,
//                     mapping {identifier, title, icon, team, properties {…}, relations {…}}}
// Every mapping string is jq over the run's context ({inputs, entity, trigger, run, action});
// a string with {{ … }} is read as a payload template instead. Other JSON values are taken as
// they are. The identifier must come out as a non-empty string.
// An existing entity is merged, as Port's action upserts do: properties and relations the mapping
// does not name are kept; a mapped value that comes out null removes it; title, icon and team
// change only when mapped (and not null).
// jq's `now` is seconds since the epoch, but timer and date-time properties want ISO text, so
// mappings write `now + 5 * 86400 | floor | todate`.
// One CatalogWriter (Origin::ActionRun, `actor`, tied to `runId`): the audit entry names the run
// and run_entities lists the entity. Any problem (jq, validation, relations) writes nothing;
// problems carry paths ($.invocationMethod.mapping.properties.ttl for jq, the entity's own
// paths for validation).
UpsertOutcome runUpsert(CatalogStore &store, const ActionDefinition &action, const QJsonObject &context,
                        const QString &actor, const QString &runId);

} // namespace portolan
