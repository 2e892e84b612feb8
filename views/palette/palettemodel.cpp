#include "palettemodel.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Every word of `text` appears in the title or the id (case-insensitive).
bool matches(const PaletteEntry &entry, const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return entry.title.contains(word, Qt::CaseInsensitive) || entry.id.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace

void PaletteModel::setCatalogue(const QList<PaletteEntry> &entries)
{
    m_catalogue = entries;
    rebuild();
}

void PaletteModel::setText(const QString &text)
{
    m_text = text.trimmed();
    if (m_text.isEmpty())
        m_entities.clear();
    rebuild();
}

void PaletteModel::setEntities(const QList<PaletteEntry> &entities)
{
    m_entities = entities;
    rebuild();
}

void PaletteModel::rebuild()
{
    beginResetModel();
    m_rows = m_entities;
    for (const PaletteEntry &entry : std::as_const(m_catalogue)) {
        if (matches(entry, m_text))
            m_rows.append(entry);
    }
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return entry.title;
    case Qt::ToolTipRole:
    case SubtitleRole: return entry.subtitle;
    case KindRole: return int(entry.kind);
    default: return {};
    }
}

} // namespace portolan
