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
        {4, "self-service actions and their runs",
         {u"CREATE TABLE actions (identifier TEXT PRIMARY KEY, json TEXT NOT NULL, position INTEGER NOT NULL)"_s,
          // One row per run; `inputs` has secrets masked (their values are never stored). `token_hash` is the
          // SHA-256 of the run's API token: the token itself goes only to the backend.
          u"CREATE TABLE action_runs (id TEXT PRIMARY KEY, action TEXT NOT NULL, action_title TEXT NOT NULL,"
          " blueprint TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
          " status_label TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', links TEXT NOT NULL DEFAULT '[]',"
          " external_run_id TEXT NOT NULL DEFAULT '', inputs TEXT NOT NULL DEFAULT '{}', created_by TEXT NOT NULL,"
          " teams TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, ended_at TEXT,"
          " approval TEXT NOT NULL DEFAULT '{}', token_hash TEXT NOT NULL DEFAULT '')"_s,
          u"CREATE INDEX action_runs_by_time ON action_runs (created_at)"_s,
          u"CREATE INDEX action_runs_by_action ON action_runs (action, created_at)"_s,
          u"CREATE INDEX action_runs_by_entity ON action_runs (blueprint, entity, created_at)"_s,
          u"CREATE INDEX action_runs_by_user ON action_runs (created_by, created_at)"_s,
          u"CREATE TABLE run_logs (run TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, message TEXT NOT NULL,"
          " PRIMARY KEY (run, seq)) WITHOUT ROWID"_s,
          // Entities a run created, changed or deleted (both directions are index lookups).
          u"CREATE TABLE run_entities (run TEXT NOT NULL, blueprint TEXT NOT NULL, identifier TEXT NOT NULL,"
          " change TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (run, blueprint, identifier, change, at)) WITHOUT ROWID"_s,
          u"CREATE INDEX run_entities_by_entity ON run_entities (blueprint, identifier)"_s,
          u"ALTER TABLE audit ADD COLUMN run TEXT"_s}},
        {5, "scorecards, their results and history; initiatives; dashboards",
         {u"CREATE TABLE scorecards (identifier TEXT PRIMARY KEY, json TEXT NOT NULL, position INTEGER NOT NULL)"_s,
          // The current result of each entity a scorecard grades (`entity`: entities.id). `outcomes` has one
          // character per rule of `ruleset` (see RuleOutcome); `credits` the partial credit per rule.
          u"CREATE TABLE scorecard_results (scorecard TEXT NOT NULL, entity INTEGER NOT NULL, level INTEGER NOT NULL,"
          " points REAL NOT NULL, outcomes TEXT NOT NULL, credits TEXT NOT NULL DEFAULT '', ruleset INTEGER NOT NULL,"
          " evaluated_at TEXT NOT NULL, changed_at TEXT NOT NULL, PRIMARY KEY (scorecard, entity)) WITHOUT ROWID"_s,
          u"CREATE INDEX scorecard_results_by_level ON scorecard_results (scorecard, level)"_s,
          u"CREATE INDEX scorecard_results_by_entity ON scorecard_results (entity)"_s,
          // The rule identifiers (and level titles), in order, that outcomes strings refer to.
          u"CREATE TABLE scorecard_rulesets (id INTEGER PRIMARY KEY, scorecard TEXT NOT NULL, rules TEXT NOT NULL,"
          " levels TEXT NOT NULL, at TEXT NOT NULL)"_s,
          // Every change of an entity's level or rule outcomes, when it happened (entities by name: history
          // outlives them).
          u"CREATE TABLE scorecard_history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, scorecard TEXT NOT NULL,"
          " blueprint TEXT NOT NULL, identifier TEXT NOT NULL, level INTEGER NOT NULL, points REAL NOT NULL,"
          " outcomes TEXT NOT NULL, ruleset INTEGER NOT NULL)"_s,
          u"CREATE INDEX scorecard_history_by_entity ON scorecard_history (scorecard, blueprint, identifier, at)"_s,
          u"CREATE INDEX scorecard_history_by_time ON scorecard_history (scorecard, at)"_s,
          u"CREATE TABLE scorecard_exemptions (id INTEGER PRIMARY KEY, scorecard TEXT NOT NULL, rule TEXT NOT NULL,"
          " blueprint TEXT NOT NULL, entity TEXT NOT NULL, reason TEXT NOT NULL, requested_by TEXT NOT NULL,"
          " requested_at TEXT NOT NULL, approved_by TEXT NOT NULL DEFAULT '', approved_at TEXT, expires_at TEXT,"
          " revoked INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX scorecard_exemptions_by_entity ON scorecard_exemptions (blueprint, entity)"_s,
          u"CREATE TABLE initiatives (identifier TEXT PRIMARY KEY, json TEXT NOT NULL, position INTEGER NOT NULL)"_s,
          u"CREATE TABLE dashboards (identifier TEXT PRIMARY KEY, json TEXT NOT NULL, position INTEGER NOT NULL)"_s}},
        {6, "scorecard history found by entity id; results without indexes nobody reads by",
         // A full evaluation writes a history row per changed result in entity-id order: an index on
         // (blueprint, identifier) took them in random order and cost more than the rows themselves.
         // `entity` is the id the entity had (NULL once it is gone and for rows older than this step
         // whose entity was already gone); blueprint and identifier stay, since history outlives it.
         {u"ALTER TABLE scorecard_history ADD COLUMN entity INTEGER"_s,
          u"UPDATE scorecard_history SET entity = (SELECT e.id FROM entities e WHERE e.blueprint ="
          " scorecard_history.blueprint AND e.identifier = scorecard_history.identifier)"_s,
          u"DROP INDEX scorecard_history_by_entity"_s,
          u"CREATE INDEX scorecard_history_by_entity ON scorecard_history (scorecard, entity, at)"_s,
          // Results are read by scorecard (the primary key) or by scorecard and entity; by level the
          // primary key's range is scanned (the lists sort by title anyway).
          u"DROP INDEX scorecard_results_by_level"_s,
          u"DROP INDEX scorecard_results_by_entity"_s}},
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
