// Port JSON import: every way an input can be wrong is reported where it is (file, line, column
// or JSON path), and a failed import changes nothing in the store.
#include "exporting/portalexporter.h"
#include "importing/catalogimporter.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString seedDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/seed");

// The portal every test starts from: squads own services; a service has one property of each
// kind the validator checks, a required property and a required single relation.
// (URLs are written "https:\/\/…": moc reads "//" inside a raw string as a comment.)
const QByteArray baseBundle = R"({
  "blueprints": [
    {"identifier": "squad", "title": "Squad", "schema": {"properties": {"slack": {"type": "string"}}, "required": []},
     "relations": {}},
    {"identifier": "service", "title": "Service",
     "schema": {"properties": {
        "tier": {"type": "string", "enum": ["gold", "silver"]},
        "replicas": {"type": "number"},
        "public": {"type": "boolean"},
        "homepage": {"type": "string", "format": "url"},
        "oncall": {"type": "string", "format": "email"},
        "launched": {"type": "string", "format": "date-time"}},
       "required": ["tier"]},
     "relations": {"owner": {"target": "squad", "required": true, "many": false},
                   "dependsOn": {"target": "service", "required": false, "many": true}}}
  ],
  "entities": [
    {"identifier": "payments", "blueprint": "squad", "title": "Payments", "properties": {"slack": "#payments"}},
    {"identifier": "platform", "blueprint": "squad", "title": "Platform"},
    {"identifier": "checkout", "blueprint": "service", "title": "Checkout",
     "properties": {"tier": "gold", "replicas": 3, "public": true, "homepage": "https:\/\/shop.example.com",
                    "oncall": "pay@example.com", "launched": "2026-01-05T10:00:00Z"},
     "relations": {"owner": "payments", "dependsOn": []}}
  ]
})";

// Everything a store holds that an import could change.
struct Snapshot {
    QJsonObject stats;
    QByteArray exported; // the JSON bundle, or the exporter's error
    QByteArray contents; // every blueprint and entity as read back, independent of the exporter
    QStringList dangling;
    qsizetype auditEntries = 0;
};

