#include "migrationrunner.h"

#include "design/entitymigration.h"
#include "design/migration.h"
#include "design/migrationhistory.h"
#include "schema/entityvalidator.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"
#include "store/entityrow.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

Q_LOGGING_CATEGORY(lcMigration, "portolan.migration")

constexpr int kPageSize = 1000;
constexpr int kMaxInvalidListed = 100; // after a first invalid entity, keep checking (not writing) this many

// Entity problems say which entity; their path stays the field's.
void attribute(Problems &problems, const QString &blueprint, const QString &identifier)
{
    for (Problem &p : problems)
        p.message = u"%1 \"%2\": %3"_s.arg(blueprint, identifier, p.message);
}

class Runner final
{
public:
    Runner(CatalogStore &store, const ModelMigration &migration, const std::function<bool(qint64, qint64)> &progress)
        : m_store(store), m_migration(migration), m_progress(progress)
    {
    }

    MigrationResult run()
    {
        if (!m_migration.id.isNull() && appliedMigration(m_store, m_migration.idText())) {
            m_result.problems.append(Problem::error(u"$.id"_s, u"migration %1 was already applied to this portal"_s.arg(m_migration.idText())));
            return m_result;
        }
        const ModelDraft draft = m_migration.draftOn(m_store.blueprints(), &m_result.problems);
        Problems model = draft.validate();
        for (Problem &p : model)
            p.message = u"blueprint \"%1\": %2"_s.arg(p.file, p.message);
        m_result.problems.append(model);
        if (hasErrors(m_result.problems))
            return m_result;

        const QStringList migrated = migratedBlueprints(draft);
        if (!countEntities(migrated))
            return m_result;
        CatalogWriter writer(m_store, Origin::Migration, m_migration.actor.isEmpty() ? u"portolan"_s : m_migration.actor,
                             // Relations left dangling by an earlier lenient import are not this migration's to fix.
                             CatalogWriter::Dangling::Keep);
        for (const QString &id : draft.removed()) {
            if (!keep(writer.removeBlueprint(id)))
                return m_result;
        }
        QList<Blueprint> written;
        for (const QString &id : draft.identifiers())
            if (!draft.isStored(id) || draft.json(id) != draft.baseJson(id))
                written.append(draft.blueprint(id));
        if (!written.isEmpty() && !keep(writer.putBlueprints(written, CatalogWriter::StoredEntities::Migrated)))
            return m_result;
        QElapsedTimer timer;
        timer.start();
        for (const QString &id : migrated) {
            const Blueprint stored = Blueprint::fromJson(draft.baseJson(id));
            const EntityMigration migration(stored, draft.blueprint(id), draft.steps());
            if (!keep(migration.problems()) || !migrateEntities(writer, migration))
                return m_result;
        }
        if (m_invalid > 0)
            return m_result;
        QJsonObject record = m_migration.toJson();
        if (!keep(writer.writeAuditEntry(u"apply"_s, u"migration"_s, m_migration.idText(), record)))
            return m_result;
        const qint64 rewriteMs = timer.restart();
        Problems committed = writer.commit();
        // Warnings are about relations that were dangling before; the migration did not make them.
        committed.removeIf([](const Problem &p) { return !p.isError(); });
        if (!keep(committed))
            return m_result;
        m_result.changes = writer.changes();
        qCDebug(lcMigration) << "applied migration" << m_migration.idText() << "rewrote" << m_result.entitiesMigrated << "entities in"
                             << rewriteMs << "ms, commit" << timer.elapsed() << "ms";
        return m_result;
    }

private:
    // Appends `problems`; false when they hold errors.
    bool keep(const Problems &problems)
    {
        m_result.problems.append(problems);
        return !hasErrors(problems);
    }

    bool countEntities(const QStringList &blueprints)
    {
        QSqlQuery q(m_store.database().connection());
        q.prepare(u"SELECT COUNT(*) FROM entities WHERE blueprint = ?"_s);
        for (const QString &id : blueprints) {
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return keep({Problem::error({}, u"reading the store failed: "_s + q.lastError().text())});
            m_total += q.value(0).toLongLong();
        }
        return true;
    }

    // Walks the rows in id order (the table's own order: sequential rewrites), a page at a time, each
    // page read whole before it is written. The ids come first from the blueprint's index: paging
    // with `ORDER BY id` there would sort every remaining row for each page.
    bool migrateEntities(CatalogWriter &writer, const EntityMigration &migration)
    {
        const QString blueprint = migration.target().identifier;
        const EntityValidator validator(migration.target());
        QList<qint64> ids;
        QSqlQuery q(m_store.database().connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM entities WHERE blueprint = ?"_s);
        q.addBindValue(blueprint);
        if (!q.exec())
            return keep({Problem::error({}, u"reading %1 entities failed: %2"_s.arg(blueprint, q.lastError().text()))});
        while (q.next())
            ids.append(q.value(0).toLongLong());
        std::sort(ids.begin(), ids.end());
        q.prepare(u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE id BETWEEN ? AND ? AND blueprint = ? ORDER BY id"_s);
        for (qsizetype start = 0; start < ids.size(); start += kPageSize) {
            const qsizetype end = std::min(ids.size(), start + kPageSize) - 1;
            q.addBindValue(ids.at(start));
            q.addBindValue(ids.at(end));
            q.addBindValue(blueprint);
            if (!q.exec())
                return keep({Problem::error({}, u"reading %1 entities failed: %2"_s.arg(blueprint, q.lastError().text()))});
            QList<Entity> page;
            while (q.next())
                page.append(EntityRow::read(q));
            q.finish();
            for (const Entity &entity : std::as_const(page)) {
                if (!migrateOne(writer, migration, validator, entity))
                    return false;
                ++m_done;
                if (m_progress && (m_done % 100 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
                    return keep({Problem::error({}, u"cancelled: nothing was changed"_s)});
            }
        }
        return true;
    }

    // False stops the run: a store error, or too many invalid entities to list.
    bool migrateOne(CatalogWriter &writer, const EntityMigration &migration, const EntityValidator &validator, const Entity &entity)
    {
        EntityMigrationResult result = migration.migrate(entity);
        Problems problems = result.problems;
        if (m_invalid == 0 && !hasErrors(problems)) {
            if (result.changed) { // the writer stamps the time and this migration's actor
                result.entity.updatedAt = {};
                result.entity.updatedBy.clear();
            }
            problems = writer.putEntity(result.entity);
            if (!hasErrors(problems) && result.changed)
                ++m_result.entitiesMigrated;
        } else {
            problems = migratedProblems(result, validator); // the write is lost already: only say what else fails
        }
        if (!hasErrors(problems))
            return true;
        attribute(problems, result.entity.blueprint, result.entity.identifier);
        m_result.problems.append(problems);
        if (++m_invalid < kMaxInvalidListed)
            return true;
        m_result.problems.append(Problem::error({}, u"stopped after %1 invalid entities (the impact preview counts them all)"_s.arg(m_invalid)));
        return false;
    }

    CatalogStore &m_store;
    const ModelMigration &m_migration;
    const std::function<bool(qint64, qint64)> &m_progress;
    MigrationResult m_result;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_invalid = 0;
};

} // namespace

MigrationResult applyMigration(CatalogStore &store, const ModelMigration &migration, const std::function<bool(qint64, qint64)> &progress)
{
    return Runner(store, migration, progress).run();
}

} // namespace portolan
