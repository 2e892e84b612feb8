#pragma once

#include "graph/graphrequest.h"

#include <QByteArray>
#include <functional>
#include <memory>

struct sqlite3;

namespace portolan {

class Statement;

// A neighbour of an entity as the relations table has it: the relation, the other end and
// whether the relation points at the entity (upstream) or away from it.
struct GraphNeighbour {
    QString relation;
    qint64 id = 0;
    bool upstream = false;
    EntityKey key;
    QString title;
};

// The SQL of one graph request, prepared once: neighbours of an entity (streamed, so that a hub's
// hundred-thousandth neighbour is never read when only 25 are shown), their count, and the size of
// the whole neighbourhood (counted inside SQLite, in temporary tables, never loaded).
class GraphQueries final
{
public:
    GraphQueries(sqlite3 *db, const GraphRequest &request);
    ~GraphQueries();
    Q_DISABLE_COPY_MOVE(GraphQueries)

    bool isValid() const;
    QString error() const;

    // The entity's id and title (the identifier when it has none); id 0 when it does not exist.
    GraphNeighbour find(const EntityKey &key);
    // Calls `visit` for each neighbour of `id` (downstream first) until it returns false. A failed
    // or interrupted query ends the walk early; the builder's cancel check decides what that means.
    void neighbours(qint64 id, const std::function<bool(const GraphNeighbour &)> &visit);
    // Calls `visit(relation, target)` for each relation from `id` (the relation filter applies).
    void outgoing(qint64 id, const std::function<void(const QString &, qint64)> &visit);
    // Distinct neighbours of `id` other than itself.
    qint64 neighbourCount(qint64 id);
    // Entities within `depth` hops of `start` (0: all), the start included; stops counting past `limit`.
    qint64 reachableCount(qint64 start, int depth, qint64 limit);

private:
    void bindFilters(Statement &statement) const;
    QByteArray branch(bool upstream, QByteArray columns) const;

    sqlite3 *m_db = nullptr;
    GraphDirection m_direction;
    QByteArray m_blueprints; // JSON arrays for json_each; empty: no filter
    QByteArray m_relations;
    std::unique_ptr<Statement> m_neighbours;
    std::unique_ptr<Statement> m_count;
    std::unique_ptr<Statement> m_find;
    std::unique_ptr<Statement> m_outgoing;
};

} // namespace portolan
