#include "catalogwriter.h"

#include "aggregationupdater.h"
#include "catalogstore.h"
#include "entityrow.h"
#include "propertyindexes.h"
#include "schema/blueprintvalidator.h"
#include "schema/entityvalidator.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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
    , m_nowTime(QDateTime::fromString(m_now, Qt::ISODateWithMs))
    , m_handle(Statement::handle(store.database().connection()))
{
    m_changes.origin = origin;
    if (!m_transaction.isOpen()) {
        m_failed = true;
        m_beginError = u"cannot start writing to the portal: "_s + m_transaction.error();
    }
    for (const Blueprint &bp : store.blueprints())
        m_blueprints.insert(bp.identifier, bp);
}

CatalogWriter::~CatalogWriter() = default; // the Transaction member rolls back unless committed

Statement &CatalogWriter::prepared_(const char *sql)
{
    // Keyed by the address of the SQL literal: each statement text is written once, below.
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_handle, sql)).first;
    return *it->second;
}

Problems CatalogWriter::sqlProblem(const QString &error, const QString &what) const
{
    return {Problem::error({}, u"%1 failed in the store: %2"_s.arg(what, error))};
}

const Blueprint *CatalogWriter::blueprint(const QString &identifier)
{
    const auto it = m_blueprints.constFind(identifier);
    return it == m_blueprints.cend() ? nullptr : &*it;
}

