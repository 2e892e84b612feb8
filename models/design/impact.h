#pragma once

#include "common/problem.h"
#include "design/conversionpreview.h"
#include "design/datastep.h"
#include "store/catalogstore.h"

#include <QHash>
#include <atomic>

namespace portolan {

class ModelDraft;

// A stored entity that would not be valid after the migration.
struct InvalidEntity {
    EntityKey key; // where to jump to (blueprints keep their identifiers)
    QString title;
    Problems problems; // paths inside the migrated entity (`$.properties.tier`)
};

// A mirror, calculation or aggregation property that stops working.
struct BrokenField {
    QString blueprint;
    QString field;
    QString kind; // mirror | calculation | aggregation
    QString reason;
};

// Values the migration takes away, by blueprint, field (its stored name) and reason.
struct DroppedData {
    QString blueprint;
    QString field;
    bool relation = false;
    QString reason;
    qint64 entities = 0; // entities that lose a value
    qint64 values = 0;   // relation targets lost (= entities for properties)
};

struct DeletedEntities {
    QString blueprint;
    qint64 entities = 0;
};

// The conversion preview of one TransformProperty step.
struct TransformPreview {
    DataStep step;
    QString storedProperty; // the property's name in the store
    ConversionPreview preview;
};

// What applying a draft would do to the stored data: a plain value, computed off the UI thread.
struct Impact {
    static constexpr int MaxListed = 500;

    Problems modelProblems;                // the draft's blueprints as a set, and transforms that do not compile
    QList<InvalidEntity> invalidEntities;  // the first MaxListed
    qint64 invalidCount = 0;               // all of them
    QHash<QString, qint64> invalidPerBlueprint;
    QList<BrokenField> brokenFields;
    QList<DroppedData> droppedData;
    QList<DeletedEntities> deletedEntities;
    qint64 changedEntities = 0;            // entities whose stored JSON changes
    qint64 checkedEntities = 0;            // entities read and migrated
    QList<TransformPreview> conversions;
    QString storeError;                    // the store could not be read
    bool cancelled = false;

    bool canApply() const;
    qint64 droppedValues(bool relations) const;
    qint64 deletedCount() const;
    // One line for people: "12 entities change, 3 fail validation, 40 relation values dropped".
    QString summary() const;
};

// Migrates every stored entity of the blueprints the draft changes, in memory, and reports what
// would happen. Reads only those blueprints' entities (one pass each). Runs on the store's thread
// (a StoreLane worker): no widgets, nothing of the UI thread. Returns early, with `cancelled`
// set, once `*cancel` becomes true.
Impact analyseImpact(CatalogStore &store, const ModelDraft &draft, const std::atomic_bool *cancel = nullptr);

} // namespace portolan
