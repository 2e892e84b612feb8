#pragma once

#include "design/modeldraft.h"

#include <QJsonObject>
#include <QString>

namespace portolan::formedits {

// The edits the blueprint form makes, as functions over a draft (what DesignDocument::edit runs).
// Each returns "" or why it refused, like the draft's own edits.

enum class Section { Properties, Relations, Mirrors, Calculations, Aggregations };

// The definitions of one section of a blueprint's JSON ({id: definition}).
QJsonObject definitions(const QJsonObject &blueprint, Section section);
// Every field identifier a blueprint uses, in all sections: one name space in Port.
QStringList takenIds(const QJsonObject &blueprint);
// Why `id` cannot name a new field of `blueprint` (besides `except`, the field being renamed), or "".
QString checkNewId(const QJsonObject &blueprint, const QString &id, const QString &except = {});

// Sets title, icon or description; an empty icon or description is removed.
QString setText(ModelDraft &draft, const QString &blueprint, const QString &key, const QString &value);
// Creates property `id` (previous empty) or edits `previous`: renamed with the draft's rename (stored
// values follow), its schema replaced through changePropertyType (`transform` converts stored values;
// "." keeps them), and its place in the required list set.
QString putProperty(ModelDraft &draft, const QString &blueprint, const QString &previous, const QString &id,
                    const QJsonObject &schema, bool required, const QString &transform = QStringLiteral("."));
// Creates or edits a relation, mirror, calculation or aggregation. Relations are renamed with the
// draft's rename (their stored targets follow); the others are derived values: remove and add.
QString putDefinition(ModelDraft &draft, const QString &blueprint, Section section, const QString &previous,
                      const QString &id, const QJsonObject &definition);
QString rename(ModelDraft &draft, const QString &blueprint, Section section, const QString &from, const QString &to);
// Removes a definition (a property also leaves the required list). Stored values are dropped when
// the draft is applied; the impact preview counts them.
QString remove(ModelDraft &draft, const QString &blueprint, Section section, const QString &id);

// An identifier made from a title ("Last deploy" → "lastDeploy"), for fields the user has not named.
QString suggestId(const QString &title);

// Consecutive edits of one field merge into one undo step; `generation` starts a new step
// (the form bumps it when the field loses focus).
int mergeKey(const QString &blueprint, const QString &field, int generation);

// The shape a property's values have: "string", "number", "object" (labeled-url), "array<string>"…
// Stored values must be converted when it changes.
QString valueShape(const QJsonObject &schema);
// Whether values of `before` must be converted to fit `after` (an array without item schema fits any array).
bool changesValueShape(const QJsonObject &before, const QJsonObject &after);

} // namespace portolan::formedits
