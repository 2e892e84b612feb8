#pragma once

#include "design/modeldraft.h"

#include <QObject>
#include <QUndoStack>
#include <functional>

namespace portolan {

// The blueprint designer's open document: the draft data model, its undo history and the
// blueprint in focus. Every designer edit goes through edit(), so every edit can be undone and
// every view (canvas, form, JSON) hears of it through changed(). Nothing reaches the store here:
// applying is the migration runner's job.
class DesignDocument final : public QObject
{
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DesignDocument)

    const ModelDraft &draft() const { return m_draft; }
    QUndoStack *undoStack() { return &m_undo; }

    // Starts over from `base` (the stored model, after loading or applying); forgets the history.
    void reset(const ModelDraft &base);

    using Edit = std::function<QString(ModelDraft &)>;
    // Runs `edit` on a copy of the draft. When it succeeds and changes something, that becomes one
    // undoable step called `text`; consecutive steps with the same non-negative `mergeKey` (typing
    // in the JSON view) merge into one. Returns why the edit was refused (nothing changes then).
    QString edit(const QString &text, const Edit &edit, int mergeKey = -1);

    QString selected() const { return m_selected; }
    void select(const QString &blueprint);

Q_SIGNALS:
    void changed(); // the draft changed: an edit, undo, redo or reset
    void selectionChanged(const QString &blueprint);

private:
    friend class DraftCommand;
    void setDraft(const ModelDraft &draft);

    ModelDraft m_draft;
    QUndoStack m_undo;
    QString m_selected;
};

} // namespace portolan
