#pragma once

#include "catalog/entity.h"
#include "common/problem.h"
#include "schema/blueprint.h"
#include "store/changeset.h"
#include "store/database.h"
#include "store/preparedentity.h"
#include "store/statement.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace portolan {

class CatalogStore;


// One write to the store, in one transaction: nothing is visible, and nothing changes, until
// commit() succeeds; destroying an uncommitted writer rolls everything back.
// Every entity and blueprint written gets an audit entry; subscribers hear of the whole change
// once, after commit.
class CatalogWriter final
{
public:
    // What to do with relations to entities that do not exist when the write commits.
    enum class Dangling { Reject, Keep };
    using Source = WriteSource;

    CatalogWriter(CatalogStore &store, Origin origin, QString actor, Dangling dangling = Dangling::Reject);
    ~CatalogWriter();
    Q_DISABLE_COPY_MOVE(CatalogWriter)

    // What a changed blueprint asks of the entities already stored under it.
    // MustStayValid: each must be valid as it is (no silent migrations). Migrated: the caller
    // rewrites them in this same write (the migration runner; putEntity validates each), and the
    // model is checked as a whole at commit, so blueprints may be written and removed in any order.
    enum class StoredEntities { MustStayValid, Migrated };

    // Validates the blueprints as a set (against each other and those already stored), then writes them.
    Problems putBlueprints(const QList<Blueprint> &blueprints, StoredEntities stored = StoredEntities::MustStayValid);
    // Deletes a blueprint and its entities: their relations both ways, search rows, the blueprint's
    // property indexes; an audit entry for each. The blueprints that stay must no longer refer to it
    // when the write commits (checked then, as with StoredEntities::Migrated).
    Problems removeBlueprint(const QString &identifier);
    // An audit entry for a change that is neither one entity nor one blueprint (a migration: kind
    // "migration", identifier its id, `after` its JSON).
    Problems writeAuditEntry(const QString &action, const QString &kind, const QString &identifier,
                             const QJsonObject &after);
    // Ties every change of this write to an action run (Port's `?run_id=`): each audit entry names
    // the run, and the run lists the entities it created, changed or deleted.
    void setRun(const QString &runId) { m_run = runId; }
    QString run() const { return m_run; }
    // Validates the entity against its blueprint and writes it (insert, or update when it exists).
    Problems putEntity(const Entity &entity, const Source &source = {});
    // The second half of putEntity, for entities prepared elsewhere (see BulkLoader).
    Problems putPrepared(PreparedEntity &prepared);
    // The blueprints as this write sees them (a copy: safe to hand to another thread).
    QHash<QString, Blueprint> blueprints() const { return m_blueprints; }
    Problems removeEntity(const QString &blueprint, const QString &identifier);
    // Resolves relations written so far and reports those whose targets do not exist (errors or
    // warnings by the Dangling policy); commit() does this too. For dry runs.
    Problems verifyRelations();
    // Resolves relations, recomputes aggregations, commits, notifies. Errors roll everything back.
    Problems commit();

    qsizetype entitiesWritten() const { return m_written.size(); }
    // What this write changed so far (what subscribers hear after commit).
    const ChangeSet &changes() const { return m_changes; }

private:
    struct Row;
    const Blueprint *blueprint(const QString &identifier);
    // A changed blueprint must keep the stored entities valid (no silent migrations here).
    Problems checkStoredEntities(const Blueprint &before, const Blueprint &after);
    // Every blueprint of this write checked as a set (after migrations and removals).
    Problems checkModel() const;
    // Drops the property indexes of `blueprint` that `keep` (its current CREATE statements) lacks.
    QString dropPropertyIndexes(const QString &blueprint, const QStringList &keep);
    QString createPropertyIndexes(const Blueprint &blueprint);
    std::optional<Row> existingRow(const QString &blueprint, const QString &identifier);
    bool writeRow(const PreparedEntity &prepared, const std::optional<Row> &before, qint64 &id);
    bool writeRelations(qint64 id, const Entity &entity, const Blueprint &bp, bool replace);
    bool writeSearch(qint64 id, const PreparedEntity &prepared, bool replace);
    bool writeAudit(const QString &action, const QString &kind, const QString &bp, const QString &identifier,
                    const QByteArray &before, const QByteArray &after);
    bool recomputeAggregations();
    Problems sqlProblem(const QString &error, const QString &what) const;
    Statement &prepared_(const char *sql);

    CatalogStore &m_store;
    Database &m_db;
    Transaction m_transaction;
    Origin m_origin;
    QString m_actor;
    QString m_run;
    Dangling m_dangling;
    QString m_now;
    QDateTime m_nowTime;
    QHash<QString, Blueprint> m_blueprints;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
    // Ids of relation targets already looked up in this write (bounded: cleared when full).
    QHash<QString, qint64> m_targetIds;
    static constexpr qsizetype MaxCachedTargets = 500'000;
    qint64 targetId(const QString &blueprint, const QString &identifier);
    QSet<qint64> m_written;
    QSet<qint64> m_neighbours; // entities whose relations to a written entity were added or removed
    QHash<qint64, Source> m_sources;
    ChangeSet m_changes;
    bool m_failed = false;
    QString m_beginError;
    bool m_committed = false;
    bool m_checkModel = false; // set by migrated or removed blueprints: commit checks the whole model
    QSet<QString> m_deferredIndexes; // migrated blueprints: their property indexes are built at commit
};

} // namespace portolan