Problems CatalogWriter::putBlueprints(const QList<Blueprint> &blueprints, StoredEntities stored)
{
    if (!m_beginError.isEmpty())
        return {Problem::error({}, m_beginError)};
    QHash<QString, Blueprint> merged = m_blueprints;
    for (const Blueprint &bp : blueprints)
        merged.insert(bp.identifier, bp);
    const BlueprintValidator validator([&merged](const QString &id) -> const Blueprint * {
        const auto it = merged.constFind(id);
        return it == merged.cend() ? nullptr : &*it;
    });
    Problems problems;
    QSet<QString> incoming;
    for (const Blueprint &bp : blueprints) {
        incoming.insert(bp.identifier);
        Problems found = validator.validate(bp);
        const Blueprint *before = blueprint(bp.identifier);
        if (stored == StoredEntities::MustStayValid && before && before->json != bp.json && !hasErrors(found))
            found.append(checkStoredEntities(*before, bp));
        for (Problem &p : found)
            p.message = u"blueprint \"%1\": %2"_s.arg(bp.identifier, p.message);
        problems.append(found);
    }
    // Stored blueprints that mirror or aggregate through the changed ones must still hold. A
    // migration may change them later in this write: then commit checks the final model.
    if (stored == StoredEntities::Migrated)
        m_checkModel = true;
    for (const Blueprint &other : std::as_const(m_blueprints)) {
        if (incoming.contains(other.identifier) || stored == StoredEntities::Migrated)
            continue;
        for (Problem p : validator.validate(other)) {
            p.message = u"stored blueprint \"%1\" would break: %2"_s.arg(other.identifier, p.message);
            problems.append(p);
        }
    }
    if (hasErrors(problems)) {
        m_failed = true;
        return problems;
    }
    Statement &upsert = prepared_("INSERT INTO blueprints (identifier, json, position) VALUES (?1, ?2,"
                                 " (SELECT COALESCE(MAX(position), 0) + 1 FROM blueprints))"
                                 " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json");
    for (const Blueprint &bp : blueprints) {
        const Blueprint *before = blueprint(bp.identifier);
        if (before && before->json == bp.json)
            continue;
        const QJsonObject beforeJson = before ? before->json : QJsonObject();
        upsert.bind(1, bp.identifier).bindText(2, QJsonDocument(bp.json).toJson(QJsonDocument::Compact));
        const auto text = [](const QJsonObject &o) {
            return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        if (!upsert.exec() || !writeAudit(before ? u"update"_s : u"create"_s, u"blueprint"_s, bp.identifier,
                                          bp.identifier, text(beforeJson), text(bp.json))) {
            m_failed = true;
            return sqlProblem(upsert.error(), u"writing blueprint \"%1\""_s.arg(bp.identifier));
        }
        // A migration rewrites the blueprint's entities next: maintaining its property indexes row by
        // row would cost more than building them once at commit (and drops those of renamed properties).
        const bool deferIndexes = stored == StoredEntities::Migrated;
        if (deferIndexes)
            m_deferredIndexes.insert(bp.identifier);
        if (const QString error = deferIndexes ? dropPropertyIndexes(bp.identifier, {}) : createPropertyIndexes(bp);
            !error.isEmpty()) {
            m_failed = true;
            return sqlProblem(error, u"indexing blueprint \"%1\""_s.arg(bp.identifier));
        }
        m_blueprints.insert(bp.identifier, bp);
        m_changes.blueprints.insert(bp.identifier);
    }
    return problems;
}

Problems CatalogWriter::checkStoredEntities(const Blueprint &before, const Blueprint &after)
{
    constexpr int kListed = 20;
    Problems problems;
    Statement &q = prepared_("SELECT id, blueprint, identifier, title, icon, team, properties, relations, created_at,"
                             " updated_at, created_by, updated_by FROM entities WHERE blueprint = ?1");
    q.bind(1, after.identifier);
    const EntityValidator validator(after);
    qsizetype invalid = 0;
    while (q.next()) {
        const Entity e = EntityRow::read(q);
        Problems found = validator.validate(e);
        // A relation that now points at another blueprint would leave its stored links wrong.
        for (const RelationDef &r : after.relations) {
            const RelationDef *old = before.relation(r.id);
            if (old && old->target != r.target && !e.relationTargets(r.id).isEmpty())
                found.append(Problem::error(u"$.relations."_s + r.id, u"relation \"%1\" would change its target from %2 to %3"_s
                                                                          .arg(r.id, old->target, r.target)));
        }
        if (found.isEmpty())
            continue;
        if (++invalid <= kListed) {
            for (Problem &p : found)
                problems.append(Problem::error(u"$"_s, u"stored %1 \"%2\" would become invalid: %3: %4"_s
                                                            .arg(after.identifier, e.identifier, p.path, p.message)));
        }
    }
    if (invalid > kListed)
        problems.append(Problem::error(u"$"_s, u"… %1 stored entities in all would become invalid"_s.arg(invalid)));
    if (invalid > 0)
        problems.append(Problem::error(u"$"_s, u"migrate them with the blueprint designer or `portolan migrate`, or update or remove them first"_s));
    return problems;
}

std::optional<CatalogWriter::Row> CatalogWriter::existingRow(const QString &bp, const QString &identifier)
{
    Statement &q = prepared_("SELECT id, blueprint, identifier, title, icon, team, properties, relations, created_at,"
                            " updated_at, created_by, updated_by FROM entities WHERE blueprint = ?1 AND identifier = ?2");
    q.bind(1, bp).bind(2, identifier);
    if (!q.next())
        return std::nullopt;
    Row row{q.int64(0), EntityRow::read(q)};
    q.reset();
    return row;
}

Problems CatalogWriter::putEntity(const Entity &entity, const Source &source)
{
    PreparedEntity prepared = PreparedEntity::prepare(blueprint(entity.blueprint), entity, source);
    return putPrepared(prepared);
}

Problems CatalogWriter::putPrepared(PreparedEntity &prepared)
{
    if (!m_beginError.isEmpty())
        return {Problem::error({}, m_beginError)};
    if (hasErrors(prepared.problems)) {
        m_failed = true;
        return prepared.problems;
    }
    const Entity &entity = prepared.entity;
    const Blueprint *bp = blueprint(entity.blueprint);
    if (!bp) { // prepared against blueprints this write does not have
        m_failed = true;
        return {Problem::error(u"$.blueprint"_s, u"unknown blueprint \"%1\""_s.arg(entity.blueprint))};
    }
    const std::optional<Row> before = existingRow(entity.blueprint, entity.identifier);
    if (before && EntityRow::sameContent(before->entity, entity))
        return prepared.problems;
    qint64 id = before ? before->id : 0;
    if (!writeRow(prepared, before, id) || !writeRelations(id, entity, *bp, before.has_value())
        || !writeSearch(id, prepared, before.has_value())) {
        m_failed = true;
        return sqlProblem(m_db.connection().lastError().text(), u"writing %1 \"%2\""_s.arg(entity.blueprint, entity.identifier));
    }
    m_written.insert(id);
    if (!prepared.source.file.isEmpty() || !prepared.source.path.isEmpty())
        m_sources.insert(id, prepared.source);
    (before ? m_changes.updatedEntities : m_changes.createdEntities)[entity.blueprint].insert(entity.identifier);
    return prepared.problems;
}

bool CatalogWriter::writeRow(const PreparedEntity &prepared, const std::optional<Row> &before, qint64 &id)
{
    const Entity &entity = prepared.entity;
    Entity stored = entity;
    const QDateTime &now = m_nowTime;
    stored.createdAt = entity.createdAt.isValid() ? entity.createdAt : before ? before->entity.createdAt : now;
    stored.updatedAt = entity.updatedAt.isValid() ? entity.updatedAt : now;
    stored.createdBy = !entity.createdBy.isEmpty() ? entity.createdBy : before ? before->entity.createdBy : m_actor;
    stored.updatedBy = !entity.updatedBy.isEmpty() ? entity.updatedBy : m_actor;
    Statement &q = before ? prepared_("UPDATE entities SET title = ?1, icon = ?2, team = ?3, properties = ?4, relations = ?5,"
                                      " created_at = ?6, updated_at = ?7, created_by = ?8, updated_by = ?9 WHERE id = ?10")
                          : prepared_("INSERT INTO entities (title, icon, team, properties, relations, created_at, updated_at,"
                                      " created_by, updated_by, blueprint, identifier)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    const QByteArray after = EntityRow::bind(q, stored, prepared);
    if (before)
        q.bind(10, id);
    else
        q.bind(10, entity.blueprint).bind(11, entity.identifier);
    if (!q.exec())
        return false;
    if (!before)
        id = q.lastInsertId();
    return writeAudit(before ? u"update"_s : u"create"_s, u"entity"_s, entity.blueprint, entity.identifier,
                      before ? QJsonDocument(before->entity.toJson()).toJson(QJsonDocument::Compact) : QByteArray(), after);
}

bool CatalogWriter::writeRelations(qint64 id, const Entity &entity, const Blueprint &bp, bool replace)
{
    if (replace) {
        Statement &old = prepared_("SELECT target FROM relations WHERE source = ?1");
        old.bind(1, id);
        while (old.next())
            m_neighbours.insert(old.int64(0));
        if (!prepared_("DELETE FROM relations WHERE source = ?1").bind(1, id).exec()
            || !prepared_("DELETE FROM dangling_relations WHERE source = ?1").bind(1, id).exec())
            return false;
    }
    Statement &link = prepared_("INSERT OR IGNORE INTO relations (source, name, target) VALUES (?1, ?2, ?3)");
    Statement &dangle = prepared_("INSERT OR IGNORE INTO dangling_relations (source, name, target_blueprint,"
                                 " target_identifier) VALUES (?1, ?2, ?3, ?4)");
    for (const RelationDef &relation : bp.relations) {
        for (const QString &target : entity.relationTargets(relation.id)) {
            const qint64 targetId = this->targetId(relation.target, target);
            bool ok = false;
            if (targetId) {
                ok = link.bind(1, id).bind(2, relation.id).bind(3, targetId).exec();
                m_neighbours.insert(targetId);
            } else {
                ok = dangle.bind(1, id).bind(2, relation.id).bind(3, relation.target).bind(4, target).exec();
            }
            if (!ok)
                return false;
        }
    }
    return true;
}

qint64 CatalogWriter::targetId(const QString &blueprint, const QString &identifier)
{
    // Many entities point at few targets (services at their team): one probe per target, not per relation.
    const QString key = blueprint + QChar(0x1f) + identifier;
    if (const auto it = m_targetIds.constFind(key); it != m_targetIds.cend())
        return *it;
    Statement &find = prepared_("SELECT id FROM entities WHERE blueprint = ?1 AND identifier = ?2");
    find.bind(1, blueprint).bind(2, identifier);
    const qint64 id = find.next() ? find.int64(0) : 0;
    find.reset();
    if (id) { // a missing target may be written later in this write: never cache a miss
        if (m_targetIds.size() >= MaxCachedTargets)
            m_targetIds.clear();
        m_targetIds.insert(key, id);
    }
    return id;
}

bool CatalogWriter::writeSearch(qint64 id, const PreparedEntity &prepared, bool replace)
{
    if (replace && !prepared_("DELETE FROM entity_search WHERE rowid = ?1").bind(1, id).exec())
        return false;
    return prepared_("INSERT INTO entity_search (rowid, identifier, title, body) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, prepared.entity.identifier)
        .bind(3, prepared.entity.title)
        .bind(4, prepared.searchText)
        .exec();
}

bool CatalogWriter::writeAudit(const QString &action, const QString &kind, const QString &bp, const QString &identifier,
                               const QByteArray &before, const QByteArray &after)
{
    Statement &q = prepared_("INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after, run)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    q.bind(1, m_now).bind(2, m_actor).bind(3, originName(m_origin)).bind(4, action).bind(5, kind).bind(6, bp).bind(7, identifier);
    if (m_run.isEmpty())
        q.bindNull(10);
    else
        q.bind(10, m_run);
    if (before.isEmpty())
        q.bindNull(8);
    else
        q.bindText(8, before);
    if (after.isEmpty())
        q.bindNull(9);
    else
        q.bindText(9, after);
    if (!q.exec())
        return false;
    if (m_run.isEmpty() || kind != u"entity"_s)
        return true;
    // The run's side of the tie: which entities it created, changed or deleted.
    Statement &tie = prepared_("INSERT OR IGNORE INTO run_entities (run, blueprint, identifier, change, at) VALUES (?1, ?2, ?3, ?4, ?5)");
    tie.bind(1, m_run).bind(2, bp).bind(3, identifier).bind(4, action).bind(5, m_now);
    return tie.exec();
}

Problems CatalogWriter::removeEntity(const QString &bp, const QString &identifier)
{
    const std::optional<Row> row = existingRow(bp, identifier);
    if (!row)
        return {Problem::error({}, u"no %1 entity \"%2\""_s.arg(bp, identifier))};
    Statement &incoming = prepared_("SELECT e.blueprint, e.identifier, r.name FROM relations r"
                                   " JOIN entities e ON e.id = r.source WHERE r.target = ?1 AND r.source != ?1");
    incoming.bind(1, row->id);
    QStringList dependents;
    while (incoming.next())
        dependents.append(u"%1 \"%2\" (%3)"_s.arg(incoming.text(0), incoming.text(1), incoming.text(2)));
    if (!dependents.isEmpty() && m_dangling == Dangling::Reject) {
        m_failed = true;
        return {Problem::error({}, u"%1 \"%2\" cannot be deleted: %3 entities relate to it: %4"_s.arg(bp, identifier)
                                       .arg(dependents.size())
                                       .arg(dependents.mid(0, 10).join(u", "_s)))};
    }
    Statement &neighbours = prepared_("SELECT target FROM relations WHERE source = ?1 UNION SELECT source FROM relations WHERE target = ?1");
    neighbours.bind(1, row->id);
    while (neighbours.next())
        m_neighbours.insert(neighbours.int64(0));
    // Relations into the deleted entity are kept as dangling ones (reported, resolved if it returns).
    const bool ok = prepared_("INSERT OR IGNORE INTO dangling_relations SELECT source, name, ?2, ?3 FROM relations"
                             " WHERE target = ?1 AND source != ?1")
                        .bind(1, row->id).bind(2, bp).bind(3, identifier).exec()
        && prepared_("DELETE FROM relations WHERE target = ?1 OR source = ?1").bind(1, row->id).exec()
        && prepared_("DELETE FROM dangling_relations WHERE source = ?1").bind(1, row->id).exec()
        && prepared_("DELETE FROM entity_search WHERE rowid = ?1").bind(1, row->id).exec()
        && prepared_("DELETE FROM entities WHERE id = ?1").bind(1, row->id).exec()
        && writeAudit(u"delete"_s, u"entity"_s, bp, identifier,
                      QJsonDocument(row->entity.toJson()).toJson(QJsonDocument::Compact), {});
    if (!ok) {
        m_failed = true;
        return sqlProblem(m_db.connection().lastError().text(), u"deleting %1 \"%2\""_s.arg(bp, identifier));
    }
    m_written.remove(row->id);
    m_neighbours.remove(row->id);
    m_targetIds.remove(bp + QChar(0x1f) + identifier);
    m_changes.deletedEntities[bp].insert(identifier);
    return {};
}

Problems CatalogWriter::verifyRelations()
{
    const bool resolved =
        prepared_("INSERT OR IGNORE INTO relations (source, name, target) SELECT d.source, d.name, e.id FROM dangling_relations d"
                 " JOIN entities e ON e.blueprint = d.target_blueprint AND e.identifier = d.target_identifier").exec()
        && prepared_("DELETE FROM dangling_relations WHERE EXISTS (SELECT 1 FROM entities e WHERE e.blueprint ="
                    " dangling_relations.target_blueprint AND e.identifier = dangling_relations.target_identifier)").exec();
    if (!resolved)
        return sqlProblem(m_db.connection().lastError().text(), u"resolving relations"_s);
    Statement &q = prepared_("SELECT d.source, e.blueprint, e.identifier, d.name, d.target_blueprint, d.target_identifier"
                            " FROM dangling_relations d JOIN entities e ON e.id = d.source ORDER BY d.source");
    Problems problems;
    while (q.next()) {
        const qint64 source = q.int64(0);
        if (!m_written.contains(source))
            continue;
        const QString path = u"$.relations."_s + q.text(3);
        const QString message = u"%1 \"%2\": relation \"%3\" points at missing %4 entity \"%5\""_s.arg(
            q.text(1), q.text(2), q.text(3), q.text(4), q.text(5));
        Problem p = m_dangling == Dangling::Reject ? Problem::error(path, message) : Problem::warning(path, message);
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
    // Whatever fails below, the transaction ends here: later reads on this connection must not
    // see rows of a write that was refused.
    const auto fail = [this](Problems problems) {
        m_statements.clear();
        m_transaction.rollback();
        m_failed = true;
        return problems;
    };
    if (!m_beginError.isEmpty())
        return fail({Problem::error({}, m_beginError)});
    if (m_failed)
        return fail({Problem::error({}, u"nothing was written: the write had errors"_s)});
    if (m_checkModel) {
        if (Problems model = checkModel(); hasErrors(model))
            return fail(model);
    }
    for (const QString &id : std::as_const(m_deferredIndexes)) {
        const Blueprint *bp = blueprint(id);
        if (const QString error = bp ? createPropertyIndexes(*bp) : QString(); !error.isEmpty())
            return fail(sqlProblem(error, u"indexing blueprint \"%1\""_s.arg(id)));
    }
    Problems problems = verifyRelations();
    if (hasErrors(problems))
        return fail(problems);
    AggregationUpdater aggregations(m_db, m_blueprints);
    if (!aggregations.update(m_written, m_neighbours, m_changes.blueprints))
        return fail({Problem::error({}, u"updating aggregation properties failed: "_s + aggregations.error())});
    m_statements.clear(); // finalize before COMMIT so no statement holds the write open
    if (!m_transaction.commit())
        return fail({Problem::error({}, u"commit failed: "_s + m_transaction.error())});
    m_committed = true;
    if (!m_changes.isEmpty())
        Q_EMIT m_store.notifier().changed(m_changes);
    return problems;
}

Problems CatalogWriter::checkModel() const
{
    const BlueprintValidator validator([this](const QString &id) -> const Blueprint * {
        const auto it = m_blueprints.constFind(id);
        return it == m_blueprints.cend() ? nullptr : &*it;
    });
    Problems problems;
    for (const Blueprint &bp : m_blueprints) {
        for (Problem p : validator.validate(bp)) {
            p.message = u"blueprint \"%1\": %2"_s.arg(bp.identifier, p.message);
            problems.append(p);
        }
    }
    return problems;
}

QString CatalogWriter::createPropertyIndexes(const Blueprint &blueprint)
{
    for (const QString &sql : PropertyIndexes::createStatements(blueprint)) {
        if (const QString error = m_db.exec(sql); !error.isEmpty())
            return error;
    }
    return {};
}

QString CatalogWriter::dropPropertyIndexes(const QString &blueprint, const QStringList &keep)
{
    // Property indexes end in their blueprint's condition (see PropertyIndexes::createStatements).
    const QString condition = u"WHERE blueprint = "_s + PropertyIndexes::sqlLiteral(blueprint);
    QStringList kept;
    for (const QString &sql : keep)
        kept.append(sql.section(u' ', 5, 5)); // CREATE INDEX IF NOT EXISTS <name> ON …
    QStringList stale;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'property%'"_s))
        return q.lastError().text();
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (q.value(1).toString().endsWith(condition) && !kept.contains(name))
            stale.append(name);
    }
    q.finish();
    for (const QString &name : std::as_const(stale)) {
        if (const QString error = m_db.exec(u"DROP INDEX IF EXISTS "_s + name); !error.isEmpty())
            return error;
    }
    return {};
}

Problems CatalogWriter::removeBlueprint(const QString &identifier)
{
    if (!m_beginError.isEmpty())
        return {Problem::error({}, m_beginError)};
    const Blueprint *bp = blueprint(identifier);
    if (!bp) {
        m_failed = true;
        return {Problem::error({}, u"there is no blueprint \"%1\""_s.arg(identifier))};
    }
    const auto failed = [this, &identifier](const QString &error) {
        m_failed = true;
        return sqlProblem(error, u"deleting blueprint \"%1\""_s.arg(identifier));
    };
    // Each deleted entity gets its audit entry, as removeEntity gives it.
    QSet<qint64> ids;
    Statement &rows = prepared_("SELECT id, blueprint, identifier, title, icon, team, properties, relations, created_at,"
                                " updated_at, created_by, updated_by FROM entities WHERE blueprint = ?1");
    rows.bind(1, identifier);
    while (rows.next()) {
        const Entity e = EntityRow::read(rows);
        ids.insert(rows.int64(0));
        m_changes.deletedEntities[identifier].insert(e.identifier);
        if (!writeAudit(u"delete"_s, u"entity"_s, identifier, e.identifier,
                        QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact), {})) {
            rows.reset();
            return failed(m_db.connection().lastError().text());
        }
    }
    // Entities related to the deleted ones from elsewhere get their aggregations recomputed.
    Statement &neighbours = prepared_("SELECT r.source FROM relations r JOIN entities e ON e.id = r.target WHERE e.blueprint = ?1"
                                      " UNION SELECT r.target FROM relations r JOIN entities e ON e.id = r.source WHERE e.blueprint = ?1");
    neighbours.bind(1, identifier);
    while (neighbours.next())
        m_neighbours.insert(neighbours.int64(0));
    const bool ok =
        prepared_("DELETE FROM relations WHERE source IN (SELECT id FROM entities WHERE blueprint = ?1)"
                  " OR target IN (SELECT id FROM entities WHERE blueprint = ?1)").bind(1, identifier).exec()
        && prepared_("DELETE FROM dangling_relations WHERE target_blueprint = ?1"
                     " OR source IN (SELECT id FROM entities WHERE blueprint = ?1)").bind(1, identifier).exec()
        && prepared_("DELETE FROM entity_search WHERE rowid IN (SELECT id FROM entities WHERE blueprint = ?1)").bind(1, identifier).exec()
        && prepared_("DELETE FROM entities WHERE blueprint = ?1").bind(1, identifier).exec()
        && prepared_("DELETE FROM blueprints WHERE identifier = ?1").bind(1, identifier).exec()
        && writeAudit(u"delete"_s, u"blueprint"_s, identifier, identifier,
                      QJsonDocument(bp->json).toJson(QJsonDocument::Compact), {});
    if (!ok)
        return failed(m_db.connection().lastError().text());
    if (const QString error = dropPropertyIndexes(identifier, {}); !error.isEmpty())
        return failed(error);
    for (const qint64 id : std::as_const(ids)) {
        m_written.remove(id);
        m_neighbours.remove(id);
        m_sources.remove(id);
    }
    m_targetIds.clear();
    m_changes.createdEntities.remove(identifier);
    m_changes.updatedEntities.remove(identifier);
    m_changes.blueprints.insert(identifier);
    m_blueprints.remove(identifier);
    m_checkModel = true;
    return {};
}

Problems CatalogWriter::writeAuditEntry(const QString &action, const QString &kind, const QString &identifier,
                                        const QJsonObject &after)
{
    if (!m_beginError.isEmpty())
        return {Problem::error({}, m_beginError)};
    if (!writeAudit(action, kind, {}, identifier, {}, QJsonDocument(after).toJson(QJsonDocument::Compact))) {
        m_failed = true;
        return sqlProblem(m_db.connection().lastError().text(), u"writing the audit log"_s);
    }
    return {};
}

} // namespace portolan
