#pragma once

#include "catalog/entity.h"
#include "schema/blueprint.h"
#include "store/catalognotifier.h"
#include "query/entityquery.h"
#include "store/database.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace portolan {

// A hit of the full-text index.
struct SearchHit {
    QString blueprint;
    QString identifier;
    QString title;
};

// One entry of the audit log.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString origin;
    QString action; // create | update | delete
    QString kind;   // entity | blueprint
    QString blueprint;
    QString identifier;
    QJsonObject before;
    QJsonObject after;
    QString run; // the action run that made the change, if one did
};

struct EntityKey {
    QString blueprint;
    QString identifier;
    friend bool operator==(const EntityKey &, const EntityKey &) = default;
};

// The portal's local store: one SQLite file. Reads are here; writes go through CatalogWriter.
// Lives on one thread (its connection's).
class CatalogStore final
{
public:
    explicit CatalogStore(const QString &path);
    ~CatalogStore();
    Q_DISABLE_COPY_MOVE(CatalogStore)

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_db.error(); }
    Database &database() { return m_db; }
    const Database &database() const { return m_db; }
    CatalogNotifier &notifier() { return m_notifier; }

    QList<Blueprint> blueprints() const;
    std::optional<Blueprint> blueprint(const QString &identifier) const;
    std::optional<Entity> entity(const QString &blueprint, const QString &identifier) const;
    qint64 entityId(const QString &blueprint, const QString &identifier) const; // 0 when absent
    QList<Entity> entities(const QString &blueprint, int limit = -1, int offset = 0) const;
    // A filtered, sorted page (EntityQuery), computed in SQL; its problems go to `problems`.
    QList<Entity> query(const EntityQuery &query, Problems *problems = nullptr) const;
    qint64 count(const EntityQuery &query) const;
    QJsonObject aggregations(const QString &blueprint, const QString &identifier) const;

    // Free text: every word must match the identifier, title or a text property; the last one as a prefix.
    QList<SearchHit> search(const QString &text, int limit = 50) const;
    // Entities within `depth` relation hops, in either direction, not counting the start.
    QList<EntityKey> neighbourhood(const EntityKey &start, int depth) const;
    // Relations whose targets do not exist (kept from lenient imports), as "bp/id.relation → bp/id".
    QStringList danglingRelations() const;
    QList<AuditEntry> audit(const QString &kind, const QString &blueprint, const QString &identifier) const;
    QList<AuditEntry> recentAudit(int limit) const;
    // {"blueprints": n, "entities": {bp: n, …}, "entityCount": n, "relations": n, "danglingRelations": n}
    QJsonObject stats() const;

private:
    Database m_db;
    CatalogNotifier m_notifier;
};

} // namespace portolan
