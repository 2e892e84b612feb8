#include "catalogstore.h"

#include "entityrow.h"
#include "searchquery.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

CatalogStore::CatalogStore(const QString &path)
    : m_db(path)
{
}

CatalogStore::~CatalogStore() = default;

QList<Blueprint> CatalogStore::blueprints() const
{
    QList<Blueprint> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT json FROM blueprints ORDER BY position, identifier"_s))
        return result;
    while (q.next())
        result.append(Blueprint::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return result;
}

std::optional<Blueprint> CatalogStore::blueprint(const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT json FROM blueprints WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Blueprint::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::optional<Entity> CatalogStore::entity(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return EntityRow::read(q);
}

qint64 CatalogStore::entityId(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Entity> CatalogStore::entities(const QString &blueprint, int limit, int offset) const
{
    QList<Entity> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE blueprint = ? ORDER BY identifier LIMIT ? OFFSET ?"_s);
    q.addBindValue(blueprint);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(EntityRow::read(q));
    return result;
}

QList<Entity> CatalogStore::query(const EntityQuery &query, Problems *problems) const
{
    QList<Entity> result;
    const EntityQuery::Sql sql = query.toSql(EntityRow::columns());
    if (problems)
        problems->append(sql.problems);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql.statement);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (problems)
            problems->append(Problem::error({}, u"query failed: "_s + q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append(EntityRow::read(q));
    return result;
}

qint64 CatalogStore::count(const EntityQuery &query) const
{
    const EntityQuery::Sql sql = query.toCountSql();
    QSqlQuery q(m_db.connection());
    q.prepare(sql.statement);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QJsonObject CatalogStore::aggregations(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT aggregations FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QList<SearchHit> CatalogStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QString match = SearchQuery::toFts(text);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Rank by bm25 within the first matches only: ranking every match of a common word across a
    // million entities would cost more than the whole search budget.
    q.prepare(u"SELECT e.blueprint, e.identifier, e.title FROM"
              " (SELECT rowid, rank FROM entity_search WHERE entity_search MATCH ? LIMIT 2000) AS m"
              " JOIN entities e ON e.id = m.rowid ORDER BY m.rank LIMIT ?"_s);
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append(SearchHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return hits;
}

QList<EntityKey> CatalogStore::neighbourhood(const EntityKey &start, int depth) const
{
    QList<EntityKey> result;
    const qint64 origin = entityId(start.blueprint, start.identifier);
    if (!origin)
        return result;
    QSet<qint64> seen{origin};
    QList<qint64> frontier{origin};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT target FROM relations WHERE source = :id UNION SELECT source FROM relations WHERE target = :id"_s);
    QList<qint64> found;
    for (int hop = 0; hop < depth && !frontier.isEmpty(); ++hop) {
        QList<qint64> next;
        for (const qint64 id : std::as_const(frontier)) {
            q.bindValue(u":id"_s, id);
            if (!q.exec())
                return result;
            while (q.next()) {
                const qint64 other = q.value(0).toLongLong();
                if (!seen.contains(other)) {
                    seen.insert(other);
                    next.append(other);
                    found.append(other);
                }
            }
        }
        frontier = next;
    }
    QSqlQuery keys(m_db.connection());
    keys.prepare(u"SELECT blueprint, identifier FROM entities WHERE id = ?"_s);
    for (const qint64 id : std::as_const(found)) {
        keys.addBindValue(id);
        if (keys.exec() && keys.next())
            result.append(EntityKey{keys.value(0).toString(), keys.value(1).toString()});
    }
    return result;
}

QStringList CatalogStore::danglingRelations() const
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT e.blueprint, e.identifier, d.name, d.target_blueprint, d.target_identifier"
                " FROM dangling_relations d JOIN entities e ON e.id = d.source ORDER BY e.blueprint, e.identifier"_s))
        return result;
    while (q.next())
        result.append(u"%1/%2.%3 → %4/%5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), q.value(4).toString()));
    return result;
}

namespace {
QList<AuditEntry> readAudit(QSqlQuery &q)
{
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry a;
        a.id = q.value(0).toLongLong();
        a.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        a.actor = q.value(2).toString();
        a.origin = q.value(3).toString();
        a.action = q.value(4).toString();
        a.kind = q.value(5).toString();
        a.blueprint = q.value(6).toString();
        a.identifier = q.value(7).toString();
        a.before = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        a.after = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        a.run = q.value(10).toString();
        result.append(a);
    }
    return result;
}
const auto kAuditColumns = "SELECT id, at, actor, origin, action, kind, blueprint, identifier, before, after, run FROM audit"_L1;
} // namespace

QList<AuditEntry> CatalogStore::audit(const QString &kind, const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kAuditColumns + u" WHERE kind = ? AND blueprint = ? AND identifier = ? ORDER BY id"_s);
    q.addBindValue(kind);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    return q.exec() ? readAudit(q) : QList<AuditEntry>();
}

QList<AuditEntry> CatalogStore::recentAudit(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kAuditColumns + u" ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    return q.exec() ? readAudit(q) : QList<AuditEntry>();
}

QJsonObject CatalogStore::stats() const
{
    QJsonObject perBlueprint;
    qint64 total = 0;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT b.identifier, (SELECT COUNT(*) FROM entities e WHERE e.blueprint = b.identifier)"
               " FROM blueprints b ORDER BY b.position, b.identifier"_s)) {
        while (q.next()) {
            perBlueprint.insert(q.value(0).toString(), q.value(1).toLongLong());
            total += q.value(1).toLongLong();
        }
    }
    const auto count = [&](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    return QJsonObject{{u"blueprints"_s, perBlueprint.size()},
                       {u"entities"_s, perBlueprint},
                       {u"entityCount"_s, total},
                       {u"relations"_s, count(u"SELECT COUNT(*) FROM relations"_s)},
                       {u"danglingRelations"_s, count(u"SELECT COUNT(*) FROM dangling_relations"_s)}};
}

} // namespace portolan
