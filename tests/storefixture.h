#pragma once

// Helpers shared by the store tests: a small portal written through the real writer.
#include "catalog/entity.h"
#include "schema/blueprint.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"

#include <QJsonDocument>
#include <QTest>

namespace portolan::testing {

inline Blueprint blueprint(const char *json)
{
    return Blueprint::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

inline Entity entity(const char *json)
{
    return Entity::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

// team ← service → system, services depend on services; service aggregates and mirrors.
inline QList<Blueprint> portalBlueprints()
{
    return {
        blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {"slack": {"type": "string"}}},
                      "aggregationProperties": {"services": {"target": "service", "calculationSpec": {"calculationBy": "entities", "func": "count"}},
                                                "totalReplicas": {"target": "service", "calculationSpec": {"calculationBy": "property", "func": "sum", "property": "replicas"}},
                                                "goServices": {"target": "service", "calculationSpec": {"calculationBy": "entities", "func": "count"},
                                                               "query": {"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]}}}})"),
        blueprint(R"({"identifier": "system", "title": "System", "schema": {"properties": {"tier": {"type": "string"}}},
                      "relations": {"team": {"target": "team", "many": false}}})"),
        blueprint(R"({"identifier": "service", "title": "Service",
                      "schema": {"properties": {"language": {"type": "string", "enum": ["Go", "Java"]}, "replicas": {"type": "number"},
                                                "description": {"type": "string"}}},
                      "relations": {"system": {"target": "system", "many": false}, "team": {"target": "team", "many": false},
                                    "dependsOn": {"target": "service", "many": true}},
                      "mirrorProperties": {"tier": {"path": "system.tier"}, "teamSlack": {"path": "system.team.slack"}},
                      "calculationProperties": {"slack": {"type": "string", "calculation": "\"https://slack.com/\" + .identifier"},
                                                "big": {"type": "boolean", "calculation": ".properties.replicas > 3"}}})"),
    };
}

// Writes the blueprints and entities in one transaction; fails the test on any problem.
inline void write(CatalogStore &store, const QList<Blueprint> &blueprints, const QList<Entity> &entities)
{
    CatalogWriter writer(store, Origin::Import, QStringLiteral("tester"));
    Problems problems = writer.putBlueprints(blueprints);
    for (const Entity &e : entities)
        problems.append(writer.putEntity(e));
    if (!hasErrors(problems))
        problems.append(writer.commit());
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
}

inline QList<Entity> portalEntities()
{
    return {
        entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments", "properties": {"slack": "#payments"}})"),
        entity(R"({"identifier": "shop", "blueprint": "system", "title": "Shop", "properties": {"tier": "tier-1"}, "relations": {"team": "payments"}})"),
        entity(R"({"identifier": "cart", "blueprint": "service", "title": "Cart Service",
                   "properties": {"language": "Go", "replicas": 3, "description": "Keeps the shopping basket"},
                   "relations": {"system": "shop", "team": "payments", "dependsOn": ["pricing"]}})"),
        entity(R"({"identifier": "pricing", "blueprint": "service", "title": "Pricing",
                   "properties": {"language": "Java", "replicas": 5}, "relations": {"team": "payments"}})"),
    };
}

// `count` plain services svc-000… for paging tests: language Go except every third (Java), replicas i % 7.
inline QList<Entity> numberedServices(int count)
{
    QList<Entity> services;
    for (int i = 0; i < count; ++i) {
        Entity e;
        e.blueprint = QStringLiteral("service");
        e.identifier = QStringLiteral("svc-%1").arg(i, 3, 10, QChar(u'0'));
        e.title = QStringLiteral("Service %1").arg(i);
        e.properties = {{QStringLiteral("language"), i % 3 ? QStringLiteral("Go") : QStringLiteral("Java")}, {QStringLiteral("replicas"), i % 7}};
        services.append(e);
    }
    return services;
}

} // namespace portolan::testing
