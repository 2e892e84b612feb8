#pragma once

#include "entity/relatedentities.h"

#include <QAbstractTableModel>

namespace portolan {

// The related entities of one entity as a table: direction, relation, entity, blueprint, depth, via.
// Swaps in a RelatedEntities snapshot with a reset.
class RelatedEntitiesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DirectionColumn, RelationColumn, EntityColumn, BlueprintColumn, DepthColumn, ViaColumn, ColumnCount };
    enum Role { BlueprintRole = Qt::UserRole + 1, IdentifierRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRelated(RelatedEntities related);
    const RelatedEntities &related() const { return m_related; }
    EntityKey key(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RelatedEntities m_related;
};

} // namespace portolan
