#include "catalogwriter.h"

#include "catalogstore.h"
#include "entityrow.h"
#include "aggregationupdater.h"
#include "schema/blueprintvalidator.h"
#include "schema/entityvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace portolan {

struct CatalogWriter::Row {
    qint64 id = 0;
    Entity entity;
};

CatalogWriter::CatalogWriter(CatalogStore &store, Origin origin, QString actor, Dangling dangling)
    : m_store(store)
    , m_db(store.database())
    , m_transaction(store.database())
    , m_origin(origin)
    , m_actor(std::move(actor))
    , m_dangling(dangling)
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    m_changes.origin = origin;
    for (const Blueprint &bp : store.blueprints())
        m_blueprints.insert(bp.identifier, bp);
}

CatalogWriter::~CatalogWriter() = default; // the Transaction member rolls back unless committed

QSqlQuery &CatalogWriter::prepared(const char *key, const QString &sql)
{
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        it = m_queries.emplace(key, QSqlQuery(m_db.connection())).first;
        it->second.prepare(sql);
    }
    return it->second;
}

Problems CatalogWriter::sqlProblem(const QSqlQuery &query, const QString &what) const
{
    return {Problem::error({}, u"%1 failed in the store: %2"_s.arg(what, query.lastError().text()))};
}

const Blueprint *CatalogWriter::blueprint(const QString &identifier)
{
    const auto it = m_blueprints.constFind(identifier);
    return it == m_blueprints.cend() ? nullptr : &*it;
}

Problems CatalogWriter::putBlueprints(const QList<Blueprint> &blueprints)
{
    QHash<QString, Blueprint> merged = m_blueprints;
    for (const Blueprint &bp : blueprints)
        merged.insert(bp.identifier, bp);
    const BlueprintValidator validator([&merged](const QString &id) -> const Blueprint * {
        const auto it = merged.constFind(id);
        return it == merged.cend() ? nullptr : &*it;
    });
    Problems problems;
    for (qsizetype i = 0; i < blueprints.size(); ++i) {
        Problems found = validator.validate(blueprints.at(i));
        for (Problem &p : found)
            p.message = u"blueprint \"%1\": %2"_s.arg(blueprints.at(i).identifier, p.message);
        problems.append(found);
    }
    if (hasErrors(problems)) {
        m_failed = true;
        return problems;
    }
    QSqlQuery &upsert = prepared("putBlueprint",
        u"INSERT INTO blueprints (identifier, json, position) VALUES (?, ?,"
        " (SELECT COALESCE(MAX(position), 0) + 1 FROM blueprints))"
        " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s);
    for (const Blueprint &bp : blueprints) {
        const Blueprint *before = blueprint(bp.identifier);
        const QJsonObject beforeJson = before ? before->json : QJsonObject();
        if (before && before->json == bp.json)
            continue;
        upsert.addBindValue(bp.identifier);
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(bp.json).toJson(QJsonDocument::Compact)));
        if (!upsert.exec()) {
            m_failed = true;
            return sqlProblem(upsert, u"writing blueprint \"%1\""_s.arg(bp.identifier));
        }
        writeAudit(before ? u"update"_s : u"create"_s, u"blueprint"_s, bp.identifier, bp.identifier, beforeJson, bp.json);
        m_blueprints.insert(bp.identifier, bp);
        m_changes.blueprints.insert(bp.identifier);
    }
    return problems;
}

