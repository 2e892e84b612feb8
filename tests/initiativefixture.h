#pragma once

// A small scored portal for the initiative tests: five services of two teams graded by the
// scorecard "production" (Bronze: on-call, README; Silver: tests), with a hand-made history
// written straight into scorecard_history (dates below), so burn-up numbers are exact.
//
//   service  team   history (day: level outcomes)                        now
//   s1       alpha  02-20: 0 FFF   03-02: 2 PPP                          2 PPP
//   s2       alpha  02-20: 0 FFF   03-05: 2 PPP   03-07: 1 PPF           1 PPF
//   s3       alpha  02-20: 0 FFF   03-08: 2 PPP                          2 PPP
//   s4       beta   02-20: 0 FFF   03-03: 1 PPF                          1 PPF
//   s5       beta   02-20: 0 FFF                                         0 FFF
#include "storefixture.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace portolan::testing {

inline const char *productionScorecard()
{
    return R"({"identifier": "production", "title": "Production readiness", "blueprint": "service",
               "levels": [{"title": "Basic", "color": "paleBlue"}, {"title": "Bronze", "color": "bronze"},
                          {"title": "Silver", "color": "silver"}, {"title": "Gold", "color": "gold"}],
               "rules": [{"identifier": "oncall", "title": "Has an on-call rotation", "level": "Bronze",
                          "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": "isNotEmpty"}]}},
                         {"identifier": "readme", "title": "Has a README", "level": "Bronze",
                          "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "isNotEmpty"}]}},
                         {"identifier": "tests", "title": "Has tests", "level": "Silver",
                          "query": {"combinator": "and", "conditions": [{"property": "language", "operator": "=", "value": "Go"}]}}]})";
}

inline bool runSql(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

inline void writeScoredPortal(CatalogStore &store)
{
    QList<Entity> services;
    for (int i = 1; i <= 5; ++i) {
        Entity e;
        e.blueprint = QStringLiteral("service");
        e.identifier = QStringLiteral("s%1").arg(i);
        e.title = QStringLiteral("Service %1").arg(i);
        e.team = {i <= 3 ? QStringLiteral("alpha") : QStringLiteral("beta")};
        e.properties = {{QStringLiteral("language"), QStringLiteral("Go")}};
        services.append(e);
    }
    write(store, portalBlueprints(), services);
    const Database &db = store.database();
    QVERIFY(runSql(db, QStringLiteral("INSERT INTO scorecards (identifier, json, position) VALUES ('production', ?, 1)"),
                   {QString::fromUtf8(productionScorecard())}));
    QVERIFY(runSql(db, QStringLiteral("INSERT INTO scorecard_rulesets (id, scorecard, rules, levels, at) VALUES (1, 'production',"
                                      " '[\"oncall\",\"readme\",\"tests\"]', '[\"Basic\",\"Bronze\",\"Silver\",\"Gold\"]', '2026-02-20T00:00:00Z')")));
    const QList<std::tuple<const char *, const char *, int, const char *>> history = {
        {"s1", "2026-02-20T08:00:00.000Z", 0, "FFF"}, {"s2", "2026-02-20T08:00:00.000Z", 0, "FFF"},
        {"s3", "2026-02-20T08:00:00.000Z", 0, "FFF"}, {"s4", "2026-02-20T08:00:00.000Z", 0, "FFF"},
        {"s5", "2026-02-20T08:00:00.000Z", 0, "FFF"}, {"s1", "2026-03-02T10:00:00.000Z", 2, "PPP"},
        {"s4", "2026-03-03T11:00:00.000Z", 1, "PPF"}, {"s2", "2026-03-05T09:00:00.000Z", 2, "PPP"},
        {"s2", "2026-03-07T12:00:00.000Z", 1, "PPF"}, {"s3", "2026-03-08T16:30:00.000Z", 2, "PPP"},
    };
    for (const auto &[identifier, at, level, outcomes] : history)
        QVERIFY(runSql(db, QStringLiteral("INSERT INTO scorecard_history (at, scorecard, blueprint, identifier, level, points, outcomes, ruleset)"
                                          " VALUES (?, 'production', 'service', ?, ?, 0, ?, 1)"),
                       {QString::fromLatin1(at), QString::fromLatin1(identifier), level, QString::fromLatin1(outcomes)}));
    const QList<std::tuple<const char *, int, const char *>> now = {
        {"s1", 2, "PPP"}, {"s2", 1, "PPF"}, {"s3", 2, "PPP"}, {"s4", 1, "PPF"}, {"s5", 0, "FFF"}};
    for (const auto &[identifier, level, outcomes] : now)
        QVERIFY(runSql(db, QStringLiteral("INSERT INTO scorecard_results (scorecard, entity, level, points, outcomes, ruleset, evaluated_at, changed_at)"
                                          " SELECT 'production', id, ?, 0, ?, 1, '2026-03-10T00:00:00Z', '2026-03-10T00:00:00Z'"
                                          " FROM entities WHERE blueprint = 'service' AND identifier = ?"),
                       {level, QString::fromLatin1(outcomes), QString::fromLatin1(identifier)}));
}

// Silver for every service between 1 and 31 March 2026, owned by the platform team.
inline QJsonObject silverInitiativeJson()
{
    return QJsonDocument::fromJson(R"({"identifier": "silver-q1", "title": "Every service at Silver",
        "scorecard": "production", "targetLevel": "Silver", "owners": ["platform"],
        "startDate": "2026-03-01", "deadline": "2026-03-31"})").object();
}

} // namespace portolan::testing
