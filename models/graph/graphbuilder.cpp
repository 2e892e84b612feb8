#include "graphbuilder.h"

#include "graph/graphlog.h"
#include "graph/graphqueries.h"
#include "graph/graphwalk.h"
#include "store/catalogstore.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Counting the whole neighbourhood stops here: the message then says "more than".
constexpr qint64 kCountLimit = 1'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::GraphBuilder", text);
}

// One read transaction for the whole walk: every lookup sees the same catalog.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(sqlite3 *db)
        : m_db(db)
        , m_open(db && sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {
    }
    ~ReadSnapshot()
    {
        if (m_open && !sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    sqlite3 *m_db;
    bool m_open;
};

} // namespace

GraphSnapshot GraphBuilder::build(const CatalogStore &store, const GraphRequest &request, const Cancelled &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    GraphSnapshot snapshot;
    snapshot.request = request;
    sqlite3 *db = Statement::handle(store.database().connection());
    ReadSnapshot readSnapshot(db);
    GraphQueries queries(db, request);
    if (!queries.isValid()) {
        snapshot.error = true;
        snapshot.message = tr("cannot read the relations: %1").arg(queries.error());
        qCWarning(lcGraph) << snapshot.message;
        return snapshot;
    }
    const GraphNeighbour start = queries.find(request.start);
    const qint64 startId = start.id;
    if (!startId) {
        snapshot.error = true;
        snapshot.message = tr("%1 “%2” does not exist (any more): it may have been deleted or renamed")
                               .arg(request.start.blueprint, request.start.identifier);
        return snapshot;
    }
    QSet<qint64> expanded;
    for (const EntityKey &key : request.expanded)
        expanded.insert(queries.find(key).id);
    GraphWalk walk(queries, request, snapshot);
    walk.addStart(startId, request.start, start.title);
    QList<qint64> frontier{startId};
    for (int depth = 1; (request.depth <= 0 || depth <= request.depth) && !frontier.isEmpty() && !snapshot.truncated; ++depth) {
        QList<qint64> next;
        for (const qint64 id : std::as_const(frontier)) {
            if (cancelled && cancelled()) {
                snapshot.error = true;
                snapshot.message = tr("cancelled");
                return snapshot;
            }
            if (!walk.expand(id, depth, expanded.contains(id), next)) {
                snapshot.truncated = true;
                break;
            }
        }
        frontier = std::move(next);
    }
    walk.finish();
    for (const GraphNode &node : std::as_const(snapshot.nodes))
        snapshot.entityCount += node.isPlaceholder() ? 0 : 1;
    if (snapshot.truncated) {
        snapshot.reachableCount = queries.reachableCount(startId, request.depth, kCountLimit);
        const QLocale locale;
        snapshot.message = (snapshot.reachableCount > kCountLimit
                                ? tr("Showing %1 of more than %2 entities — narrow the depth or filter by blueprint")
                                : tr("Showing %1 of %2 entities — narrow the depth or filter by blueprint"))
                               .arg(locale.toString(snapshot.entityCount),
                                    locale.toString(std::min(snapshot.reachableCount, kCountLimit)));
    }
    snapshot.buildMs = double(timer.nsecsElapsed()) / 1e6;
    return snapshot;
}

} // namespace portolan