std::optional<CatalogWriter::Row> CatalogWriter::existingRow(const QString &bp, const QString &identifier)
{
    QSqlQuery &q = prepared("existing", u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    q.addBindValue(bp);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row row{q.value(0).toLongLong(), EntityRow::read(q)};
    q.finish();
    return row;
}

Problems CatalogWriter::putEntity(const Entity &entity, const Source &source)
{
    const Blueprint *bp = blueprint(entity.blueprint);
    if (!bp) {
        m_failed = true;
        return {Problem::error(u"$.blueprint"_s, entity.blueprint.isEmpty()
                    ? u"the entity names no blueprint (name one with --blueprint)"_s
                    : u"unknown blueprint \"%1\""_s.arg(entity.blueprint))};
    }
    Problems problems = EntityValidator(*bp).validate(entity);
    if (hasErrors(problems)) {
        m_failed = true;
        return problems;
    }
    const std::optional<Row> before = existingRow(entity.blueprint, entity.identifier);
    if (before && EntityRow::sameContent(before->entity, entity))
        return problems;
    qint64 id = before ? before->id : 0;
    if (!writeRow(entity, before, id) || !writeRelations(id, entity, *bp, before.has_value())
        || !writeSearch(id, entity, *bp, before.has_value())) {
        m_failed = true;
        return {Problem::error({}, u"writing %1 \"%2\" failed in the store: %3"_s.arg(entity.blueprint, entity.identifier,
                                                                                      m_db.connection().lastError().text()))};
    }
    m_written.insert(id);
    if (!source.file.isEmpty() || !source.path.isEmpty())
        m_sources.insert(id, source);
    (before ? m_changes.updatedEntities : m_changes.createdEntities)[entity.blueprint].insert(entity.identifier);
    return problems;
}

bool CatalogWriter::writeRow(const Entity &entity, const std::optional<Row> &before, qint64 &id)
{
    Entity stored = entity;
    stored.createdAt = entity.createdAt.isValid() ? entity.createdAt
                       : before                   ? before->entity.createdAt
                                                  : QDateTime::fromString(m_now, Qt::ISODateWithMs);
    stored.updatedAt = entity.updatedAt.isValid() ? entity.updatedAt : QDateTime::fromString(m_now, Qt::ISODateWithMs);
    stored.createdBy = !entity.createdBy.isEmpty() ? entity.createdBy : before ? before->entity.createdBy : m_actor;
    stored.updatedBy = !entity.updatedBy.isEmpty() ? entity.updatedBy : m_actor;
    QSqlQuery &q = before ? prepared("update", u"UPDATE entities SET title = ?, icon = ?, team = ?, properties = ?,"
                                               " relations = ?, created_at = ?, updated_at = ?, created_by = ?, updated_by = ?"
                                               " WHERE id = ?"_s)
                          : prepared("insert", u"INSERT INTO entities (title, icon, team, properties, relations, created_at,"
                                               " updated_at, created_by, updated_by, blueprint, identifier)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    EntityRow::bind(q, stored);
    if (before) {
        q.addBindValue(id);
    } else {
        q.addBindValue(entity.blueprint);
        q.addBindValue(entity.identifier);
    }
    if (!q.exec())
        return false;
    if (!before)
        id = q.lastInsertId().toLongLong();
    return writeAudit(before ? u"update"_s : u"create"_s, u"entity"_s, entity.blueprint, entity.identifier,
                      before ? before->entity.toJson() : QJsonObject(), stored.toJson());
}

bool CatalogWriter::writeRelations(qint64 id, const Entity &entity, const Blueprint &bp, bool replace)
{
    if (replace) {
        QSqlQuery &old = prepared("oldNeighbours", u"SELECT target FROM relations WHERE source = ?"_s);
        old.addBindValue(id);
        if (!old.exec())
            return false;
        while (old.next())
            m_neighbours.insert(old.value(0).toLongLong());
        for (const char *key : {"dropRelations", "dropDangling"}) {
            QSqlQuery &drop = prepared(key, qstrcmp(key, "dropRelations") == 0
                                                ? u"DELETE FROM relations WHERE source = ?"_s
                                                : u"DELETE FROM dangling_relations WHERE source = ?"_s);
            drop.addBindValue(id);
            if (!drop.exec())
                return false;
        }
    }
    QSqlQuery &find = prepared("findTarget", u"SELECT id FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    QSqlQuery &link = prepared("link", u"INSERT OR IGNORE INTO relations (source, name, target) VALUES (?, ?, ?)"_s);
    QSqlQuery &dangle = prepared("dangle", u"INSERT OR IGNORE INTO dangling_relations (source, name, target_blueprint,"
                                           " target_identifier) VALUES (?, ?, ?, ?)"_s);
    for (const RelationDef &relation : bp.relations) {
        for (const QString &target : entity.relationTargets(relation.id)) {
            find.addBindValue(relation.target);
            find.addBindValue(target);
            if (!find.exec())
                return false;
            const qint64 targetId = find.next() ? find.value(0).toLongLong() : 0;
            find.finish();
            QSqlQuery &insert = targetId ? link : dangle;
            insert.addBindValue(id);
            insert.addBindValue(relation.id);
            if (targetId) {
                insert.addBindValue(targetId);
                m_neighbours.insert(targetId);
            } else {
                insert.addBindValue(relation.target);
                insert.addBindValue(target);
            }
            if (!insert.exec())
                return false;
        }
    }
    return true;
}

bool CatalogWriter::writeSearch(qint64 id, const Entity &entity, const Blueprint &bp, bool replace)
{
    if (replace) {
        QSqlQuery &drop = prepared("dropSearch", u"DELETE FROM entity_search WHERE rowid = ?"_s);
        drop.addBindValue(id);
        if (!drop.exec())
            return false;
    }
    QSqlQuery &q = prepared("search", u"INSERT INTO entity_search (rowid, identifier, title, body) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(entity.identifier);
    q.addBindValue(entity.title);
    q.addBindValue(EntityRow::searchText(entity, bp));
    return q.exec();
}

bool CatalogWriter::writeAudit(const QString &action, const QString &kind, const QString &bp, const QString &identifier,
                               const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery &q = prepared("audit", u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const auto text = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    for (const QVariant &v : {QVariant(m_now), QVariant(m_actor), QVariant(originName(m_origin)), QVariant(action),
                              QVariant(kind), QVariant(bp), QVariant(identifier), text(before), text(after)})
        q.addBindValue(v);
    return q.exec();
}

Problems CatalogWriter::removeEntity(const QString &bp, const QString &identifier)
{
    const std::optional<Row> row = existingRow(bp, identifier);
    if (!row)
        return {Problem::error({}, u"no %1 entity \"%2\""_s.arg(bp, identifier))};
    QSqlQuery &incoming = prepared("incoming", u"SELECT e.blueprint, e.identifier, r.name FROM relations r"
                                               " JOIN entities e ON e.id = r.source WHERE r.target = ?"_s);
    incoming.addBindValue(row->id);
    if (!incoming.exec())
        return sqlProblem(incoming, u"reading relations"_s);
    QStringList dependents;
    while (incoming.next())
        dependents.append(u"%1 \"%2\" (%3)"_s.arg(incoming.value(0).toString(), incoming.value(1).toString(), incoming.value(2).toString()));
    if (!dependents.isEmpty() && m_dangling == Dangling::Reject) {
        m_failed = true;
        return {Problem::error({}, u"%1 \"%2\" cannot be deleted: %3 relate to it: %4"_s.arg(bp, identifier)
                                       .arg(dependents.size()).arg(dependents.mid(0, 10).join(u", "_s)))};
    }
    const QStringList steps{
        u"SELECT target FROM relations WHERE source = :id UNION SELECT source FROM relations WHERE target = :id"_s,
        u"INSERT OR IGNORE INTO dangling_relations SELECT source, name, :bp, :identifier FROM relations WHERE target = :id"_s,
        u"DELETE FROM relations WHERE target = :id OR source = :id"_s,
        u"DELETE FROM dangling_relations WHERE source = :id"_s,
        u"DELETE FROM entity_search WHERE rowid = :id"_s,
        u"DELETE FROM entities WHERE id = :id"_s,
    };
    for (const QString &sql : steps) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.bindValue(u":id"_s, row->id);
        if (sql.contains(":bp"_L1)) {
            q.bindValue(u":bp"_s, bp);
            q.bindValue(u":identifier"_s, identifier);
        }
        if (!q.exec()) {
            m_failed = true;
            return sqlProblem(q, u"deleting %1 \"%2\""_s.arg(bp, identifier));
        }
        while (q.isSelect() && q.next())
            m_neighbours.insert(q.value(0).toLongLong());
    }
    writeAudit(u"delete"_s, u"entity"_s, bp, identifier, row->entity.toJson(), {});
    m_written.remove(row->id);
    m_changes.deletedEntities[bp].insert(identifier);
    return {};
}

Problems CatalogWriter::verifyRelations()
{
    QSqlQuery q(m_db.connection());
    const QStringList resolve{
        u"INSERT OR IGNORE INTO relations (source, name, target) SELECT d.source, d.name, e.id FROM dangling_relations d"
        " JOIN entities e ON e.blueprint = d.target_blueprint AND e.identifier = d.target_identifier"_s,
        u"DELETE FROM dangling_relations WHERE EXISTS (SELECT 1 FROM entities e WHERE e.blueprint ="
        " dangling_relations.target_blueprint AND e.identifier = dangling_relations.target_identifier)"_s};
    for (const QString &sql : resolve) {
        if (!q.exec(sql))
            return sqlProblem(q, u"resolving relations"_s);
    }
    if (!q.exec(u"SELECT d.source, e.blueprint, e.identifier, d.name, d.target_blueprint, d.target_identifier"
                " FROM dangling_relations d JOIN entities e ON e.id = d.source ORDER BY d.source"_s))
        return sqlProblem(q, u"reading unresolved relations"_s);
    Problems problems;
    while (q.next()) {
        const qint64 source = q.value(0).toLongLong();
        if (!m_written.contains(source))
            continue;
        const QString message = u"%1 \"%2\": relation \"%3\" points at missing %4 entity \"%5\""_s.arg(
            q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        Problem p = m_dangling == Dangling::Reject ? Problem::error(u"$.relations."_s + q.value(3).toString(), message)
                                                   : Problem::warning(u"$.relations."_s + q.value(3).toString(), message);
        const Source where = m_sources.value(source);
        p.file = where.file;
        p.line = where.line;
        p.column = where.column;
        if (!where.path.isEmpty())
            p.path = where.path + p.path.mid(1);
        problems.append(p);
    }
    return problems;
}

Problems CatalogWriter::commit()
{
    if (m_committed)
        return {Problem::error({}, u"this write was already committed"_s)};
    if (m_failed)
        return {Problem::error({}, u"nothing was written: the write had errors"_s)};
    Problems problems = verifyRelations();
    if (hasErrors(problems))
        return problems;
    AggregationUpdater aggregations(m_db, m_blueprints);
    if (!aggregations.update(m_written, m_neighbours, m_changes.blueprints))
        return {Problem::error({}, u"updating aggregation properties failed: "_s + aggregations.error())};
    if (!m_transaction.commit())
        return {Problem::error({}, u"commit failed: "_s + m_db.connection().lastError().text())};
    m_committed = true;
    if (!m_changes.isEmpty())
        Q_EMIT m_store.notifier().changed(m_changes);
    return problems;
}

} // namespace portolan
