// Blueprint validation: identifiers, types, enums, relations, mirror paths (and cycles),
// calculations (compiled with real jq) and aggregations.
#include "schema/blueprint.h"
#include "schema/blueprintvalidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Blueprint parse(const QByteArray &json)
{
    return Blueprint::fromJson(QJsonDocument::fromJson(json).object());
}

// A small portal the rows can point into: team ← service → system.
QHash<QString, Blueprint> portal()
{
    QHash<QString, Blueprint> all;
    for (const char *json : {
             R"({"identifier": "team", "schema": {"properties": {"size": {"type": "number"}, "name": {"type": "string"}}}})",
             R"({"identifier": "system", "schema": {"properties": {"tier": {"type": "string"}}},
                 "relations": {"team": {"target": "team", "many": false}}})",
         }) {
        const Blueprint bp = parse(QByteArray(json));
        all.insert(bp.identifier, bp);
    }
    return all;
}

Problems validate(const Blueprint &bp)
{
    QHash<QString, Blueprint> all = portal();
    all.insert(bp.identifier, bp);
    return BlueprintValidator([&all](const QString &id) -> const Blueprint * {
               const auto it = all.constFind(id);
               return it == all.cend() ? nullptr : &*it;
           })
        .validate(bp);
}

} // namespace

class TestBlueprintValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormedBlueprintPasses()
    {
        const Blueprint bp = parse(R"({"identifier": "service", "title": "Service",
            "schema": {"properties": {"lang": {"type": "string", "enum": ["Go"], "enumColors": {"Go": "blue"}, "default": "Go"},
                                      "url": {"type": "string", "format": "url"}}, "required": ["lang"]},
            "relations": {"system": {"target": "system", "required": true, "many": false},
                          "peers": {"target": "service", "many": true}},
            "mirrorProperties": {"tier": {"path": "system.tier"}, "teamName": {"path": "system.team.$title"}},
            "calculationProperties": {"slack": {"type": "string", "calculation": ".identifier | ascii_downcase"}},
            "aggregationProperties": {"peerCount": {"target": "service", "calculationSpec": {"calculationBy": "entities", "func": "count"}}},
            "ownership": {"type": "Direct"}})");
        const Problems problems = validate(bp);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    }

    void eachDefectIsReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad blueprint identifier") << QByteArray(R"({"identifier": "my service"})") << u"$.identifier"_s << u"does not match"_s;
        QTest::newRow("identifier too long") << (QByteArray("{\"identifier\": \"") + QByteArray(101, 'x') + "\"}") << u"$.identifier"_s << u"at most 100"_s;
        QTest::newRow("description too long") << (QByteArray("{\"identifier\": \"s\", \"description\": \"") + QByteArray(201, 'x') + "\"}") << u"$.description"_s << u"longer than 200"_s;
        QTest::newRow("bad property identifier") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a b": {"type": "string"}}}})") << u"$.schema.properties.a b"_s << u"does not match"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "text"}}}})") << u"$.schema.properties.a.type"_s << u"\"text\" is not one of"_s;
        QTest::newRow("unknown format") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "string", "format": "phone"}}}})") << u"$.schema.properties.a.format"_s << u"unknown format"_s;
        QTest::newRow("enum value of wrong type") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "string", "enum": ["x", 3]}}}})") << u"$.schema.properties.a.enum[1]"_s << u"not a string"_s;
        QTest::newRow("colour outside palette") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "string", "enum": ["x"], "enumColors": {"x": "mauve"}}}}})") << u"$.schema.properties.a.enumColors.x"_s << u"not one of Port's colours"_s;
        QTest::newRow("colour for unknown value") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "string", "enum": ["x"], "enumColors": {"y": "blue"}}}}})") << u"$.schema.properties.a.enumColors.y"_s << u"not in enum"_s;
        QTest::newRow("default not in enum") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "string", "enum": ["x"], "default": "y"}}}})") << u"$.schema.properties.a.default"_s << u"is not one of"_s;
        QTest::newRow("default of wrong type") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"a": {"type": "number", "default": "1"}}}})") << u"$.schema.properties.a.default"_s << u"expected number"_s;
        QTest::newRow("required names no property") << QByteArray(R"({"identifier": "s", "schema": {"properties": {}, "required": ["ghost"]}})") << u"$.schema.required[0]"_s << u"not a property"_s;
        QTest::newRow("properties not an object") << QByteArray(R"({"identifier": "s", "schema": {"properties": []}})") << u"$.schema.properties"_s << u"must be an object"_s;
        QTest::newRow("unknown relation target") << QByteArray(R"({"identifier": "s", "relations": {"r": {"target": "ghost"}}})") << u"$.relations.r.target"_s << u"unknown blueprint \"ghost\""_s;
        QTest::newRow("relation without target") << QByteArray(R"({"identifier": "s", "relations": {"r": {"many": true}}})") << u"$.relations.r.target"_s << u"target blueprint is missing"_s;
        QTest::newRow("many and required") << QByteArray(R"({"identifier": "s", "relations": {"r": {"target": "team", "many": true, "required": true}}})") << u"$.relations.r"_s << u"both \"many\" and \"required\""_s;
        QTest::newRow("relation shadows property") << QByteArray(R"({"identifier": "s", "schema": {"properties": {"team": {"type": "string"}}}, "relations": {"team": {"target": "team"}}})") << u"$.relations.team"_s << u"same identifier"_s;
        QTest::newRow("mirror through non-relation") << QByteArray(R"({"identifier": "s", "mirrorProperties": {"m": {"path": "nothing.name"}}})") << u"$.mirrorProperties.m.path"_s << u"not a relation of s"_s;
        QTest::newRow("mirror to unknown property") << QByteArray(R"({"identifier": "s", "relations": {"system": {"target": "system"}}, "mirrorProperties": {"m": {"path": "system.ghost"}}})") << u"$.mirrorProperties.m.path"_s << u"not a property of system"_s;
        QTest::newRow("mirror path too short") << QByteArray(R"({"identifier": "s", "mirrorProperties": {"m": {"path": "name"}}})") << u"$.mirrorProperties.m.path"_s << u"must be relation"_s;
        QTest::newRow("mirror cycle") << QByteArray(R"({"identifier": "s", "relations": {"self": {"target": "s"}},
            "mirrorProperties": {"a": {"path": "self.b"}, "b": {"path": "self.a"}}})") << u"$.mirrorProperties.a.path"_s << u"form a cycle"_s;
        QTest::newRow("calculation does not compile") << QByteArray(R"({"identifier": "s", "calculationProperties": {"c": {"type": "string", "calculation": ".identifier +"}}})") << u"$.calculationProperties.c.calculation"_s << u"jq does not compile"_s;
        QTest::newRow("aggregation to unknown target") << QByteArray(R"({"identifier": "s", "aggregationProperties": {"n": {"target": "ghost", "calculationSpec": {"func": "count"}}}})") << u"$.aggregationProperties.n.target"_s << u"unknown blueprint"_s;
        QTest::newRow("aggregation function unknown") << QByteArray(R"({"identifier": "s", "aggregationProperties": {"n": {"target": "team", "calculationSpec": {"calculationBy": "entities", "func": "mode"}}}})") << u"$.aggregationProperties.n.calculationSpec.func"_s << u"\"mode\" is not one of"_s;
        QTest::newRow("aggregation of text property") << QByteArray(R"({"identifier": "s", "aggregationProperties": {"n": {"target": "team", "calculationSpec": {"calculationBy": "property", "func": "sum", "property": "name"}}}})") << u"$.aggregationProperties.n.calculationSpec.property"_s << u"not a number property"_s;
        QTest::newRow("ownership type unknown") << QByteArray(R"({"identifier": "s", "ownership": {"type": "Shared"}})") << u"$.ownership.type"_s << u"\"Direct\" or \"Inherited\""_s;
        QTest::newRow("inherited ownership without path") << QByteArray(R"({"identifier": "s", "ownership": {"type": "Inherited"}})") << u"$.ownership.path"_s << u"needs a relation path"_s;
    }

    void eachDefectIsReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const Problems problems = validate(parse(json));
        QStringList all;
        for (const Problem &p : problems)
            all.append(p.toString());
        const bool found = std::any_of(problems.begin(), problems.end(),
                                       [&](const Problem &p) { return p.path == path && p.message.contains(reason) && p.isError(); });
        QVERIFY2(found, qPrintable(u"expected %1: …%2…; got: %3"_s.arg(path, reason, all.join(u" | "_s))));
    }
};

QTEST_GUILESS_MAIN(TestBlueprintValidator)
#include "tst_blueprintvalidator.moc"
