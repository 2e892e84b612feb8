#include "affectedentities.h"

#include "scoring/rawstatement.h"
#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Blueprints within two relation hops of `blueprint` in the model, either direction.
QSet<QString> connectedBlueprints(const QString &blueprint, const QHash<QString, Blueprint> &blueprints)
{
    const auto neighbours = [&blueprints](const QString &of) {
        QSet<QString> out;
        for (const Blueprint &b : blueprints) {
            for (const RelationDef &r : b.relations) {
                if (b.identifier == of)
                    out.insert(r.target);
                if (r.target == of)
                    out.insert(b.identifier);
            }
        }
        return out;
    };
    QSet<QString> out = neighbours(blueprint);
    for (const QString &next : QSet<QString>(out))
        out.unite(neighbours(next));
    return out;
}

} // namespace

void mergeChanges(ChangeSet &into, const ChangeSet &more)
{
    into.blueprints.unite(more.blueprints);
    const auto mergeMap = [](QHash<QString, QSet<QString>> &a, const QHash<QString, QSet<QString>> &b) {
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            a[it.key()].unite(it.value());
    };
    mergeMap(into.createdEntities, more.createdEntities);
    mergeMap(into.updatedEntities, more.updatedEntities);
    mergeMap(into.deletedEntities, more.deletedEntities);
    // Created then deleted within a burst: only the deletion matters.
    for (auto it = into.deletedEntities.cbegin(); it != into.deletedEntities.cend(); ++it) {
        into.createdEntities[it.key()].subtract(it.value());
        into.updatedEntities[it.key()].subtract(it.value());
    }
}

AffectedResults affectedResults(const Database &db, const QList<Scorecard> &scorecards,
                                const QHash<QString, Blueprint> &blueprints, const ChangeSet &changes)
{
    AffectedResults out;
    if (scorecards.isEmpty() || changes.isEmpty())
        return out;
    sqlite3 *handle = Statement::handle(db.connection());
    RawStatement idOf(handle, "SELECT id FROM entities WHERE blueprint = ? AND identifier = ?");
    RawStatement outgoing(handle, "SELECT target FROM relations WHERE source = ?");
    RawStatement incoming(handle, "SELECT source FROM relations WHERE target = ?");
    RawStatement blueprintOf(handle, "SELECT blueprint FROM entities WHERE id = ?");

    // Every changed entity that still exists, by blueprint.
    QHash<QString, QSet<qint64>> changed;
    for (const auto *map : {&changes.createdEntities, &changes.updatedEntities}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            const QByteArray blueprint = it.key().toUtf8();
            for (const QString &identifier : it.value()) {
                idOf.bind(1, blueprint);
                idOf.bind(2, identifier.toUtf8());
                if (idOf.next()) {
                    changed[it.key()].insert(idOf.int64(0));
                    idOf.reset();
                }
            }
        }
    }
    const bool tooLarge = changes.entityCount() > maxIncrementalChanges;

    // Neighbours (two hops, both directions) of changed entities, grouped by their blueprint;
    // computed once for all scorecards.
    QHash<QString, QSet<qint64>> related;
    bool neighboursRead = false;
    const auto readNeighbours = [&] {
        neighboursRead = true;
        QSet<qint64> frontier, seen;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            frontier.unite(it.value());
        seen = frontier;
        for (int hop = 0; hop < 2; ++hop) {
            QSet<qint64> next;
            for (const qint64 id : std::as_const(frontier)) {
                for (RawStatement *walk : {&outgoing, &incoming}) {
                    walk->bind(1, id);
                    while (walk->next())
                        if (const qint64 other = walk->int64(0); !seen.contains(other))
                            next.insert(other);
                }
            }
            seen.unite(next);
            for (const qint64 id : std::as_const(next)) {
                blueprintOf.bind(1, id);
                if (blueprintOf.next()) {
                    related[blueprintOf.text(0)].insert(id);
                    blueprintOf.reset();
                }
            }
            frontier = next;
        }
    };

    for (const Scorecard &scorecard : scorecards) {
        const QString &blueprint = scorecard.blueprint;
        if (tooLarge || changes.blueprints.contains(blueprint)) {
            out.fullScorecards.insert(scorecard.identifier);
            continue;
        }
        const QSet<QString> connected = connectedBlueprints(blueprint, blueprints);
        bool full = false;
        bool othersChanged = false;
        for (auto it = changes.deletedEntities.cbegin(); it != changes.deletedEntities.cend(); ++it) {
            if (it.key() == blueprint)
                out.deleted[scorecard.identifier].unite(it.value());
            else if (connected.contains(it.key()) && !it.value().isEmpty())
                full = true;
        }
        if (full) {
            out.fullScorecards.insert(scorecard.identifier);
            continue;
        }
        QSet<qint64> ids = changed.value(blueprint);
        // Entities of the same blueprint can read each other too (mirrors over dependsOn…).
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            if (connected.contains(it.key()))
                othersChanged = true;
        if (othersChanged) {
            if (!neighboursRead)
                readNeighbours();
            ids.unite(related.value(blueprint));
        }
        if (!ids.isEmpty())
            out.entities.insert(scorecard.identifier, ids);
    }
    return out;
}

} // namespace portolan
