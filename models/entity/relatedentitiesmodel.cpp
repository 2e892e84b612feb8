#include "relatedentitiesmodel.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QString keyText(const EntityKey &key)
{
    return key.blueprint + u'/' + key.identifier;
}

QString titleOr(const QString &title, const EntityKey &key)
{
    return title.isEmpty() ? key.identifier : title;
}
} // namespace

void RelatedEntitiesModel::setRelated(RelatedEntities related)
{
    beginResetModel();
    m_related = std::move(related);
    endResetModel();
}

EntityKey RelatedEntitiesModel::key(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_related.rows.at(index.row()).key;
}

int RelatedEntitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_related.rows.size());
}

int RelatedEntitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedEntitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RelatedEntity &row = m_related.rows.at(index.row());
    const bool outgoing = row.direction == RelatedEntity::Direction::Outgoing;
    if (role == BlueprintRole)
        return row.key.blueprint;
    if (role == IdentifierRole)
        return row.key.identifier;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DirectionColumn: return outgoing ? tr("→ Outgoing") : tr("← Incoming");
        case RelationColumn: return row.relationTitle;
        case EntityColumn: return titleOr(row.title, row.key);
        case BlueprintColumn: return row.blueprintTitle;
        case DepthColumn: return row.depth;
        case ViaColumn: return titleOr(row.viaTitle, row.via);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DirectionColumn:
            return outgoing ? tr("%1 points at this entity").arg(titleOr(row.viaTitle, row.via))
                            : tr("This entity points at %1").arg(titleOr(row.viaTitle, row.via));
        case RelationColumn: return row.relation;
        case EntityColumn: return keyText(row.key);
        case ViaColumn: return keyText(row.via);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DepthColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant RelatedEntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DirectionColumn: return tr("Direction");
    case RelationColumn: return tr("Relation");
    case EntityColumn: return tr("Entity");
    case BlueprintColumn: return tr("Blueprint");
    case DepthColumn: return tr("Depth");
    case ViaColumn: return tr("Via");
    }
    return {};
}

} // namespace portolan
