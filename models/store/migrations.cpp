#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1, "blueprints, entities and relations",
         {u"CREATE TABLE blueprints (identifier TEXT PRIMARY KEY, json TEXT NOT NULL, position INTEGER NOT NULL)"_s,
          // Entities keep Port's JSON pieces as text; `id` is the compact key the relation tables use.
          u"CREATE TABLE entities (id INTEGER PRIMARY KEY, blueprint TEXT NOT NULL, identifier TEXT NOT NULL,"
          " title TEXT NOT NULL DEFAULT '', icon TEXT, team TEXT, properties TEXT NOT NULL DEFAULT '{}',"
          " relations TEXT NOT NULL DEFAULT '{}', created_at TEXT, updated_at TEXT, created_by TEXT, updated_by TEXT,"
          " UNIQUE (blueprint, identifier))"_s,
          // Resolved relations, queried in both directions.
          u"CREATE TABLE relations (source INTEGER NOT NULL, name TEXT NOT NULL, target INTEGER NOT NULL,"
          " PRIMARY KEY (source, name, target)) WITHOUT ROWID"_s,
          u"CREATE INDEX relations_by_target ON relations (target, source)"_s,
          // Relations whose target does not exist (yet): kept, reported, and resolved when it appears.
          u"CREATE TABLE dangling_relations (source INTEGER NOT NULL, name TEXT NOT NULL,"
          " target_blueprint TEXT NOT NULL, target_identifier TEXT NOT NULL,"
          " PRIMARY KEY (source, name, target_blueprint, target_identifier)) WITHOUT ROWID"_s,
          u"CREATE INDEX dangling_by_target ON dangling_relations (target_blueprint, target_identifier)"_s}},
        {2, "full-text search",
         // prefix='2 3': short prefixes ("7", "12" as typed) would otherwise expand to thousands of tokens.
         {u"CREATE VIRTUAL TABLE entity_search USING fts5 (identifier, title, body, content='',"
          " contentless_delete=1, prefix='2 3', tokenize=\"unicode61 remove_diacritics 2\")"_s}},
        {3, "audit log and derived values",
         {u"CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, origin TEXT NOT NULL,"
          " action TEXT NOT NULL, kind TEXT NOT NULL, blueprint TEXT NOT NULL, identifier TEXT NOT NULL,"
          " before TEXT, after TEXT)"_s,
          u"CREATE INDEX audit_by_item ON audit (kind, blueprint, identifier, id)"_s,
          // Aggregation values, maintained on every write (Port recomputes them every 15 minutes).
          u"ALTER TABLE entities ADD COLUMN aggregations TEXT"_s}},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

QString migrate(QSqlDatabase &db, int upTo)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return query.lastError().text();
    const int current = query.value(0).toInt();
    if (current > latestSchemaVersion())
        return u"the portal file has schema version %1, newer than this Portolan (%2): update Portolan"_s
            .arg(current)
            .arg(latestSchemaVersion());
    for (const Migration &step : migrations()) {
        if (step.version <= current || (upTo >= 0 && step.version > upTo))
            continue;
        if (!db.transaction())
            return db.lastError().text();
        for (const QString &sql : step.statements) {
            if (!query.exec(sql)) {
                const QString error = u"migration %1 (%2) failed: %3"_s.arg(step.version)
                                          .arg(QLatin1StringView(step.summary), query.lastError().text());
                db.rollback();
                return error;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step.version)) || !db.commit()) {
            db.rollback();
            return query.lastError().text();
        }
    }
    return {};
}

} // namespace portolan
