#include "designdocument.h"

#include "designer/draftcommand.h"

namespace portolan {

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
{
}

void DesignDocument::reset(const ModelDraft &base)
{
    m_undo.clear();
    m_draft = base;
    if (!m_selected.isEmpty() && !m_draft.contains(m_selected))
        select({});
    Q_EMIT changed();
}

QString DesignDocument::edit(const QString &text, const Edit &edit, int mergeKey)
{
    ModelDraft after = m_draft;
    const QString refusal = edit(after);
    if (!refusal.isEmpty() || after == m_draft)
        return refusal;
    m_undo.push(new DraftCommand(*this, text, m_draft, std::move(after), mergeKey)); // redo() applies it
    return {};
}

void DesignDocument::select(const QString &blueprint)
{
    if (blueprint == m_selected)
        return;
    m_selected = blueprint;
    Q_EMIT selectionChanged(blueprint);
}

void DesignDocument::setDraft(const ModelDraft &draft)
{
    m_draft = draft;
    Q_EMIT changed();
    if (!m_selected.isEmpty() && !m_draft.contains(m_selected))
        select({});
}

} // namespace portolan
