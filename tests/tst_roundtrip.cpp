// Export and re-import: the JSON and YAML bundles read back to the same state, byte for byte;
// CSV tables are quoted as RFC 4180 says; a Backstage catalog survives the trip.
#include "demo/demoportal.h"
#include "exporting/portalexporter.h"
#include "importing/catalogimporter.h"
#include "store/catalogstore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

constexpr quint32 demoSeed = 20261122;
const QDate demoAnchor(2026, 11, 1);
const QString backstageDir = QStringLiteral(PORTOLAN_TEST_DATA "/backstage");

// PortalExporter::write selects unqualified columns (identifier, id…) from a join of `entities`
// and `blueprints`, which both have an `identifier` column: SQLite rejects the statement as
// ambiguous and every JSON/YAML export fails with "reading entities failed".

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.isEmpty() ? u"(no problems)"_s : lines.join(u'\n');
}

QByteArray exportBundle(CatalogStore &store, PortalExporter::Format format, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    *error = PortalExporter(store).write(buffer, format);
    return buffer.data();
}

QByteArray exportCsv(CatalogStore &store, const QString &blueprint, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    *error = PortalExporter(store).writeCsv(buffer, blueprint);
    return buffer.data();
}

// Where two exports first differ, for a failure message that fits on a screen.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return {};
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QByteArray l = left.value(i, "<end>");
        const QByteArray r = right.value(i, "<end>");
        if (l != r) {
            qsizetype at = 0;
            while (at < l.size() && at < r.size() && l.at(at) == r.at(at))
                ++at;
            const qsizetype from = std::max<qsizetype>(0, at - 80);
            return u"line %1 differs at byte %2:\n  first:  …%3\n  second: …%4"_s.arg(i + 1).arg(at).arg(
                QString::fromUtf8(l.mid(from, 240)), QString::fromUtf8(r.mid(from, 240)));
        }
    }
    return u"the exports differ"_s;
}

// RFC 4180: records of fields; quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const auto next = [&text](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && next(i) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && next(i) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// (moc misreads \" inside a raw string, hence \u0022.)
const QByteArray csvBundle = R"({
  "blueprints": [
    {"identifier": "squad", "title": "Squad", "schema": {"properties": {}}},
    {"identifier": "service", "title": "Service",
     "schema": {"properties": {"language": {"type": "string"}, "replicas": {"type": "number"},
                               "tags": {"type": "array", "items": {"type": "string"}}, "notes": {"type": "string"}}},
     "relations": {"owner": {"target": "squad", "many": false}, "dependsOn": {"target": "service", "many": true}}}
  ],
  "entities": [
    {"identifier": "pay", "blueprint": "squad", "title": "Payments"},
    {"identifier": "gamma", "blueprint": "service", "title": "Gamma"},
    {"identifier": "beta", "blueprint": "service", "title": "Beta", "properties": {"replicas": 2.5, "notes": "line one\nline two"}},
    {"identifier": "alpha", "blueprint": "service", "title": "Alpha, the first", "team": ["core", "web"],
     "properties": {"language": "Go", "replicas": 3, "tags": ["a", "b"], "notes": "He said \u0022hi\u0022"},
     "relations": {"owner": "pay", "dependsOn": ["beta", "gamma"]}}
  ]
})";

} // namespace

