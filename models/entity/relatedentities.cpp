#include "relatedentities.h"

#include "entitylog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

using Direction = RelatedEntity::Direction;

// One hop in one direction: the frontier's ids go in as a JSON array so that one statement serves
// any frontier size; `relations`' primary key answers outgoing hops, relations_by_target incoming.
const QString &hopSql(Direction direction)
{
    static const QString outgoing = u"SELECT r.source, r.name, e.id, e.blueprint, e.identifier, e.title"
                                    u" FROM relations r JOIN entities e ON e.id = r.target"
                                    u" WHERE r.source IN (SELECT value FROM json_each(?))"_s;
    static const QString incoming = u"SELECT r.target, r.name, e.id, e.blueprint, e.identifier, e.title"
                                    u" FROM relations r JOIN entities e ON e.id = r.source"
                                    u" WHERE r.target IN (SELECT value FROM json_each(?))"_s;
    return direction == Direction::Outgoing ? outgoing : incoming;
}

struct Node {
    EntityKey key;
    QString title;
};

} // namespace

RelatedEntities RelatedEntities::load(const CatalogStore &store, const EntityKey &start, int depth, int limit)
{
    RelatedEntities result;
    result.start = start;
    result.depth = std::clamp(depth, MinDepth, MaxDepth);
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, title FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    q.addBindValue(start.blueprint);
    q.addBindValue(start.identifier);
    if (!q.exec() || !q.next())
        return result;
    const qint64 origin = q.value(0).toLongLong();

    QHash<QString, QString> blueprintTitles;
    QHash<QString, QString> relationTitles; // "blueprint/relation" → title
    for (const Blueprint &bp : store.blueprints()) {
        blueprintTitles.insert(bp.identifier, bp.title.isEmpty() ? bp.identifier : bp.title);
        for (const RelationDef &relation : bp.relations)
            relationTitles.insert(bp.identifier + u'/' + relation.id, relation.title.isEmpty() ? relation.id : relation.title);
    }

    QHash<qint64, Node> nodes{{origin, Node{start, q.value(1).toString()}}};
    QSet<qint64> seen{origin};
    QList<qint64> frontier{origin};
    for (int hop = 1; hop <= result.depth && !frontier.isEmpty(); ++hop) {
        QJsonArray ids;
        for (const qint64 id : std::as_const(frontier))
            ids.append(id);
        const QString idText = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        QSet<qint64> discovered;
        QList<qint64> next;
        for (const Direction direction : {Direction::Outgoing, Direction::Incoming}) {
            q.prepare(hopSql(direction));
            q.addBindValue(idText);
            if (!q.exec()) {
                qCWarning(lcEntity) << "related entities:" << q.lastError().text();
                return result;
            }
            while (q.next()) {
                const qint64 other = q.value(2).toLongLong();
                if (seen.contains(other) && !discovered.contains(other))
                    continue; // reached at a smaller depth (or the start itself)
                if (result.rows.size() >= limit) {
                    result.truncated = true;
                    return result;
                }
                if (!discovered.contains(other)) {
                    discovered.insert(other);
                    seen.insert(other);
                    next.append(other);
                    nodes.insert(other, Node{EntityKey{q.value(3).toString(), q.value(4).toString()}, q.value(5).toString()});
                }
                const Node node = nodes.value(other);
                const Node via = nodes.value(q.value(0).toLongLong());
                const QString name = q.value(1).toString();
                // A relation is declared on its source's blueprint.
                const QString owner = direction == Direction::Outgoing ? via.key.blueprint : node.key.blueprint;
                result.rows.append(RelatedEntity{
                    .key = node.key,
                    .title = node.title,
                    .blueprintTitle = blueprintTitles.value(node.key.blueprint, node.key.blueprint),
                    .relation = name,
                    .relationTitle = relationTitles.value(owner + u'/' + name, name),
                    .direction = direction,
                    .depth = hop,
                    .via = via.key,
                    .viaTitle = via.title,
                });
            }
        }
        frontier = next;
    }
    return result;
}

} // namespace portolan
