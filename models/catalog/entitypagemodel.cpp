#include "entitypagemodel.h"

#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

EntityPageModel::EntityPageModel(CatalogStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void EntityPageModel::setBlueprint(const Blueprint &blueprint)
{
    m_blueprint = blueprint;
    m_query = EntityQuery{};
    m_query.blueprint = blueprint.identifier;
    m_query.limit = PageSize;
    reload();
}

void EntityPageModel::setText(const QString &text)
{
    m_query.text = text;
    reload();
}

void EntityPageModel::reload()
{
    m_busy = true;
    beginResetModel();
    m_query.offset = 0;
    m_rows = m_store.query(m_query);
    m_total = m_store.count(m_query);
    endResetModel();
    m_busy = false;
}

int EntityPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(2 + m_blueprint.properties.size() + m_blueprint.relations.size());
}

QString EntityPageModel::columnKey(int column) const
{
    if (column < 0)
        return {}; // Qt's "no sort column"
    if (column == 0)
        return u"$identifier"_s;
    if (column == 1)
        return u"$title"_s;
    column -= 2;
    if (column < m_blueprint.properties.size())
        return m_blueprint.properties.at(column).id;
    return {};
}

QVariant EntityPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Identifier");
    if (section == 1)
        return tr("Title");
    const int p = section - 2;
    if (p < m_blueprint.properties.size()) {
        const PropertyDef &def = m_blueprint.properties.at(p);
        return def.title.isEmpty() ? def.id : def.title;
    }
    const RelationDef &r = m_blueprint.relations.at(p - m_blueprint.properties.size());
    return r.title.isEmpty() ? r.id : r.title;
}

QVariant EntityPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Entity &e = m_rows.at(index.row());
    if (index.column() == 0)
        return e.identifier;
    if (index.column() == 1)
        return e.title;
    const int p = index.column() - 2;
    if (p < m_blueprint.properties.size()) {
        const QJsonValue v = e.properties.value(m_blueprint.properties.at(p).id);
        if (v.isBool())
            return v.toBool() ? u"✓"_s : QString();
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        const QString text = v.toVariant().toString();
        return role == Qt::DisplayRole ? text.section(u'\n', 0, 0).left(120) : text.left(2000);
    }
    const RelationDef &r = m_blueprint.relations.at(p - m_blueprint.properties.size());
    return e.relationTargets(r.id).join(u", "_s);
}

bool EntityPageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_rows.size() < m_total;
}

void EntityPageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    EntityQuery next = m_query;
    next.offset = int(m_rows.size());
    const QList<Entity> page = m_store.query(next);
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_busy = false;
}

void EntityPageModel::sort(int column, Qt::SortOrder order)
{
    const QString key = columnKey(column);
    m_query.sort.clear();
    if (!key.isEmpty())
        m_query.sort.append({key, order == Qt::AscendingOrder});
    reload();
}

} // namespace portolan
