#include "graphqueries.h"

#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace portolan {
namespace {

QByteArray jsonArray(const QSet<QString> &values)
{
    if (values.isEmpty())
        return {};
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact);
}

bool run(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

GraphQueries::GraphQueries(sqlite3 *db, const GraphRequest &request)
    : m_db(db)
    , m_direction(request.direction)
    , m_blueprints(jsonArray(request.blueprints))
    , m_relations(jsonArray(request.relations))
{
    const QByteArray columns = "r.name, e.id, %1, e.blueprint, e.identifier, e.title";
    QByteArray neighbours = m_direction == GraphDirection::Upstream ? branch(true, columns) : branch(false, columns);
    QByteArray distinct = m_direction == GraphDirection::Upstream ? branch(true, "e.id") : branch(false, "e.id");
    if (m_direction == GraphDirection::Both) {
        neighbours += " UNION ALL " + branch(true, columns);
        distinct += " UNION " + branch(true, "e.id");
    }
    m_neighbours = std::make_unique<Statement>(db, neighbours.constData());
    const QByteArray count = "SELECT count(*) FROM (" + distinct + ") WHERE id != ?1";
    m_count = std::make_unique<Statement>(db, count.constData());
    m_find = std::make_unique<Statement>(db, "SELECT id, title FROM entities WHERE blueprint = ?1 AND identifier = ?2");
    m_outgoing = std::make_unique<Statement>(db, m_relations.isEmpty()
        ? "SELECT name, target FROM relations WHERE source = ?1"
        : "SELECT name, target FROM relations WHERE source = ?1 AND name IN (SELECT value FROM json_each(?2))");
}

GraphQueries::~GraphQueries() = default;

bool GraphQueries::isValid() const
{
    return m_neighbours->isValid() && m_count->isValid() && m_find->isValid() && m_outgoing->isValid();
}

GraphNeighbour GraphQueries::find(const EntityKey &key)
{
    GraphNeighbour found;
    found.key = key;
    m_find->reset();
    m_find->bind(1, key.blueprint).bind(2, key.identifier);
    if (m_find->next()) {
        found.id = m_find->int64(0);
        found.title = m_find->text(1);
        m_find->reset();
    }
    if (found.title.isEmpty())
        found.title = key.identifier;
    return found;
}

QString GraphQueries::error() const
{
    return m_neighbours->error();
}

// One direction of the walk: `columns` with %1 replaced by 0 (downstream) or 1 (upstream).
QByteArray GraphQueries::branch(bool upstream, QByteArray columns) const
{
    QByteArray sql = "SELECT " + columns.replace("%1", upstream ? "1" : "0")
        + (upstream ? " FROM relations r JOIN entities e ON e.id = r.source WHERE r.target = ?1"
                    : " FROM relations r JOIN entities e ON e.id = r.target WHERE r.source = ?1");
    if (!m_blueprints.isEmpty())
        sql += " AND e.blueprint IN (SELECT value FROM json_each(?2))";
    if (!m_relations.isEmpty())
        sql += " AND r.name IN (SELECT value FROM json_each(?3))";
    return sql;
}

void GraphQueries::bindFilters(Statement &statement) const
{
    if (!m_blueprints.isEmpty())
        statement.bindText(2, m_blueprints);
    if (!m_relations.isEmpty())
        statement.bindText(3, m_relations);
}

void GraphQueries::neighbours(qint64 id, const std::function<bool(const GraphNeighbour &)> &visit)
{
    m_neighbours->reset();
    m_neighbours->bind(1, id);
    bindFilters(*m_neighbours);
    GraphNeighbour n;
    while (m_neighbours->next()) {
        n.relation = m_neighbours->text(0);
        n.id = m_neighbours->int64(1);
        n.upstream = m_neighbours->int64(2) != 0;
        n.key = {m_neighbours->text(3), m_neighbours->text(4)};
        n.title = m_neighbours->text(5);
        if (n.title.isEmpty())
            n.title = n.key.identifier;
        if (!visit(n)) {
            m_neighbours->reset();
            return;
        }
    }
}

void GraphQueries::outgoing(qint64 id, const std::function<void(const QString &, qint64)> &visit)
{
    m_outgoing->reset();
    m_outgoing->bind(1, id);
    if (!m_relations.isEmpty())
        m_outgoing->bindText(2, m_relations);
    while (m_outgoing->next())
        visit(m_outgoing->text(0), m_outgoing->int64(1));
}

qint64 GraphQueries::neighbourCount(qint64 id)
{
    m_count->reset();
    m_count->bind(1, id);
    bindFilters(*m_count);
    const qint64 count = m_count->next() ? m_count->int64(0) : 0;
    m_count->reset();
    return count;
}

// Breadth-first in SQL, one INSERT … SELECT per hop over temporary tables: nothing of the
// neighbourhood is loaded here, however large it is.
qint64 GraphQueries::reachableCount(qint64 start, int depth, qint64 limit)
{
    if (!run(m_db, "CREATE TEMP TABLE IF NOT EXISTS graph_seen (id INTEGER PRIMARY KEY);"
                   "CREATE TEMP TABLE IF NOT EXISTS graph_frontier (id INTEGER PRIMARY KEY);"
                   "CREATE TEMP TABLE IF NOT EXISTS graph_next (id INTEGER PRIMARY KEY);"
                   "DELETE FROM graph_seen; DELETE FROM graph_frontier; DELETE FROM graph_next;"))
        return 0;
    const auto step = [this](bool upstream) {
        QByteArray sql = upstream ? "SELECT r.source FROM graph_frontier f JOIN relations r ON r.target = f.id"
                                  : "SELECT r.target FROM graph_frontier f JOIN relations r ON r.source = f.id";
        if (!m_blueprints.isEmpty())
            sql += upstream ? " JOIN entities e ON e.id = r.source" : " JOIN entities e ON e.id = r.target";
        sql += upstream ? " WHERE NOT EXISTS (SELECT 1 FROM graph_seen s WHERE s.id = r.source)"
                        : " WHERE NOT EXISTS (SELECT 1 FROM graph_seen s WHERE s.id = r.target)";
        if (!m_blueprints.isEmpty())
            sql += " AND e.blueprint IN (SELECT value FROM json_each(?2))";
        if (!m_relations.isEmpty())
            sql += " AND r.name IN (SELECT value FROM json_each(?3))";
        return sql;
    };
    QByteArray hop = "INSERT OR IGNORE INTO graph_next (id) ";
    if (m_direction != GraphDirection::Upstream)
        hop += step(false);
    if (m_direction == GraphDirection::Both)
        hop += " UNION ALL ";
    if (m_direction != GraphDirection::Downstream)
        hop += step(true);
    Statement seed(m_db, "INSERT INTO graph_seen VALUES (?1)");
    Statement expand(m_db, hop.constData());
    if (!seed.bind(1, start).exec() || !expand.isValid())
        return 0;
    run(m_db, "INSERT INTO graph_frontier SELECT id FROM graph_seen");
    qint64 seen = 1;
    for (int level = 1; (depth == 0 || level <= depth) && seen <= limit; ++level) {
        bindFilters(expand);
        if (!expand.exec())
            return seen;
        const qint64 added = sqlite3_changes64(m_db);
        if (added == 0)
            break;
        seen += added;
        if (!run(m_db, "INSERT INTO graph_seen SELECT id FROM graph_next; DELETE FROM graph_frontier;"
                       "INSERT INTO graph_frontier SELECT id FROM graph_next; DELETE FROM graph_next;"))
            return seen;
    }
    run(m_db, "DELETE FROM graph_seen; DELETE FROM graph_frontier; DELETE FROM graph_next;");
    return seen;
}

} // namespace portolan