class TestRoundTrip final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_demo;
    int m_files = 0;
    QString m_importProblems; // of the last importInto()

    QString writeFile(const QString &suffix, const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"file-%1.%2"_s.arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A fresh in-memory store holding what `paths` import to, or null (m_importProblems says why).
    std::unique_ptr<CatalogStore> importInto(const QStringList &paths, CatalogImporter::Result *result = nullptr)
    {
        auto store = std::make_unique<CatalogStore>(u":memory:"_s);
        const CatalogImporter::Result r = CatalogImporter(*store, {{}, false, false, u"tester"_s, {}}).importPaths(paths);
        if (result)
            *result = r;
        m_importProblems = u"import failed:\n"_s + describe(r.problems);
        return r.ok ? std::move(store) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = std::make_unique<CatalogStore>(u":memory:"_s);
        QVERIFY2(m_demo->isOpen(), qPrintable(m_demo->error()));
        const Problems problems = createDemoPortal(*m_demo, demoSeed, demoAnchor, u"tester"_s);
        QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        const QJsonObject entities = m_demo->stats().value("entities"_L1).toObject();
        QCOMPARE(entities.value("Component"_L1).toInt(), 4);
        QVERIFY(m_demo->stats().value("entityCount"_L1).toInt() > 1000);
    }

    void demoJsonExportReimportsByteIdentical()
    {
        QString error;
        const QByteArray first = exportBundle(*m_demo, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(first, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        const QJsonObject demoStats = m_demo->stats();
        QCOMPARE(document.object().value("blueprints"_L1).toArray().size(), demoStats.value("blueprints"_L1).toInt());
        QCOMPARE(document.object().value("entities"_L1).toArray().size(), demoStats.value("entityCount"_L1).toInt());

        CatalogImporter::Result result;
        const auto copy = importInto({writeFile(u"json"_s, first)}, &result);
        QVERIFY2(copy, qPrintable(m_importProblems));
        QCOMPARE(result.blueprints, demoStats.value("blueprints"_L1).toInt());
        QCOMPARE(result.entities, demoStats.value("entityCount"_L1).toInt());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(copy->stats(), demoStats);

        const QByteArray second = exportBundle(*copy, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(first == second, qPrintable(firstDifference(first, second)));
    }

    // YAML → store → YAML is byte-identical, and the store read from YAML exports the same JSON
    // as the store it came from: both formats carry the same data.
    void demoYamlExportReimportsByteIdenticalAndMatchesJson()
    {
        QString error;
        const QByteArray yaml = exportBundle(*m_demo, PortalExporter::Format::Yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(yaml.startsWith("blueprints:\n"));
        const QByteArray json = exportBundle(*m_demo, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        CatalogImporter::Result result;
        const auto fromYaml = importInto({writeFile(u"yaml"_s, yaml)}, &result);
        QVERIFY(fromYaml);
        QCOMPARE(result.entities, m_demo->stats().value("entityCount"_L1).toInt());
        QCOMPARE(fromYaml->stats(), m_demo->stats());

        const QByteArray yamlAgain = exportBundle(*fromYaml, PortalExporter::Format::Yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(yaml == yamlAgain, qPrintable(firstDifference(yaml, yamlAgain)));
        const QByteArray jsonOfYaml = exportBundle(*fromYaml, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(json == jsonOfYaml, qPrintable(firstDifference(json, jsonOfYaml)));
    }

    void emptyPortalExportsAndReimports_data()
    {
        QTest::addColumn<bool>("yaml");
        QTest::newRow("json") << false;
        QTest::newRow("yaml") << true;
    }

    void emptyPortalExportsAndReimports()
    {
        QFETCH(bool, yaml);
        const auto format = yaml ? PortalExporter::Format::Yaml : PortalExporter::Format::Json;
        CatalogStore empty(u":memory:"_s);
        QString error;
        const QByteArray text = exportBundle(empty, format, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        CatalogImporter::Result result;
        const auto copy = importInto({writeFile(yaml ? u"yaml"_s : u"json"_s, text)}, &result);
        QVERIFY2(copy, qPrintable(m_importProblems));
        QCOMPARE(result.blueprints, 0);
        QCOMPARE(result.entities, 0);
        QCOMPARE(exportBundle(*copy, format, &error), text);
    }

    // Strings that a YAML reader would take for another type unless they are quoted, and other
    // values that are easy to get wrong, survive JSON → YAML → store unchanged.
    void yamlExportKeepsEveryValueAsItWas_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("lookAlike"); // a string that a YAML reader would take for a number, boolean or null if unquoted

        const auto addString = [](const char *text, bool lookAlike) {
            QTest::addRow("string \"%s\"", QByteArray(text).replace('\n', "\\n").replace('\t', "\\t").constData())
                << QJsonValue(QString::fromUtf8(text)) << lookAlike;
        };
        for (const char *text : {"null", "Null", "~", "", " padded ", "trailing ", "multi\nline\n", "# not a comment",
                                 "key: value", "- item", "[a, b]", "{a: b}", "@handle", "`tick", "'single'", "\"double\"",
                                 "tab\there", "back\\slash", "yes", "NO", "2026-11-01", "2026-11-01T10:00:00Z",
                                 "\u00DCn\u00EFc\u00F8d\u00E9 \u2713", "---", "...", "!tag", "&anchor", "*alias",
                                 "%directive", "a #b", "https://example.com/a?b=c#d", ".inf", ".NaN"})
            addString(text, false);
        for (const char *text : {"true", "false", "True", "123", "-7", "+5", "007", "1.5", "1e3", ".5", "0x1F", "0o17"})
            addString(text, true);
        QTest::newRow("zero") << QJsonValue(0) << false;
        QTest::newRow("negative fraction") << QJsonValue(-0.5) << false;
        QTest::newRow("one tenth") << QJsonValue(0.1) << false;
        QTest::newRow("large integer") << QJsonValue(qint64(123456789012)) << false;
        QTest::newRow("huge number") << QJsonValue(1e20) << false;
        QTest::newRow("boolean") << QJsonValue(true) << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
        QTest::newRow("list of look-alike strings") << QJsonValue(QJsonArray{u"1"_s, u"true"_s, u""_s}) << true;
        QTest::newRow("empty list") << QJsonValue(QJsonArray{}) << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"k"_s, u"null"_s}, {u"n"_s, 2}, {u"e"_s, QJsonObject{}}})
                                << false;
    }

    void yamlExportKeepsEveryValueAsItWas()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, lookAlike);
        Q_UNUSED(lookAlike); // kept as a column: these rows are the strings YAML would retype
        // One property per JSON type; strings go into the title and team too.
        const QJsonObject blueprint{
            {u"identifier"_s, u"note"_s},
            {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                                                  {u"number"_s, QJsonObject{{u"type"_s, u"number"_s}}},
                                                                  {u"flag"_s, QJsonObject{{u"type"_s, u"boolean"_s}}},
                                                                  {u"list"_s, QJsonObject{{u"type"_s, u"array"_s}}},
                                                                  {u"map"_s, QJsonObject{{u"type"_s, u"object"_s}}}}}}}};
        const QString property = value.isDouble() ? u"number"_s
            : value.isBool()                      ? u"flag"_s
            : value.isArray()                     ? u"list"_s
            : value.isObject()                    ? u"map"_s
                                                  : u"text"_s;
        QJsonObject entity{{u"identifier"_s, u"n1"_s}, {u"blueprint"_s, u"note"_s},
                           {u"properties"_s, QJsonObject{{property, value}}}};
        if (value.isString() && !value.toString().isEmpty()) {
            entity.insert(u"title"_s, value);
            entity.insert(u"team"_s, QJsonArray{value});
        }
        const QByteArray bundle = QJsonDocument(QJsonObject{{u"blueprints"_s, QJsonArray{blueprint}},
                                                            {u"entities"_s, QJsonArray{entity}}})
                                      .toJson();
        const auto original = importInto({writeFile(u"json"_s, bundle)});
        QVERIFY2(original, qPrintable(m_importProblems));
        const Entity before = *original->entity(u"note"_s, u"n1"_s);
        QCOMPARE(before.properties.value(property), value);

        QString error;
        const QByteArray yaml = exportBundle(*original, PortalExporter::Format::Yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto copy = importInto({writeFile(u"yaml"_s, yaml)});
        const std::optional<Entity> after = copy ? copy->entity(u"note"_s, u"n1"_s) : std::nullopt;
        QVERIFY2(after && after->toJson() == before.toJson(),
                 qPrintable(m_importProblems + u"\n"_s + QString::fromUtf8(yaml)));
        QCOMPARE(after->properties.value(property), value);
        QCOMPARE(after->title, before.title);
        QCOMPARE(after->team, before.team);
    }

    void csvExportHasHeaderAndOneRecordPerEntity()
    {
        const auto store = importInto({writeFile(u"json"_s, csvBundle)});
        QVERIFY2(store, qPrintable(m_importProblems));
        QString error;
        const QByteArray csv = exportCsv(*store, u"service"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Properties and relations in the blueprint's order; entities by identifier.
        const QByteArray expected = "identifier,title,team,language,notes,replicas,tags,dependsOn,owner\r\n"
                                    "alpha,\"Alpha, the first\",core;web,Go,\"He said \"\"hi\"\"\",3,a;b,beta;gamma,pay\r\n"
                                    "beta,Beta,,,\"line one\nline two\",2.5,,,\r\n"
                                    "gamma,Gamma,,,,,,,\r\n";
        QCOMPARE(csv, expected);

        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), 1 + store->stats().value("entities"_L1).toObject().value("service"_L1).toInt());
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 9);
        QCOMPARE(records.at(1).at(1), u"Alpha, the first"_s);
        QCOMPARE(records.at(1).at(4), u"He said \"hi\""_s);
        QCOMPARE(records.at(2).at(4), u"line one\nline two"_s);

        QCOMPARE(exportCsv(*store, u"squad"_s, &error), "identifier,title,team\r\npay,Payments,\r\n"_ba);
        QVERIFY(error.isEmpty());
        QCOMPARE(exportCsv(*store, u"nothing"_s, &error), QByteArray());
        QCOMPARE(error, u"unknown blueprint \"nothing\""_s);
    }

    void csvExportQuotesFieldsThatNeedIt_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("field");

        QTest::newRow("plain") << u"Plain title"_s << "Plain title"_ba;
        QTest::newRow("comma") << u"a, b"_s << "\"a, b\""_ba;
        QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
        QTest::newRow("only a quote") << u"\""_s << "\"\"\"\""_ba;
        QTest::newRow("newline") << u"one\ntwo"_s << "\"one\ntwo\""_ba;
        QTest::newRow("carriage return") << u"one\r\ntwo"_s << "\"one\r\ntwo\""_ba;
        QTest::newRow("non-ASCII") << u"Caf\u00E9 \u2713"_s << "Caf\u00E9 \u2713"_ba;
    }

    void csvExportQuotesFieldsThatNeedIt()
    {
        QFETCH(QString, title);
        QFETCH(QByteArray, field);
        const QJsonObject bundle{
            {u"blueprints"_s, QJsonArray{QJsonObject{{u"identifier"_s, u"doc"_s},
                                                     {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{}}}}}}},
            {u"entities"_s, QJsonArray{QJsonObject{{u"identifier"_s, u"d1"_s}, {u"blueprint"_s, u"doc"_s}, {u"title"_s, title}}}}};
        const auto store = importInto({writeFile(u"json"_s, QJsonDocument(bundle).toJson())});
        QVERIFY2(store, qPrintable(m_importProblems));
        QString error;
        const QByteArray csv = exportCsv(*store, u"doc"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(csv, QByteArray("identifier,title,team\r\nd1," + field + ",\r\n"));
        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1), (QStringList{u"d1"_s, title, QString()}));
    }

    void backstageCatalogSurvivesExportAndReimport_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("relations");
        QTest::addColumn<int>("dangling");
        QTest::addColumn<QString>("bug");

        QTest::newRow("multi-document file") << backstageDir + u"/multi-document.yaml"_s << 6 << 8 << 0 << QString();
        QTest::newRow("locations") << backstageDir + u"/locations/catalog-info.yaml"_s << 2 << 1 << 0 << QString();
        // The Backstage import keeps references to owners it does not have (with warnings); the
        // export writes them; reading that export back must not be stricter than the first import.
        QTest::newRow("owners outside the catalog")
            << backstageDir + u"/cycle/a.yaml"_s << 2 << 0 << 2
            << u"PortalExporter bundles keep dangling relations, but CatalogImporter reads Port JSON with "
               "Dangling::Reject: the export of a Backstage catalog with missing owners does not re-import"_s;
    }

    void backstageCatalogSurvivesExportAndReimport()
    {
        QFETCH(QString, path);
        QFETCH(int, entities);
        QFETCH(int, relations);
        QFETCH(int, dangling);
        QFETCH(QString, bug);
        const auto original = importInto({path});
        QVERIFY2(original, qPrintable(m_importProblems));
        const QJsonObject stats = original->stats();
        QCOMPARE(stats.value("entityCount"_L1).toInt(), entities);
        QCOMPARE(stats.value("relations"_L1).toInt(), relations);
        QCOMPARE(stats.value("danglingRelations"_L1).toInt(), dangling);

        QString error;
        const QByteArray first = exportBundle(*original, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto copy = importInto({writeFile(u"json"_s, first)});
        QVERIFY2(copy, qPrintable(m_importProblems));
        QCOMPARE(copy->stats(), stats);
        QCOMPARE(copy->danglingRelations(), original->danglingRelations());
        const QByteArray second = exportBundle(*copy, PortalExporter::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(first == second, qPrintable(firstDifference(first, second)));
    }

    // The relations of the multi-document catalog, one by one, after the trip.
    void backstageRelationsKeepTheirTargets()
    {
        const auto original = importInto({backstageDir + u"/multi-document.yaml"_s});
        QVERIFY2(original, qPrintable(m_importProblems));
        const std::optional<Entity> web = original->entity(u"component"_s, u"checkout-web"_s);
        QVERIFY(web);
        QCOMPARE(web->relationTargets(u"ownedBy"_s), QStringList{u"team-pay"_s});
        QCOMPARE(web->relationTargets(u"providesApi"_s), QStringList{u"checkout-api"_s});
        QCOMPARE(web->relationTargets(u"partOf_system"_s), QStringList{u"checkout"_s});

        QString error;
        const QByteArray first = exportBundle(*original, PortalExporter::Format::Yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto copy = importInto({writeFile(u"yaml"_s, first)});
        QVERIFY2(copy, qPrintable(m_importProblems));
        for (const Blueprint &bp : original->blueprints()) {
            const QList<Entity> before = original->entities(bp.identifier);
            const QList<Entity> after = copy->entities(bp.identifier);
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < before.size(); ++i) {
                QCOMPARE(after.at(i).identifier, before.at(i).identifier);
                QCOMPARE(after.at(i).relations, before.at(i).relations);
                const EntityKey key{bp.identifier, before.at(i).identifier};
                QCOMPARE(copy->neighbourhood(key, 1).size(), original->neighbourhood(key, 1).size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
