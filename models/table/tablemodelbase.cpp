#include "tablemodelbase.h"

#include "catalog/namedirectory.h"
#include "store/storelane.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// What a page job hands back: the page, and the name directory it read (loaded once per blueprint).
struct PageResult {
    TablePage page;
    std::shared_ptr<const NameDirectory> names;
};

} // namespace

TableModelBase::TableModelBase(StoreLane &lane, QObject *parent)
    : QAbstractItemModel(parent)
    , m_lane(lane)
    , m_channel(u"table-%1"_s.arg(quintptr(this), 0, 16))
{
}

TableModelBase::~TableModelBase() = default;

void TableModelBase::setBlueprint(const Blueprint &blueprint, const TableState &state)
{
    beginResetModel();
    m_spec.blueprint = blueprint;
    m_spec.columns = TableColumns::of(blueprint);
    m_spec.state = state;
    clearRows();
    endResetModel();
    m_names.reset(); // people and teams may have changed since the last blueprint
    m_blueprintCount = -1;
    restart(true);
}

void TableModelBase::setState(const TableState &state)
{
    const TableState &now = m_spec.state;
    const bool rowsChanged = state.filter != now.filter || state.text != now.text || state.myTeams != now.myTeams;
    const bool changed = rowsChanged || state.sort != now.sort || state.groupBy != now.groupBy;
    m_spec.state = state;
    if (changed && !m_spec.blueprint.identifier.isEmpty())
        restart(rowsChanged || state.groupBy != now.groupBy);
}

void TableModelBase::setSortKeys(const QList<SortKey> &keys)
{
    TableState state = m_spec.state;
    state.sort = keys;
    setState(state);
}

void TableModelBase::setMyTeams(const QStringList &teams)
{
    if (teams == m_spec.myTeams)
        return;
    m_spec.myTeams = teams;
    if (m_spec.state.myTeams && !m_spec.blueprint.identifier.isEmpty())
        restart(true);
}

void TableModelBase::restart(bool rowsChanged)
{
    ++m_generation;
    m_error.clear();
    if (m_indexing.isEmpty())
        setStatus({});
    if (rowsChanged)
        setCount(-1);
    setLoading(true);
    reload();
}

EntityKey TableModelBase::entityKey(const QModelIndex &index) const
{
    const QString identifier = identifierAt(index);
    return identifier.isEmpty() ? EntityKey{} : EntityKey{m_spec.blueprint.identifier, identifier};
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : int(m_spec.columns.size());
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return {};
    const TableColumn &c = m_spec.columns.at(section);
    if (role == Qt::DisplayRole)
        return c.title;
    if (role != Qt::ToolTipRole)
        return {};
    QString tip = c.key;
    if (c.kind == TableColumn::Kind::Mirror || c.kind == TableColumn::Kind::Calculation)
        tip += tr(" — derived when read: not sortable");
    else if (c.kind == TableColumn::Kind::Relation)
        tip += tr(" — relation to %1; sorts by the target's identifier").arg(c.target);
    else
        tip += tr(" — click to sort, Shift+click to add a sort key");
    return tip;
}

Qt::ItemFlags TableModelBase::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void TableModelBase::readPage(const QString &channel, int offset, const std::optional<QVariant> &group, std::function<void(const TablePage &)> done)
{
    const quint64 generation = m_generation;
    const TableSpec spec = m_spec;
    const std::shared_ptr<const NameDirectory> names = m_names;
    m_lane.post(
        this, channel,
        [spec, names, group, offset](CatalogStore &store) {
            PageResult result{{}, names ? names : std::make_shared<const NameDirectory>(NameDirectory::load(store))};
            TableReader reader(store, spec, *result.names);
            if (group)
                reader.setGroup(*group);
            result.page = reader.page(offset, PageSize);
            return result;
        },
        [this, generation, done](const PageResult &result) {
            if (generation != m_generation)
                return;
            if (!m_names)
                m_names = result.names;
            if (!result.page.needsIndex.isEmpty())
                buildSortIndex(result.page.needsIndex);
            done(result.page);
        });
}

void TableModelBase::buildSortIndex(const QString &titles)
{
    const QString key = m_spec.blueprint.identifier + u'\n' + TableQuery(m_spec).indexTerms().join(u", "_s);
    if (m_indexing.contains(key))
        return;
    m_indexing.append(key);
    if (!m_indexLane)
        m_indexLane = std::make_unique<StoreLane>(m_lane.path());
    setStatus(tr("Indexing '%1' for faster sorting…").arg(titles));
    const TableSpec spec = m_spec;
    m_indexLane->post(
        this, QString(), [spec](CatalogStore &store) { return TableReader(store, spec, NameDirectory{}).createSortIndex(); },
        [this, key](const QString &error) {
            m_indexing.removeAll(key);
            if (m_indexing.isEmpty())
                setStatus(error.isEmpty() ? QString() : tr("Could not index for sorting: %1").arg(error));
        });
}

void TableModelBase::requestCounts(bool matching)
{
    const quint64 generation = m_generation;
    const TableSpec spec = m_spec;
    if (matching && m_count < 0) {
        m_lane.post(
            this, m_channel, [spec](CatalogStore &store) { return TableReader(store, spec, NameDirectory{}).count(); },
            [this, generation](qint64 count) {
                if (generation == m_generation && count >= 0)
                    setCount(count);
            });
    }
    if (m_blueprintCount < 0) {
        TableSpec all;
        all.blueprint = spec.blueprint;
        m_lane.post(
            this, m_channel + u"-all"_s, [all](CatalogStore &store) { return TableReader(store, all, NameDirectory{}).count(); },
            [this, blueprint = spec.blueprint.identifier](qint64 count) {
                if (blueprint == m_spec.blueprint.identifier && count >= 0) {
                    m_blueprintCount = count;
                    Q_EMIT countChanged();
                }
            });
    }
}

void TableModelBase::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void TableModelBase::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void TableModelBase::setCount(qint64 count)
{
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT countChanged();
}

} // namespace portolan
