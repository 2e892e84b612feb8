// Entity validation: one row per rule, each naming the JSON path and words of the reason.
#include "catalog/entity.h"
#include "schema/blueprint.h"
#include "schema/entityvalidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Blueprint serviceBlueprint()
{
    return Blueprint::fromJson(QJsonDocument::fromJson(R"({
        "identifier": "service", "title": "Service",
        "schema": {"properties": {
            "language": {"type": "string", "enum": ["Go", "Python"]},
            "replicas": {"type": "number"},
            "public": {"type": "boolean"},
            "labels": {"type": "object"},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
            "repo": {"type": "string", "format": "url"},
            "owner": {"type": "string", "format": "email"},
            "onCall": {"type": "string", "format": "user"},
            "since": {"type": "string", "format": "date-time"},
            "ttl": {"type": "string", "format": "timer"},
            "ip": {"type": "string", "format": "ipv4"},
            "ip6": {"type": "string", "format": "ipv6"},
            "docs": {"type": "string", "format": "labeled-url"}},
          "required": ["language"]},
        "relations": {
            "system": {"target": "system", "required": true, "many": false},
            "dependsOn": {"target": "service", "required": false, "many": true}}
    })").object());
}

Entity entity(const char *json)
{
    return Entity::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

} // namespace

class TestEntityValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validEntityHasNoProblems()
    {
        const Blueprint bp = serviceBlueprint();
        const Entity e = entity(R"({"identifier": "cart", "blueprint": "service",
            "properties": {"language": "Go", "replicas": 3, "public": true, "labels": {"a": 1}, "tags": ["a"],
                           "repo": "https:\/\/git.example.com/cart", "owner": "a@example.com", "onCall": "b@example.com",
                           "since": "2026-01-02T03:04:05Z", "ttl": "2026-12-01T00:00:00.000Z", "ip": "10.0.0.1",
                           "ip6": "::1", "docs": {"url": "https:\/\/docs.example.com", "displayText": "Docs"}},
            "relations": {"system": "shop", "dependsOn": ["auth", "db"]}})");
        const Problems problems = EntityValidator(bp).validate(e);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    }

    void eachRuleReportsPathAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const char *props, const char *relations, const char *path, const char *reason,
                            const char *identifier = "cart") {
            QTest::newRow(name) << QByteArray("{\"identifier\": \"") + identifier + "\", \"properties\": " + props
                    + ", \"relations\": " + relations + "}"
                                << QString::fromUtf8(path) << QString::fromUtf8(reason);
        };
        const char *ok = R"({"system": "shop"})";
        row("wrong type: number as string", R"({"language": "Go", "replicas": "3"})", ok, "$.properties.replicas", "expected number, found string");
        row("wrong type: boolean", R"({"language": "Go", "public": "yes"})", ok, "$.properties.public", "expected boolean");
        row("wrong type: object", R"({"language": "Go", "labels": []})", ok, "$.properties.labels", "expected object, found array");
        row("not in enum", R"({"language": "Cobol"})", ok, "$.properties.language", "is not one of \"Go\", \"Python\"");
        row("array item not in enum", R"({"language": "Go", "tags": ["a", "z"]})", ok, "$.properties.tags[1]", "is not one of");
        row("missing required property", R"({})", ok, "$.properties.language", "required property is missing");
        row("null required property", R"({"language": null})", ok, "$.properties.language", "required property is missing");
        row("unknown property", R"({"language": "Go", "colour": "red"})", ok, "$.properties.colour", "has no property \"colour\"");
        row("bad url", R"({"language": "Go", "repo": "not a url"})", ok, "$.properties.repo", "not an absolute URL");
        row("bad email", R"({"language": "Go", "owner": "nobody"})", ok, "$.properties.owner", "not an e-mail address");
        row("bad user", R"({"language": "Go", "onCall": "bob"})", ok, "$.properties.onCall", "not an e-mail address");
        row("bad date-time", R"({"language": "Go", "since": "yesterday"})", ok, "$.properties.since", "not an ISO 8601 date-time");
        row("bad timer", R"({"language": "Go", "ttl": "soon"})", ok, "$.properties.ttl", "not an ISO 8601 date-time");
        row("bad ipv4", R"({"language": "Go", "ip": "::1"})", ok, "$.properties.ip", "not an IPv4 address");
        row("bad ipv6", R"({"language": "Go", "ip6": "10.0.0.1"})", ok, "$.properties.ip6", "not an IPv6 address");
        row("bad labeled-url", R"({"language": "Go", "docs": "https:\/\/x.example"})", ok, "$.properties.docs", "labeled-url is an object");
        row("missing required relation", R"({"language": "Go"})", "{}", "$.relations.system", "required relation to system is missing");
        row("unknown relation", R"({"language": "Go"})", R"({"system": "shop", "owner": "x"})", "$.relations.owner", "has no relation \"owner\"");
        row("list for a single relation", R"({"language": "Go"})", R"({"system": ["a", "b"]})", "$.relations.system", "takes one entity");
        row("relation value not an id", R"({"language": "Go"})", R"({"system": 5})", "$.relations.system", "must be an entity identifier");
        row("bad identifier", R"({"language": "Go"})", ok, "$.identifier", "does not match", "cart service");
        row("empty identifier", R"({"language": "Go"})", ok, "$.identifier", "is empty", "");
    }

    void eachRuleReportsPathAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const Blueprint bp = serviceBlueprint();
        Problems problems;
        const Entity e = Entity::fromJson(QJsonDocument::fromJson(json).object(), &problems);
        problems.append(EntityValidator(bp).validate(e));
        const auto hit = std::find_if(problems.begin(), problems.end(),
                                      [&](const Problem &p) { return p.path == path && p.message.contains(reason); });
        QStringList all;
        for (const Problem &p : problems)
            all.append(p.toString());
        QVERIFY2(hit != problems.end(), qPrintable(u"expected %1: …%2…; got: %3"_s.arg(path, reason, all.join(u" | "_s))));
        QVERIFY(hit->isError());
    }

    void relationToMissingEntityIsReportedWhenExistenceIsKnown()
    {
        const Blueprint bp = serviceBlueprint();
        const Entity e = entity(R"({"identifier": "cart", "properties": {"language": "Go"},
                                    "relations": {"system": "shop", "dependsOn": ["auth", "ghost"]}})");
        const auto exists = [](const QString &, const QString &id) { return id != "ghost"_L1; };
        const Problems problems = EntityValidator(bp, exists).validate(e);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, u"$.relations.dependsOn"_s);
        QVERIFY(problems.first().message.contains("no service entity \"ghost\""_L1));
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        const Blueprint bp = serviceBlueprint();
        const Entity e = entity(R"({"identifier": "cart", "properties": {"replicas": "x", "repo": "y"}, "relations": {}})");
        const Problems problems = EntityValidator(bp).validate(e);
        QCOMPARE(problems.size(), 4); // replicas type, repo format, missing language, missing system
    }
};

QTEST_GUILESS_MAIN(TestEntityValidator)
#include "tst_entityvalidator.moc"
