#pragma once

#include "fieldlist.h"

namespace portolan {
class ModelDraft;
}

namespace portolan::formrows {

// The rows of the blueprint form's tables, from the draft's JSON of one blueprint.
QStringList propertyColumns();
QList<FieldRow> properties(const ModelDraft &draft, const QString &blueprint);
QStringList relationColumns();
QList<FieldRow> relations(const ModelDraft &draft, const QString &blueprint);
QStringList mirrorColumns();
QList<FieldRow> mirrors(const ModelDraft &draft, const QString &blueprint);
QStringList calculationColumns();
QList<FieldRow> calculations(const ModelDraft &draft, const QString &blueprint);
QStringList aggregationColumns();
QList<FieldRow> aggregations(const ModelDraft &draft, const QString &blueprint);

} // namespace portolan::formrows
