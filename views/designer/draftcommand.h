#pragma once

#include "design/modeldraft.h"

#include <QUndoCommand>

namespace portolan {

class DesignDocument;

// One designer edit on the undo stack: the draft before and after (drafts are small values).
class DraftCommand final : public QUndoCommand
{
public:
    DraftCommand(DesignDocument &document, const QString &text, ModelDraft before, ModelDraft after, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument &m_document;
    ModelDraft m_before;
    ModelDraft m_after;
    int m_mergeKey;
};

} // namespace portolan
