#pragma once

#include "paletteentry.h"

#include <QAbstractListModel>

namespace portolan {

// The palette's results: blueprints and commands matched in memory (instantly), then entities
// from the full-text index (when the store answers). Entities come first when there are any.
class PaletteModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, SubtitleRole };
    using QAbstractListModel::QAbstractListModel;

    // The fixed entries (blueprints, commands) that text matches against.
    void setCatalogue(const QList<PaletteEntry> &entries);
    // Shows the fixed entries matching `text`, keeps the entity rows until setEntities().
    void setText(const QString &text);
    void setEntities(const QList<PaletteEntry> &entities);
    PaletteEntry entry(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<PaletteEntry> m_catalogue;
    QList<PaletteEntry> m_entities;
    QList<PaletteEntry> m_rows;
    QString m_text;
};

} // namespace portolan
