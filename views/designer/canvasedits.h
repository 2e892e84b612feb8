#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace portolan {

class DesignDocument;

// The edits the designer's canvas makes, each one undoable step through the document.
namespace CanvasEdits {

// A relation identifier for `source` pointing at `target`: the target's identifier ("service"),
// or the first of "service_2", "service_3"… that no field of `source` uses yet.
QString freeRelationId(const DesignDocument &document, const QString &source, const QString &target);

// Adds that relation (optional, one); returns its identifier, or why it was refused in `refusal`.
QString relate(DesignDocument &document, const QString &source, const QString &target, QString *refusal);

// Deletes `blueprint`. When other blueprints depend on it, asks (through `parent`) whether to
// delete those relations, mirrors and aggregations with it, naming them. Returns why nothing was
// deleted: a refusal, or an empty string when deleted or when the user cancelled (`*cancelled`).
QString removeBlueprint(DesignDocument &document, const QString &blueprint, QWidget *parent, bool *cancelled = nullptr);

} // namespace CanvasEdits
} // namespace portolan
