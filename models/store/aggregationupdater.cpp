#include "aggregationupdater.h"

#include "database.h"
#include "entityrow.h"
#include "schema/aggregation.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

AggregationUpdater::AggregationUpdater(Database &db, const QHash<QString, Blueprint> &blueprints)
    : m_db(db)
    , m_blueprints(blueprints)
{
}

bool AggregationUpdater::update(const QSet<qint64> &written, const QSet<qint64> &neighbours,
                                const QSet<QString> &changedBlueprints)
{
    QSet<qint64> touched = written;
    touched.unite(neighbours);
    for (const Blueprint &host : m_blueprints) {
        if (host.aggregations.isEmpty())
            continue;
        const bool targetChanged = std::any_of(host.aggregations.begin(), host.aggregations.end(),
                                               [&](const AggregationDef &a) { return changedBlueprints.contains(a.target); });
        const QSet<qint64> hosts = affectedHosts(host, touched, targetChanged || changedBlueprints.contains(host.identifier));
        for (const qint64 id : hosts) {
            if (!recompute(host, id))
                return false;
        }
    }
    return m_error.isEmpty();
}

QSet<qint64> AggregationUpdater::affectedHosts(const Blueprint &host, const QSet<qint64> &touched, bool all)
{
    QSet<qint64> hosts;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM entities WHERE blueprint = ?"_s);
    q.addBindValue(host.identifier);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return hosts;
    }
    QSet<qint64> members;
    while (q.next())
        members.insert(q.value(0).toLongLong());
    if (all)
        return members;
    // A host is affected when it was touched itself or is next to a touched entity.
    QSqlQuery adjacent(m_db.connection());
    adjacent.prepare(u"SELECT target FROM relations WHERE source = :id UNION SELECT source FROM relations WHERE target = :id"_s);
    for (const qint64 id : touched) {
        if (members.contains(id)) {
            hosts.insert(id);
            continue;
        }
        adjacent.bindValue(u":id"_s, id);
        if (!adjacent.exec()) {
            m_error = adjacent.lastError().text();
            return hosts;
        }
        while (adjacent.next()) {
            const qint64 other = adjacent.value(0).toLongLong();
            if (members.contains(other))
                hosts.insert(other);
        }
    }
    return hosts;
}

bool AggregationUpdater::recompute(const Blueprint &host, qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + EntityRow::columns()
              + u" FROM entities WHERE id IN (SELECT target FROM relations WHERE source = :id"
                " UNION SELECT source FROM relations WHERE target = :id)"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QHash<QString, QList<QJsonObject>> byBlueprint;
    while (q.next()) {
        const Entity e = EntityRow::read(q);
        byBlueprint[e.blueprint].append(e.toJson());
    }
    QJsonObject values;
    for (const AggregationDef &a : host.aggregations)
        values.insert(a.id, aggregate(a, byBlueprint.value(a.target)));
    QSqlQuery write(m_db.connection());
    write.prepare(u"UPDATE entities SET aggregations = ? WHERE id = ?"_s);
    write.addBindValue(EntityRow::toJsonText(values));
    write.addBindValue(id);
    if (!write.exec()) {
        m_error = write.lastError().text();
        return false;
    }
    return true;
}

} // namespace portolan