Snapshot snapshot(CatalogStore &store)
{
    Snapshot s;
    s.stats = store.stats();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = PortalExporter(store).write(buffer, PortalExporter::Format::Json);
    s.exported = error.isEmpty() ? buffer.data() : QByteArray("export failed: " + error.toUtf8());
    for (const Blueprint &bp : store.blueprints()) {
        s.contents += QJsonDocument(bp.json).toJson(QJsonDocument::Compact) + '\n';
        for (const Entity &e : store.entities(bp.identifier))
            s.contents += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    s.dangling = store.danglingRelations();
    s.auditEntries = store.recentAudit(1 << 30).size();
    return s;
}

// Fails the calling test (check QTest::currentTestFailed()) when the store differs from `before`.
void verifyUnchanged(const Snapshot &before, CatalogStore &store)
{
    const Snapshot after = snapshot(store);
    QCOMPARE(after.stats, before.stats);
    QCOMPARE(after.contents, before.contents);
    QCOMPARE(after.exported, before.exported);
    QCOMPARE(after.dangling, before.dangling);
    QCOMPARE(after.auditEntries, before.auditEntries);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.isEmpty() ? u"(no problems)"_s : lines.join(u'\n');
}

Problems errorsOf(const Problems &problems)
{
    Problems errors;
    for (const Problem &p : problems) {
        if (p.isError())
            errors.append(p);
    }
    return errors;
}

// A valid service entity with `change` applied: keys of `change` replace the base's, keys in
// `remove` are dropped.
QByteArray service(const QJsonObject &change, const QStringList &remove = {})
{
    QJsonObject e{{u"identifier"_s, u"cart"_s},
                  {u"blueprint"_s, u"service"_s},
                  {u"title"_s, u"Cart"_s},
                  {u"properties"_s, QJsonObject{{u"tier"_s, u"silver"_s}}},
                  {u"relations"_s, QJsonObject{{u"owner"_s, u"payments"_s}}}};
    for (auto it = change.begin(); it != change.end(); ++it)
        e.insert(it.key(), it.value());
    for (const QString &key : remove)
        e.remove(key);
    return QJsonDocument(e).toJson(QJsonDocument::Indented);
}

QJsonObject properties(const QJsonObject &extra)
{
    QJsonObject p{{u"tier"_s, u"silver"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

QStringList sortedKeys(const QList<EntityKey> &keys)
{
    QStringList out;
    for (const EntityKey &k : keys)
        out.append(k.blueprint + u'/' + k.identifier);
    out.sort();
    return out;
}

// The README's table: entity file → blueprint.
QMap<QString, QString> seedBlueprintsByFile()
{
    QMap<QString, QString> byFile;
    QFile readme(seedDir + u"/README.md"_s);
    if (!readme.open(QIODevice::ReadOnly))
        return byFile;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(u'\n')) {
        const QStringList cells = line.split(u'|');
        if (cells.size() >= 5 && cells.at(1).trimmed().endsWith(".json"_L1))
            byFile.insert(cells.at(1).trimmed(), cells.at(3).trimmed());
    }
    return byFile;
}

} // namespace

class TestPortImport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CatalogImporter::Result import(const QStringList &paths, CatalogImporter::Options options = {})
    {
        if (options.actor.isEmpty())
            options.actor = u"tester"_s;
        return CatalogImporter(*m_store, options).importPaths(paths);
    }

    // Checks that the import failed with exactly one error, at `file` and `path`, saying `message`.
    static void verifySingleError(const CatalogImporter::Result &result, const QString &file, const QString &path,
                                  const QString &message)
    {
        QVERIFY2(!result.ok, qPrintable(describe(result.problems)));
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        QCOMPARE(errors.first().file, file);
        QCOMPARE(errors.first().path, path);
        QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().toString()));
        QCOMPARE(result.blueprints, 0);
        QCOMPARE(result.entities, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFileInfo::exists(seedDir + u"/blueprints/resource.json"_s));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<CatalogStore>(u":memory:"_s);
        QVERIFY2(m_store->isOpen(), qPrintable(m_store->error()));
        const CatalogImporter::Result base = import({writeFile(u"base/portal.json"_s, baseBundle)});
        QVERIFY2(base.ok, qPrintable(describe(base.problems)));
        QCOMPARE(base.entities, 3);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void importRejectsSeedResourceBlueprintAtLine2Column2()
    {
        const Snapshot before = snapshot(*m_store);
        const QString file = seedDir + u"/blueprints/resource.json"_s;
        const CatalogImporter::Result result = import({file});
        QVERIFY2(!result.ok, "the seed resource.json is not JSON");
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        const Problem &p = errors.first();
        QCOMPARE(p.file, file);
        QCOMPARE(p.line, 2);
        QCOMPARE(p.column, 2);
        QVERIFY2(p.message.contains(u"\u201C"_s), qPrintable(p.message));
        QVERIFY2(p.message.contains("U+201C"_L1), qPrintable(p.message));
        QVERIFY2(p.message.contains("typographic quote"_L1), qPrintable(p.message));
        QVERIFY2(p.message.contains("--repair-quotes"_L1), qPrintable(p.message));
        QVERIFY(p.toString().startsWith(QString(file + u":2:2: "_s)));
        QVERIFY(!m_store->blueprint(u"Resource"_s));
        verifyUnchanged(before, *m_store);
    }

    void importRejectsTypographicQuotes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("quote");

        QTest::newRow("left double quote opening a key") << "{\n  \u201Cidentifier\": \"x\"\n}"_ba << 2 << 3 << u"\u201C"_s;
        QTest::newRow("right double quotes around a value")
            << "{\"identifier\": \u201Dx\u201D}"_ba << 1 << 16 << u"\u201D"_s;
        QTest::newRow("column counts characters, not bytes")
            << "{\"title\": \"Caf\u00E9\", \u201Cx\u201D: 1}"_ba << 1 << 19 << u"\u201C"_s;
        QTest::newRow("German low quote") << "[\n\n   \u201Eidentifier\u201C]"_ba << 3 << 4 << u"\u201E"_s;
        QTest::newRow("single typographic quote") << "{\u2018identifier\u2019: 1}"_ba << 1 << 2 << u"\u2018"_s;
    }

    void importRejectsTypographicQuotes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, quote);
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"quotes.json"_s, text);
        const CatalogImporter::Result result = import({file});
        QVERIFY2(!result.ok, qPrintable(describe(result.problems)));
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        QCOMPARE(errors.first().file, file);
        QCOMPARE(errors.first().line, line);
        QCOMPARE(errors.first().column, column);
        QVERIFY2(errors.first().message.contains(quote), qPrintable(errors.first().message));
        const QString codePoint = u"U+"_s + QString::number(quote.at(0).unicode(), 16).toUpper();
        QVERIFY2(errors.first().message.contains(codePoint), qPrintable(errors.first().message));
        verifyUnchanged(before, *m_store);
    }

    void importRepairsSeedResourceBlueprintWhenAsked()
    {
        const QString file = seedDir + u"/blueprints/resource.json"_s;
        const CatalogImporter::Result result = import({file}, {{}, /*repairQuotes=*/true, false, {}, {}});
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.blueprints, 1);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(!result.problems.first().isError());
        QCOMPARE(result.problems.first().file, file);
        QCOMPARE(result.problems.first().message, u"repaired 46 typographic quotes"_s);
        const std::optional<Blueprint> resource = m_store->blueprint(u"Resource"_s);
        QVERIFY(resource);
        QCOMPARE(resource->title, u"Resource"_s);
        QCOMPARE(resource->icon, u"DevopsTool"_s);
        const PropertyDef *type = resource->property(u"type");
        QVERIFY(type);
        QCOMPARE(type->type, u"string"_s);
        QCOMPARE(type->enumValues,
                 (QJsonArray{u"postgress"_s, u"kafka-topic"_s, u"rabbit-queue"_s, u"s3-bucket"_s}));
    }

    void repairKeepsTypographicQuotesInsideOrdinaryStrings()
    {
        const QByteArray text = "{\u201Cidentifier\u201D: \u201Cquoted\u201D, \"blueprint\": \"squad\",\n"
                                " \"title\": \"The \u201Cquoted\u201D squad\",\n"
                                " \u201Cproperties\u201D: {\u201Cslack\u201D: \u201C#it-help\u201D}}"_ba;
        const QString file = writeFile(u"repair.json"_s, text);
        const CatalogImporter::Result result = import({file}, {{}, true, false, {}, {}});
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        const std::optional<Entity> squad = m_store->entity(u"squad"_s, u"quoted"_s);
        QVERIFY(squad);
        QCOMPARE(squad->title, u"The \u201Cquoted\u201D squad"_s);
        QCOMPARE(squad->properties.value("slack"_L1).toString(), u"#it-help"_s);
    }

    void importRejectsMalformedJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("bug");

        // Positions are those of the first character that cannot continue the JSON text.
        const QString offByOne = u"JsonSource::parse reports QJsonParseError::offset, which points one character "
                                 "past the offending one"_s;
        QTest::newRow("missing comma between members")
            << "{\n  \"identifier\": \"a\"\n  \"title\": \"b\"\n}"_ba << 3 << 3 << offByOne;
        QTest::newRow("trailing comma") << "{\"identifier\": \"a\",}"_ba << 1 << 20 << offByOne;
        QTest::newRow("unquoted key") << "{ identifier: \"a\" }"_ba << 1 << 3 << offByOne;
        QTest::newRow("single-quoted key") << "{'identifier': 1}"_ba << 1 << 2 << offByOne;
        QTest::newRow("misspelt literal") << "{\n\"public\": tru}"_ba << 2 << 11 << offByOne;
        QTest::newRow("doubled comma in a list") << "{\n\"a\": [1,\n 2,,3]}"_ba << 3 << 4 << offByOne;
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << QString();
        QTest::newRow("text after the document") << "{}\n\n  x"_ba << 3 << 3 << QString();
        QTest::newRow("text after the document, after a multi-byte character")
            << "{\"title\": \"\u00E9\u00E9\"} x"_ba << 1 << 17 << QString();
        QTest::newRow("unterminated list at end of file") << "[\n  {}"_ba << 2 << 5 << QString();
    }

    void importRejectsMalformedJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, bug);
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"broken.json"_s, text);
        const CatalogImporter::Result result = import({file});
        QVERIFY2(!result.ok, qPrintable(describe(result.problems)));
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        QCOMPARE(errors.first().file, file);
        QVERIFY2(errors.first().message.startsWith("not valid JSON: "_L1), qPrintable(errors.first().message));
        verifyUnchanged(before, *m_store);
        QCOMPARE((std::pair{errors.first().line, errors.first().column}), (std::pair{line, column}));
    }

    void importRejectsFilesThatAreNotObjectsOrLists_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("string") << "\"just a string\"\n"_ba;
        QTest::newRow("number") << "42\n"_ba;
        QTest::newRow("boolean") << "true\n"_ba;
    }

    // A scalar is valid JSON but neither a blueprint nor an entity: the message must say what
    // was expected instead of calling the file "not valid JSON".
    void importRejectsFilesThatAreNotObjectsOrLists()
    {
        QFETCH(QByteArray, text);
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"scalar.json"_s, text);
        const CatalogImporter::Result result = import({file});
        QVERIFY2(!result.ok, qPrintable(describe(result.problems)));
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        QCOMPARE(errors.first().file, file);
        verifyUnchanged(before, *m_store);
        QVERIFY2(errors.first().message.contains("expected a blueprint, an entity"_L1), qPrintable(errors.first().toString()));
    }

    void importRejectsListItemsThatAreNotObjects()
    {
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"numbers.json"_s, "[1, \"two\"]"_ba);
        const CatalogImporter::Result result = import({file});
        QVERIFY(!result.ok);
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 2, qPrintable(describe(result.problems)));
        QCOMPARE(errors.at(0).path, u"$[0]"_s);
        QCOMPARE(errors.at(1).path, u"$[1]"_s);
        for (const Problem &p : errors) {
            QCOMPARE(p.file, file);
            QCOMPARE(p.message, u"expected an object"_s);
        }
        verifyUnchanged(before, *m_store);
    }

    void importReportsMissingAndUnreadableFiles()
    {
        const Snapshot before = snapshot(*m_store);
        const QString missing = m_dir->filePath(u"nowhere.json"_s);
        CatalogImporter::Result result = import({missing});
        QVERIFY(!result.ok);
        QCOMPARE(errorsOf(result.problems).size(), 1);
        QCOMPARE(result.problems.first().file, missing);
        QVERIFY(result.problems.first().message.contains("no such file"_L1));

        const QString latin1 = writeFile(u"latin1.json"_s, "{\"identifier\": \"caf\xE9\"}"_ba);
        result = import({latin1});
        QVERIFY(!result.ok);
        QCOMPARE(errorsOf(result.problems).size(), 1);
        QCOMPARE(result.problems.first().file, latin1);
        QVERIFY2(result.problems.first().message.contains("UTF-8"_L1), qPrintable(result.problems.first().message));
        verifyUnchanged(before, *m_store);
    }

    void importRejectsInvalidEntity_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("bug");

        QTest::newRow("number property given a string")
            << service({{u"properties"_s, properties({{u"replicas"_s, u"three"_s}})}}) << u"$.properties.replicas"_s
            << u"expected number, found string"_s << QString();
        QTest::newRow("boolean property given a number")
            << service({{u"properties"_s, properties({{u"public"_s, 1}})}}) << u"$.properties.public"_s
            << u"expected boolean, found number"_s << QString();
        QTest::newRow("string property given a list")
            << service({{u"properties"_s, properties({{u"oncall"_s, QJsonArray{u"a@b.c"_s}}})}})
            << u"$.properties.oncall"_s << u"expected string, found array"_s << QString();
        QTest::newRow("value not in enum") << service({{u"properties"_s, QJsonObject{{u"tier"_s, u"bronze"_s}}}})
                                           << u"$.properties.tier"_s << u"\"bronze\" is not one of \"gold\", \"silver\""_s
                                           << QString();
        QTest::newRow("enum value in the wrong case")
            << service({{u"properties"_s, QJsonObject{{u"tier"_s, u"Gold"_s}}}}) << u"$.properties.tier"_s
            << u"\"Gold\" is not one of"_s << QString();
        QTest::newRow("missing required property") << service({{u"properties"_s, QJsonObject{}}})
                                                   << u"$.properties.tier"_s << u"required property is missing"_s
                                                   << QString();
        QTest::newRow("required property set to null")
            << service({{u"properties"_s, QJsonObject{{u"tier"_s, QJsonValue::Null}}}}) << u"$.properties.tier"_s
            << u"required property is missing"_s << QString();
        QTest::newRow("url without scheme")
            << service({{u"properties"_s, properties({{u"homepage"_s, u"shop.example.com/cart"_s}})}})
            << u"$.properties.homepage"_s << u"\"shop.example.com/cart\" is not an absolute URL"_s << QString();
        QTest::newRow("email without at sign")
            << service({{u"properties"_s, properties({{u"oncall"_s, u"pay.example.com"_s}})}})
            << u"$.properties.oncall"_s << u"\"pay.example.com\" is not an e-mail address"_s << QString();
        QTest::newRow("date-time in prose")
            << service({{u"properties"_s, properties({{u"launched"_s, u"5 January 2026"_s}})}})
            << u"$.properties.launched"_s << u"\"5 January 2026\" is not an ISO 8601 date-time"_s << QString();
        QTest::newRow("date-time that does not exist")
            << service({{u"properties"_s, properties({{u"launched"_s, u"2026-02-30T10:00:00Z"_s}})}})
            << u"$.properties.launched"_s << u"is not an ISO 8601 date-time"_s << QString();
        QTest::newRow("unknown property")
            << service({{u"properties"_s, properties({{u"colour"_s, u"red"_s}})}}) << u"$.properties.colour"_s
            << u"blueprint \"service\" has no property \"colour\""_s << QString();
        QTest::newRow("properties not an object") << service({{u"properties"_s, QJsonArray{u"tier"_s}}})
                                                  << u"$.properties"_s << u"must be an object"_s << QString();
        QTest::newRow("relation to a missing entity")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, u"ghost"_s}}}}) << u"$.relations.owner"_s
            << u"relation \"owner\" points at missing squad entity \"ghost\""_s << QString();
        QTest::newRow("relation to an entity of another blueprint")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, u"checkout"_s}}}}) << u"$.relations.owner"_s
            << u"points at missing squad entity \"checkout\""_s << QString();
        QTest::newRow("many relation with one missing target")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, u"payments"_s},
                                                     {u"dependsOn"_s, QJsonArray{u"checkout"_s, u"ghost"_s}}}}})
            << u"$.relations.dependsOn"_s << u"points at missing service entity \"ghost\""_s << QString();
        QTest::newRow("many:false relation given a list")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, QJsonArray{u"payments"_s, u"platform"_s}}}}})
            << u"$.relations.owner"_s << u"relation \"owner\" takes one entity, found a list"_s << QString();
        QTest::newRow("many:false relation given a one-item list")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, QJsonArray{u"payments"_s}}}}})
            << u"$.relations.owner"_s << u"takes one entity, found a list"_s
            << u"EntityValidator::checkRelations only rejects lists of more than one item for a many:false "
               "relation; [\"payments\"] is accepted and stored as a list"_s;
        QTest::newRow("relation given a number")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, 7}}}}) << u"$.relations.owner"_s
            << u"must be an entity identifier or a list of them"_s << QString();
        QTest::newRow("unknown relation")
            << service({{u"relations"_s, QJsonObject{{u"owner"_s, u"payments"_s}, {u"friend"_s, u"checkout"_s}}}})
            << u"$.relations.friend"_s << u"blueprint \"service\" has no relation \"friend\""_s << QString();
        QTest::newRow("missing required relation") << service({{u"relations"_s, QJsonObject{}}})
                                                   << u"$.relations.owner"_s
                                                   << u"required relation to squad is missing"_s << QString();
        QTest::newRow("unknown blueprint") << service({{u"blueprint"_s, u"microservice"_s}}) << u"$.blueprint"_s
                                           << u"unknown blueprint \"microservice\""_s << QString();
        QTest::newRow("no blueprint and no default") << service({}, {u"blueprint"_s}) << u"$.blueprint"_s
                                                     << u"does not name its blueprint"_s << QString();
        QTest::newRow("no identifier") << service({}, {u"identifier"_s}) << u"$.identifier"_s
                                       << u"the entity has no identifier"_s << QString();
        QTest::newRow("identifier with a space") << service({{u"identifier"_s, u"cart service"_s}})
                                                 << u"$.identifier"_s << u"\"cart service\" does not match"_s
                                                 << QString();
        QTest::newRow("title not a string") << service({{u"title"_s, 5}}) << u"$.title"_s << u"must be a string"_s
                                            << QString();
    }

    void importRejectsInvalidEntity()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, bug);
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"entities/cart.json"_s, json);
        const CatalogImporter::Result result = import({file});
        verifySingleError(result, file, path, message);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_store->entity(u"service"_s, u"cart"_s));
        verifyUnchanged(before, *m_store);
    }

    void importLocatesErrorsInsideListsAndBundles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QByteArray good = R"({"identifier": "good", "blueprint": "service", "properties": {"tier": "gold"},
                                    "relations": {"owner": "platform"}})";
        const QByteArray badTier = R"({"identifier": "bad", "blueprint": "service", "properties": {"tier": "tin"},
                                       "relations": {"owner": "platform"}})";
        const QByteArray dangling = R"({"identifier": "lost", "blueprint": "service", "properties": {"tier": "gold"},
                                        "relations": {"owner": "nobody"}})";
        const QByteArray badBlueprint = R"({"identifier": "widget", "schema": {"properties": {}},
                                            "relations": {"maker": {"target": "factory"}}})";
        QTest::newRow("second item of a list") << QByteArray("[" + good + ",\n" + badTier + "]") << u"$[1].properties.tier"_s
                                               << u"\"tin\" is not one of"_s;
        QTest::newRow("dangling relation in a list") << QByteArray("[" + dangling + ",\n" + good + "]")
                                                     << u"$[0].relations.owner"_s << u"missing squad entity \"nobody\""_s;
        QTest::newRow("entity of a bundle") << QByteArray(R"({"blueprints": [], "entities": [)" + good + ",\n" + badTier + "]}")
                                            << u"$.entities[1].properties.tier"_s << u"\"tin\" is not one of"_s;
        QTest::newRow("dangling relation in a bundle")
            << QByteArray(R"({"entities": [)" + good + ",\n" + dangling + "]}") << u"$.entities[1].relations.owner"_s
            << u"missing squad entity \"nobody\""_s;
        QTest::newRow("blueprint of a bundle")
            << QByteArray(R"({"blueprints": [{"identifier": "gadget", "schema": {"properties": {}}}, )" + badBlueprint
                          + R"(], "entities": [)" + good + "]}")
            << u"$.blueprints[1].relations.maker.target"_s << u"unknown blueprint \"factory\""_s;
        QTest::newRow("blueprint of a list") << QByteArray("[" + badBlueprint + "]") << u"$[0].relations.maker.target"_s
                                             << u"unknown blueprint \"factory\""_s;
    }

    void importLocatesErrorsInsideListsAndBundles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"many.json"_s, json);
        verifySingleError(import({file}), file, path, message);
        if (QTest::currentTestFailed())
            return;
        verifyUnchanged(before, *m_store);
    }

    void seedEntityFilesWithoutBlueprintAreRejected()
    {
        const CatalogImporter::Result blueprints = import({seedDir + u"/blueprints"_s}, {{}, true, false, {}, {}});
        QVERIFY2(blueprints.ok, qPrintable(describe(blueprints.problems)));
        const Snapshot before = snapshot(*m_store);
        const CatalogImporter::Result result = import({seedDir + u"/entities"_s});
        QVERIFY(!result.ok);
        QStringList named;
        for (const Problem &p : errorsOf(result.problems)) {
            QCOMPARE(p.path, u"$.blueprint"_s);
            QVERIFY2(p.message.contains("--blueprint"_L1), qPrintable(p.message));
            named.append(QFileInfo(p.file).fileName());
        }
        named.sort();
        QStringList withoutBlueprint;
        const QMap<QString, QString> table = seedBlueprintsByFile();
        for (auto it = table.begin(); it != table.end(); ++it) {
            QFile file(seedDir + u"/entities/"_s + it.key());
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (!QJsonDocument::fromJson(file.readAll()).object().contains("blueprint"_L1))
                withoutBlueprint.append(it.key());
        }
        QCOMPARE(withoutBlueprint.size(), 6);
        QCOMPARE(named, withoutBlueprint);
        verifyUnchanged(before, *m_store);
    }

    void defaultBlueprintAppliesOnlyToFilesThatNameNone()
    {
        const QString unnamed = writeFile(u"ops.json"_s, R"({"identifier": "ops", "title": "Ops"})");
        const QString named = writeFile(u"search.json"_s, R"({"identifier": "search", "blueprint": "service",
            "properties": {"tier": "gold"}, "relations": {"owner": "ops"}})");
        const CatalogImporter::Result result = import({named, unnamed}, {u"squad"_s, false, false, {}, {}});
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.entities, 2);
        QVERIFY(m_store->entity(u"squad"_s, u"ops"_s));
        QVERIFY(!m_store->entity(u"squad"_s, u"search"_s));
        const std::optional<Entity> search = m_store->entity(u"service"_s, u"search"_s);
        QVERIFY(search);
        QCOMPARE(search->relationTargets(u"owner"_s), QStringList{u"ops"_s});
    }

    void defaultBlueprintMustExist()
    {
        const Snapshot before = snapshot(*m_store);
        const QString file = writeFile(u"ops.json"_s, R"({"identifier": "ops"})");
        verifySingleError(import({file}, {u"team"_s, false, false, {}, {}}), file, u"$.blueprint"_s,
                          u"unknown blueprint \"team\""_s);
        verifyUnchanged(before, *m_store);
    }

    void importRejectsBlueprintDefects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        QTest::newRow("relation to an unknown blueprint")
            << R"({"identifier": "widget", "title": "Widget", "schema": {"properties": {}},
                  "relations": {"maker": {"target": "factory", "required": false, "many": false}}})"_ba
            << u"$.relations.maker.target"_s << u"blueprint \"widget\": unknown blueprint \"factory\""_s;
        QTest::newRow("relation both many and required")
            << R"({"identifier": "widget", "schema": {"properties": {}},
                  "relations": {"makers": {"target": "squad", "required": true, "many": true}}})"_ba
            << u"$.relations.makers"_s << u"cannot be both \"many\" and \"required\""_s;
        QTest::newRow("relation without target")
            << R"({"identifier": "widget", "schema": {"properties": {}}, "relations": {"maker": {"many": false}}})"_ba
            << u"$.relations.maker.target"_s << u"target blueprint is missing"_s;
        QTest::newRow("identifier with a space")
            << R"({"identifier": "my widget", "schema": {"properties": {}}})"_ba << u"$.identifier"_s
            << u"blueprint \"my widget\": identifier \"my widget\" does not match"_s;
        QTest::newRow("identifier that is a dot") << R"({"identifier": "..", "schema": {"properties": {}}})"_ba
                                                  << u"$.identifier"_s << u"does not match"_s;
        QTest::newRow("property identifier with a dot")
            << R"({"identifier": "widget", "schema": {"properties": {"colour.name": {"type": "string"}}}})"_ba
            << u"$.schema.properties.colour.name"_s << u"identifier \"colour.name\" does not match"_s;
        QTest::newRow("unknown property type")
            << R"({"identifier": "widget", "schema": {"properties": {"colour": {"type": "text"}}}})"_ba
            << u"$.schema.properties.colour.type"_s << u"\"text\" is not one of string, number"_s;
        QTest::newRow("required names no property")
            << R"({"identifier": "widget", "schema": {"properties": {}, "required": ["colour"]}})"_ba
            << u"$.schema.required[0]"_s << u"\"colour\" is not a property of this blueprint"_s;
        QTest::newRow("schema not an object") << R"({"identifier": "widget", "schema": []})"_ba << u"$.schema"_s
                                              << u"must be an object"_s;
    }

    // The bad blueprint sits between good ones; its own file is named.
    void importRejectsBlueprintDefects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Snapshot before = snapshot(*m_store);
        const QString first = writeFile(u"a-gadget.json"_s, R"({"identifier": "gadget", "schema": {"properties": {}}})");
        const QString bad = writeFile(u"b-widget.json"_s, json);
        const QString last = writeFile(u"c-doohickey.json"_s,
                                       R"({"identifier": "doohickey", "schema": {"properties": {}},
                                           "relations": {"gadget": {"target": "gadget"}}})");
        verifySingleError(import({first, bad, last}), bad, path, message);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_store->blueprint(u"gadget"_s));
        verifyUnchanged(before, *m_store);
    }

    void importOfSeveralFilesWritesNothingWhenTheLastIsBad_data()
    {
        QTest::addColumn<QByteArray>("last");
        QTest::addColumn<QString>("path");

        QTest::newRow("not JSON") << "{\"identifier\": "_ba << QString();
        QTest::newRow("invalid property") << R"({"identifier": "w2", "blueprint": "widget",
                                               "properties": {"size": "large"}})"_ba
                                          << u"$.properties.size"_s;
        QTest::newRow("dangling relation") << R"({"identifier": "w2", "blueprint": "widget",
                                                 "relations": {"sibling": "w9"}})"_ba
                                           << u"$.relations.sibling"_s;
        QTest::newRow("bad blueprint") << R"({"identifier": "gizmo", "schema": {"properties": {}},
                                             "relations": {"of": {"target": "nothing"}}})"_ba
                                       << u"$.relations.of.target"_s;
    }

    // Blueprints, new entities and an update of an existing one come first; the last file spoils it.
    void importOfSeveralFilesWritesNothingWhenTheLastIsBad()
    {
        QFETCH(QByteArray, last);
        QFETCH(QString, path);
        const Snapshot before = snapshot(*m_store);
        const QStringList files{
            writeFile(u"batch/1-widget.json"_s, R"({"identifier": "widget", "schema": {"properties": {"size": {"type": "number"}}},
                                                   "relations": {"sibling": {"target": "widget"}}})"),
            writeFile(u"batch/2-w1.json"_s, R"({"identifier": "w1", "blueprint": "widget", "properties": {"size": 3}})"),
            writeFile(u"batch/3-checkout.json"_s, R"({"identifier": "checkout", "blueprint": "service", "title": "Till",
                                                     "properties": {"tier": "silver"}, "relations": {"owner": "platform"}})"),
            writeFile(u"batch/4-last.json"_s, last),
        };
        for (const QStringList &paths : {files, QStringList{m_dir->filePath(u"batch"_s)}}) {
            const CatalogImporter::Result result = import(paths);
            QVERIFY(!result.ok);
            const Problems errors = errorsOf(result.problems);
            QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
            QCOMPARE(errors.first().file, files.last());
            if (!path.isEmpty())
                QCOMPARE(errors.first().path, path);
            QCOMPARE(result.entities, 0);
            QVERIFY(!m_store->blueprint(u"widget"_s));
            QCOMPARE(m_store->entity(u"service"_s, u"checkout"_s)->title, u"Checkout"_s);
            verifyUnchanged(before, *m_store);
        }
    }

    // Entities before their blueprints, a relation's user before its target, a blueprint before
    // the one its relation points at: the importer sorts it out.
    void importResolvesFilesInAnyOrder()
    {
        const QStringList files{
            writeFile(u"1-route.json"_s, R"({"identifier": "r1", "blueprint": "route", "relations": {"gateway": "gw"}})"),
            writeFile(u"2-gateway.json"_s, R"({"identifier": "gw", "blueprint": "gateway", "relations": {"service": "checkout"}})"),
            writeFile(u"3-route-blueprint.json"_s, R"({"identifier": "route", "schema": {"properties": {}},
                                                      "relations": {"gateway": {"target": "gateway", "required": true}}})"),
            writeFile(u"4-gateway-blueprint.json"_s, R"({"identifier": "gateway", "schema": {"properties": {}},
                                                        "relations": {"service": {"target": "service"}}})"),
        };
        const qint64 relationsBefore = m_store->stats().value("relations"_L1).toInteger();
        const CatalogImporter::Result result = import(files);
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.blueprints, 2);
        QCOMPARE(result.entities, 2);
        QCOMPARE(m_store->stats().value("relations"_L1).toInteger(), relationsBefore + 2);
        QCOMPARE(m_store->stats().value("danglingRelations"_L1).toInteger(), 0);
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"gateway"_s, u"gw"_s}, 1)),
                 (QStringList{u"route/r1"_s, u"service/checkout"_s}));
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"route"_s, u"r1"_s}, 2)),
                 (QStringList{u"gateway/gw"_s, u"service/checkout"_s}));
    }

    void badScorecardLeavesTheStoreUnchanged()
    {
        const QString file = writeFile(u"bad-scorecard.json"_s, R"({
          "blueprints": [{"identifier": "queue", "title": "Queue", "schema": {"properties": {"depth": {"type": "number"}}}}],
          "entities": [{"identifier": "orders", "blueprint": "queue", "title": "Orders", "properties": {"depth": 3}}],
          "scorecards": [
            {"identifier": "queue-health", "title": "Queue health", "blueprint": "queue",
             "rules": [{"identifier": "shallow", "title": "Shallow", "level": "Bronze",
                        "query": {"combinator": "and", "conditions": [{"property": "lenght", "operator": "<", "value": 10}]}}]}
          ]
        })");
        const QJsonObject before = m_store->stats();
        const CatalogImporter::Result result = import({file});
        QVERIFY(!result.ok);
        const auto error = std::find_if(result.problems.begin(), result.problems.end(),
                                        [](const Problem &p) { return p.isError(); });
        QVERIFY(error != result.problems.end());
        QCOMPARE(error->file, file);
        QVERIFY2(error->path.startsWith(u"$.scorecards[0].rules[0].query.conditions[0]"_s), qPrintable(error->path));
        QVERIFY2(error->line > 1, qPrintable(describe(result.problems)));
        QCOMPARE(m_store->stats(), before);
        QVERIFY(ScorecardStore(m_store->database()).scorecards().isEmpty());
    }

    void importReadsAPortalBundle()
    {
        const QString file = writeFile(u"bundle.json"_s, R"({
          "blueprints": [
            {"identifier": "region", "title": "Region", "schema": {"properties": {"code": {"type": "string"}}, "required": ["code"]}},
            {"identifier": "cluster", "title": "Cluster", "schema": {"properties": {"nodes": {"type": "number"}}},
             "relations": {"region": {"target": "region", "required": true, "many": false},
                           "services": {"target": "service", "many": true}}}
          ],
          "entities": [
            {"identifier": "prod-eu", "blueprint": "cluster", "title": "Production EU", "properties": {"nodes": 12},
             "relations": {"region": "eu", "services": ["checkout"]}, "team": "platform"},
            {"identifier": "eu", "blueprint": "region", "title": "Europe", "properties": {"code": "EU"}},
            {"identifier": "us", "blueprint": "region", "title": "Americas", "properties": {"code": "US"}}
          ],
          "scorecards": [
            {"identifier": "cluster-health", "title": "Cluster health", "blueprint": "cluster",
             "rules": [{"identifier": "big", "title": "Has 3 nodes or more", "level": "Bronze",
                        "query": {"combinator": "and", "conditions": [{"property": "nodes", "operator": ">=", "value": 3}]}}]}
          ]
        })");
        const qint64 relationsBefore = m_store->stats().value("relations"_L1).toInteger();
        const CatalogImporter::Result result = import({file});
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.blueprints, 2);
        QCOMPARE(result.entities, 3);
        QCOMPARE(result.scorecards, 1);
        QCOMPARE(result.files, QStringList{file});
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(ScorecardStore(m_store->database()).scorecard(u"cluster-health"_s)->rules.size(), 1);
        const QJsonObject stats = m_store->stats();
        QCOMPARE(stats.value("blueprints"_L1).toInt(), 4);
        QCOMPARE(stats.value("entities"_L1).toObject().value("region"_L1).toInt(), 2);
        QCOMPARE(stats.value("entities"_L1).toObject().value("cluster"_L1).toInt(), 1);
        QCOMPARE(stats.value("relations"_L1).toInteger(), relationsBefore + 2);
        const std::optional<Entity> cluster = m_store->entity(u"cluster"_s, u"prod-eu"_s);
        QVERIFY(cluster);
        QCOMPARE(cluster->title, u"Production EU"_s);
        QCOMPARE(cluster->team, QStringList{u"platform"_s});
        QCOMPARE(cluster->properties.value("nodes"_L1).toInt(), 12);
        QCOMPARE(cluster->createdBy, u"tester"_s);
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"cluster"_s, u"prod-eu"_s}, 1)),
                 (QStringList{u"region/eu"_s, u"service/checkout"_s}));
    }

    void dryRunChecksEverythingAndWritesNothing()
    {
        const Snapshot before = snapshot(*m_store);
        const QString good = writeFile(u"good.json"_s, service({}));
        CatalogImporter::Result result = import({good}, {{}, false, /*dryRun=*/true, {}, {}});
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.entities, 1);
        verifyUnchanged(before, *m_store);

        // Relations are resolved as a commit would resolve them.
        const QString dangling = writeFile(u"dangling.json"_s, service({{u"relations"_s, QJsonObject{{u"owner"_s, u"ghost"_s}}}}));
        result = import({dangling}, {{}, false, true, {}, {}});
        QVERIFY(!result.ok);
        const Problems errors = errorsOf(result.problems);
        QVERIFY2(errors.size() == 1, qPrintable(describe(result.problems)));
        QCOMPARE(errors.first().file, dangling);
        QCOMPARE(errors.first().path, u"$.relations.owner"_s);
        QVERIFY2(errors.first().message.contains("missing squad entity \"ghost\""_L1), qPrintable(errors.first().message));
        verifyUnchanged(before, *m_store);
    }

    // The seed catalog as the README describes it: blueprints with the quote repair, and each
    // entity file with the blueprint the README's table gives it, in one import.
    void seedCatalogImportsWithTheReadmeBlueprints()
    {
        m_store = std::make_unique<CatalogStore>(u":memory:"_s);
        const CatalogImporter::Result blueprints = import({seedDir + u"/blueprints"_s}, {{}, true, false, {}, {}});
        QVERIFY2(blueprints.ok, qPrintable(describe(blueprints.problems)));
        QCOMPARE(blueprints.blueprints, 5);

        const QMap<QString, QString> table = seedBlueprintsByFile();
        QCOMPARE(table.size(), 9);
        ImportPlan plan;
        for (auto it = table.begin(); it != table.end(); ++it) {
            const CatalogImporter reader(*m_store, {it.value(), false, false, u"tester"_s, {}});
            plan.append(reader.plan({seedDir + u"/entities/"_s + it.key()}));
        }
        const CatalogImporter::Result result = CatalogImporter(*m_store, {{}, false, false, u"tester"_s, {}}).apply(plan);
        QVERIFY2(result.ok, qPrintable(describe(result.problems)));
        QCOMPARE(result.entities, 9);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));

        const QJsonObject stats = m_store->stats();
        QCOMPARE(stats.value("blueprints"_L1).toInt(), 5);
        QCOMPARE(stats.value("entities"_L1).toObject(),
                 (QJsonObject{{u"API"_s, 1}, {u"Component"_s, 4}, {u"Domain"_s, 1}, {u"Resource"_s, 1}, {u"System"_s, 2}}));
        QCOMPARE(stats.value("entityCount"_L1).toInt(), 9);
        QCOMPARE(stats.value("relations"_L1).toInt(), 11);
        QCOMPARE(stats.value("danglingRelations"_L1).toInt(), 0);

        // Every entity is where the README's table puts it.
        for (auto it = table.begin(); it != table.end(); ++it) {
            QFile file(seedDir + u"/entities/"_s + it.key());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString identifier = QJsonDocument::fromJson(file.readAll()).object().value("identifier"_L1).toString();
            QVERIFY2(m_store->entity(it.value(), identifier), qPrintable(it.key()));
        }
        const std::optional<Entity> cartService = m_store->entity(u"Component"_s, u"CartService"_s);
        QVERIFY(cartService);
        QCOMPARE(cartService->relationTargets(u"components"_s),
                 (QStringList{u"CorePaymentLibrary"_s, u"CoreKafkaLibrary"_s}));
        QCOMPARE(m_store->entity(u"Resource"_s, u"cart-sql-sb"_s)->properties.value("type"_L1).toString(),
                 u"postgress"_s);
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"Component"_s, u"CartService"_s}, 1)),
                 (QStringList{u"API/CartAPI"_s, u"Component/CoreKafkaLibrary"_s, u"Component/CorePaymentLibrary"_s,
                              u"Resource/cart-sql-sb"_s, u"System/Cart"_s}));
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"Domain"_s, u"Orders"_s}, 1)),
                 (QStringList{u"System/Cart"_s, u"System/Products"_s}));
        QCOMPARE(sortedKeys(m_store->neighbourhood({u"Component"_s, u"ProductsService"_s}, 1)),
                 (QStringList{u"API/CartAPI"_s, u"System/Products"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPortImport)
#include "tst_portimport.moc"
