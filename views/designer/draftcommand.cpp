#include "draftcommand.h"

#include "designer/designdocument.h"

namespace portolan {

DraftCommand::DraftCommand(DesignDocument &document, const QString &text, ModelDraft before, ModelDraft after, int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void DraftCommand::undo()
{
    m_document.setDraft(m_before);
}

void DraftCommand::redo()
{
    m_document.setDraft(m_after);
}

bool DraftCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != m_mergeKey || m_mergeKey < 0)
        return false;
    m_after = static_cast<const DraftCommand *>(other)->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace portolan
