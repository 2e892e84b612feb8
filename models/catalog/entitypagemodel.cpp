#include "entitypagemodel.h"

#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace portolan {

EntityPageModel::EntityPageModel(CatalogStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_derived(std::make_unique<DerivedValues>(store))
{
}

EntityPageModel::~EntityPageModel() = default;

void EntityPageModel::rebuildColumns()
{
    m_columns.clear();
    const auto title = [](const QString &t, const QString &id) { return t.isEmpty() ? id : t; };
    for (const PropertyDef &p : m_blueprint.properties)
        m_columns.append({Column::Kind::Property, p.id, title(p.title, p.id)});
    for (const MirrorDef &m : m_blueprint.mirrors)
        m_columns.append({Column::Kind::Derived, m.id, title(m.title, m.id)});
    for (const CalculationDef &c : m_blueprint.calculations)
        m_columns.append({Column::Kind::Derived, c.id, title(c.title, c.id)});
    for (const AggregationDef &a : m_blueprint.aggregations)
        m_columns.append({Column::Kind::Derived, a.id, title(a.title, a.id)});
    for (const RelationDef &r : m_blueprint.relations)
        m_columns.append({Column::Kind::Relation, r.id, title(r.title, r.id)});
}

QList<QJsonObject> EntityPageModel::resolve(const QList<Entity> &rows) const
{
    QList<QJsonObject> resolved;
    resolved.reserve(rows.size());
    const bool derived = !m_blueprint.mirrors.isEmpty() || !m_blueprint.calculations.isEmpty() || !m_blueprint.aggregations.isEmpty();
    for (const Entity &e : rows)
        resolved.append(derived ? m_derived->resolve(m_blueprint, e).value("properties"_L1).toObject() : e.properties);
    return resolved;
}

void EntityPageModel::setBlueprint(const Blueprint &blueprint)
{
    m_blueprint = blueprint;
    rebuildColumns();
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
    m_resolved = resolve(m_rows);
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
    return parent.isValid() ? 0 : int(2 + m_columns.size());
}

QString EntityPageModel::columnKey(int column) const
{
    if (column < 0)
        return {}; // Qt's "no sort column"
    if (column == 0)
        return u"$identifier"_s;
    if (column == 1)
        return u"$title"_s;
    // Derived values are not in the store's rows, so SQL cannot sort by them (nor by relations).
    const Column c = m_columns.value(column - 2, {Column::Kind::Relation, {}, {}});
    return c.kind == Column::Kind::Property ? c.id : QString();
}

QVariant EntityPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Identifier");
    if (section == 1)
        return tr("Title");
    const Column c = m_columns.value(section - 2);
    if (role == Qt::ToolTipRole)
        return c.kind == Column::Kind::Derived ? tr("%1 (derived: mirror, calculation or aggregation)").arg(c.id) : c.id;
    return c.title;
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
    const Column c = m_columns.value(index.column() - 2);
    if (c.kind == Column::Kind::Relation)
        return e.relationTargets(c.id).join(u", "_s);
    const QJsonValue v = m_resolved.value(index.row()).value(c.id);
    if (v.isBool())
        return v.toBool() ? u"✓"_s : QString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    const QString text = v.toString();
    return role == Qt::DisplayRole ? text.section(u'\n', 0, 0).left(120) : text.left(2000);
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
    const QList<QJsonObject> resolved = resolve(page);
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    m_resolved.append(resolved);
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
