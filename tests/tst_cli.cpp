// The command line, run as a user runs it: the real `portolan` binary in a process, each test
// with its own portal file in a temporary folder.
#include "demo/demoportal.h"
#include "store/catalogstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString seedDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/seed");


struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out.left(2000)),
                                                                       QString::fromUtf8(err.left(2000)));
    }
};

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db(const QString &name = u"portal.sqlite"_s) const { return m_dir->filePath(name); }

    // Runs the binary with a home of its own inside the test's folder, so that nothing falls
    // back on the user's real portal file.
    Run run(const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"home/config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"home/cache"_s));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(PORTOLAN_BINARY), args);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out or failed to start: " + process.errorString().toUtf8();
            return result;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    QJsonObject stats(const QString &path) const
    {
        const Run r = run({u"stats"_s, u"--db"_s, path});
        if (r.exitCode != 0)
            return QJsonObject{{u"error"_s, r.describe()}};
        return QJsonDocument::fromJson(r.out).object();
    }

    // The seed catalog as the README says: blueprints with the quote repair, then the entity
    // files with the blueprint of each, in an order where every relation's target is there.
    void importSeed(const QString &path) const
    {
        const QString entities = seedDir + u"/entities/"_s;
        const QList<QStringList> steps{
            {u"--repair-quotes"_s, seedDir + u"/blueprints"_s},
            {u"--blueprint"_s, u"Domain"_s, entities + u"orders-domain.json"_s},
            {u"--blueprint"_s, u"System"_s, entities + u"cart-system.json"_s, entities + u"products-system.json"_s},
            {u"--blueprint"_s, u"Resource"_s, entities + u"cart-sql-sb-resource.json"_s},
            // The libraries name no blueprint; the services and the API name theirs.
            {u"--blueprint"_s, u"Component"_s, entities + u"core-kafka-library.json"_s,
             entities + u"core-payment-library.json"_s, entities + u"cart-service.json"_s,
             entities + u"products-service.json"_s, entities + u"cart-api.json"_s},
        };
        for (const QStringList &step : steps) {
            const Run r = run(QStringList{u"import"_s, u"--db"_s, path} + step);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.startsWith("imported "), qPrintable(r.describe()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(QStringLiteral(PORTOLAN_BINARY)).isExecutable(), PORTOLAN_BINARY);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void helpOfEveryCommandExitsZero_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("phrase"); // from the command's own description or options

        QTest::newRow("import") << u"import"_s << "all or nothing"_ba;
        QTest::newRow("export") << u"export"_s << "--format <FORMAT>"_ba;
        QTest::newRow("validate") << u"validate"_s << "writes nothing"_ba;
        QTest::newRow("search") << u"search"_s << "--limit <N>"_ba;
        QTest::newRow("stats") << u"stats"_s << "relation count"_ba;
        QTest::newRow("demo") << u"demo"_s << "--anchor <DATE>"_ba;
        QTest::newRow("bench") << u"bench"_s << "Runs a benchmark"_ba;
        QTest::newRow("screenshot") << u"screenshot"_s << "PNG"_ba;
        QTest::newRow("where-db") << u"where-db"_s << "default portal file"_ba;
    }

    void helpOfEveryCommandExitsZero()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, phrase);
        const Run r = run({command, u"--help"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(phrase), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("-h, --help"), qPrintable(r.describe()));
        // Asking for help creates no portal file anywhere (not even the default one).
        QDirIterator files(m_dir->path(), {u"*.sqlite*"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
        // The usage line names the command, so that it can be copied.
        QVERIFY2(r.out.startsWith(QByteArray("Usage: portolan " + command.toUtf8() + ' ')), qPrintable(r.describe()));
    }

    void topLevelHelpListsEveryCommand()
    {
        const Run r = run({u"--help"_s});
        const QByteArray text = r.out + r.err;
        for (const char *command : {"import", "export", "validate", "search", "stats", "demo"})
            QVERIFY2(text.contains(QByteArray(QByteArray("  ") + command + ' ')), qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 0);
    }

    void unknownCommandOrOptionExitsNonZero()
    {
        Run r = run({u"frobnicate"_s, u"--db"_s, db()});
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Usage: portolan"), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(db()));

        r = run({u"stats"_s, u"--frobnicate"_s, u"--db"_s, db()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("frobnicate"), qPrintable(r.describe()));

        r = run({u"import"_s, u"--db"_s, db()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("name at least one file"), qPrintable(r.describe()));

        r = run({u"demo"_s, u"--db"_s, db(), u"--anchor"_s, u"1 November"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(db()));
    }

    void importOfTheBadSeedFileFailsWithItsPosition()
    {
        const QString file = seedDir + u"/blueprints/resource.json"_s;
        const Run r = run({u"import"_s, u"--db"_s, db(), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("resource.json:2:2: "), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QByteArray(file.toUtf8() + ":2:2: ")), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("--repair-quotes"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("nothing was imported: 1 error(s)"), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("imported"), qPrintable(r.describe()));
        const QJsonObject after = stats(db());
        QCOMPARE(after.value("blueprints"_L1).toInt(-1), 0);
        QCOMPARE(after.value("entityCount"_L1).toInt(-1), 0);

        const Run repaired = run({u"import"_s, u"--db"_s, db(), u"--repair-quotes"_s, file});
        QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.describe()));
        QVERIFY2(repaired.out.contains("imported 1 blueprint(s) and 0 entities from 1 file(s)"),
                 qPrintable(repaired.describe()));
        QVERIFY2(repaired.err.contains("warning: repaired 46 typographic quotes"), qPrintable(repaired.describe()));
        QCOMPARE(stats(db()).value("blueprints"_L1).toInt(-1), 1);
    }

    void importOfEntityFilesWithoutBlueprintNamesThem()
    {
        const Run blueprints = run({u"import"_s, u"--db"_s, db(), u"--repair-quotes"_s, seedDir + u"/blueprints"_s});
        QVERIFY2(blueprints.exitCode == 0, qPrintable(blueprints.describe()));
        const QByteArray before = fileDigest(db());
        const Run r = run({u"import"_s, u"--db"_s, db(), seedDir + u"/entities"_s});
        QCOMPARE(r.exitCode, 1);
        for (const char *file : {"orders-domain.json", "cart-system.json", "products-system.json",
                                 "cart-sql-sb-resource.json", "core-kafka-library.json", "core-payment-library.json"}) {
            // The blueprint is missing from the entity object itself, which starts at 1:1.
            QVERIFY2(r.err.contains(QByteArray(QByteArray(file) + ":1:1: $.blueprint: ")), qPrintable(r.describe()));
        }
        QVERIFY2(r.err.contains("nothing was imported: 6 error(s)"), qPrintable(r.describe()));
        QCOMPARE(stats(db()).value("entityCount"_L1).toInt(-1), 0);
        QCOMPARE(fileDigest(db()), before);
    }

    void validateNeverWrites()
    {
        const Run blueprints = run({u"import"_s, u"--db"_s, db(), u"--repair-quotes"_s, seedDir + u"/blueprints"_s});
        QVERIFY2(blueprints.exitCode == 0, qPrintable(blueprints.describe()));
        const QJsonObject before = stats(db());
        QCOMPARE(before.value("blueprints"_L1).toInt(), 5);
        const QByteArray digest = fileDigest(db());
        QVERIFY(!digest.isEmpty());

        // Valid: said so, and still nothing written.
        Run r = run({u"validate"_s, u"--db"_s, db(), u"--blueprint"_s, u"Domain"_s,
                     seedDir + u"/entities/orders-domain.json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("valid: 0 blueprint(s) and 1 entity from 1 file(s)"), qPrintable(r.describe()));
        QCOMPARE(stats(db()), before);
        QCOMPARE(fileDigest(db()), digest);
        r = run({u"search"_s, u"--db"_s, db(), u"Orders"_s});
        QCOMPARE(r.exitCode, 1);

        // Blueprints too.
        r = run({u"validate"_s, u"--db"_s, db(), u"--repair-quotes"_s, seedDir + u"/blueprints/resource.json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(stats(db()), before);
        QCOMPARE(fileDigest(db()), digest);

        // Invalid: relation target missing.
        r = run({u"validate"_s, u"--db"_s, db(), u"--blueprint"_s, u"System"_s,
                 seedDir + u"/entities/cart-system.json"_s});
        QCOMPARE(r.exitCode, 1);
        // "domain": "Orders" stands on line 4 of the file, its value at column 15.
        QVERIFY2(r.err.contains("cart-system.json:4:15: $.relations.domain: "), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("invalid: 1 error(s)"), qPrintable(r.describe()));
        QCOMPARE(stats(db()), before);
        QCOMPARE(fileDigest(db()), digest);
    }

    void validateCreatesNoPortalFile()
    {
        const QString fresh = db(u"never.sqlite"_s);
        const Run r = run({u"validate"_s, u"--db"_s, fresh, u"--repair-quotes"_s, seedDir + u"/blueprints"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("valid: 5 blueprint(s) and 0 entities from 5 file(s)"), qPrintable(r.describe()));
        QVERIFY2(!QFile::exists(fresh), "validate created the portal file");
    }

    void demoThenStatsReportTheSameCounts()
    {
        const Run demo = run({u"demo"_s, u"--db"_s, db(), u"--anchor"_s, u"2026-11-01"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        const qsizetype newline = demo.out.indexOf('\n');
        QCOMPARE(demo.out.left(newline), QByteArray("demo portal created at " + db().toUtf8()));
        QJsonParseError error;
        const QJsonObject printed = QJsonDocument::fromJson(demo.out.mid(newline + 1), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QJsonObject counted = stats(db());
        QCOMPARE(counted, printed);
        const QJsonObject perBlueprint = counted.value("entities"_L1).toObject();
        QCOMPARE(counted.value("blueprints"_L1).toInt(), perBlueprint.size());
        qint64 sum = 0;
        for (const QJsonValue &n : perBlueprint)
            sum += n.toInteger();
        QCOMPARE(sum, counted.value("entityCount"_L1).toInteger());
        // The brief's C4 catalog is in there exactly.
        QCOMPARE(perBlueprint.value("Domain"_L1).toInt(), 1);
        QCOMPARE(perBlueprint.value("System"_L1).toInt(), 2);
        QCOMPARE(perBlueprint.value("Component"_L1).toInt(), 4);
        QCOMPARE(perBlueprint.value("API"_L1).toInt(), 1);
        QCOMPARE(perBlueprint.value("Resource"_L1).toInt(), 1);

        // The same seed (the default) and anchor give the same portal in-process.
        CatalogStore reference(u":memory:"_s);
        const Problems problems = createDemoPortal(reference, 20261122, QDate(2026, 11, 1), u"tester"_s);
        QVERIFY(!hasErrors(problems));
        QCOMPARE(counted, reference.stats());

        // A second demo does not clobber the portal.
        const QByteArray digest = fileDigest(db());
        const Run again = run({u"demo"_s, u"--db"_s, db(), u"--anchor"_s, u"2026-11-01"_s, u"--seed"_s, u"7"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("--replace"), qPrintable(again.describe()));
        QCOMPARE(fileDigest(db()), digest);
    }

    void searchFindsCartServiceAfterSeedImport()
    {
        importSeed(db());
        if (QTest::currentTestFailed())
            return;
        const QJsonObject counted = stats(db());
        QCOMPARE(counted.value("entityCount"_L1).toInt(), 9);
        QCOMPARE(counted.value("relations"_L1).toInt(), 11);
        QCOMPARE(counted.value("danglingRelations"_L1).toInt(), 0);

        Run r = run({u"search"_s, u"--db"_s, db(), u"cart"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.contains("Component\tCartService\tCart Service"), qPrintable(r.describe()));
        QVERIFY2(lines.contains("System\tCart\tCart"), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("ProductsService"), qPrintable(r.describe()));

        r = run({u"search"_s, u"--db"_s, db(), u"cart"_s, u"serv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Component\tCartService\tCart Service\n"_ba);

        r = run({u"search"_s, u"--db"_s, db(), u"zeppelin"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void csvExportWithoutBlueprintExitsTwo()
    {
        const Run blueprints = run({u"import"_s, u"--db"_s, db(), u"--repair-quotes"_s, seedDir + u"/blueprints"_s});
        QVERIFY2(blueprints.exitCode == 0, qPrintable(blueprints.describe()));
        Run r = run({u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--blueprint"), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());

        r = run({u"export"_s, u"--db"_s, db(), u"--format"_s, u"xml"_s});
        QCOMPARE(r.exitCode, 2);

        r = run({u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s, u"--blueprint"_s, u"API"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "identifier,title,team,type,provider\r\n"_ba);
    }

    void yamlExportToFileReimports()
    {
        importSeed(db());
        if (QTest::currentTestFailed())
            return;
        const QString out = m_dir->filePath(u"portal.yaml"_s);
        const Run exported = run({u"export"_s, u"--db"_s, db(), u"--format"_s, u"yaml"_s, u"-o"_s, out});
        if (exported.exitCode != 0)
            QVERIFY2(!QFile::exists(out), "a failed export left a file behind");
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY(exported.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("blueprints:\n"));

        const QString copy = db(u"copy.sqlite"_s);
        const Run imported = run({u"import"_s, u"--db"_s, copy, out});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QVERIFY2(imported.out.contains("imported 5 blueprint(s) and 9 entities from 1 file(s)"),
                 qPrintable(imported.describe()));
        QCOMPARE(stats(copy), stats(db()));
        const Run search = run({u"search"_s, u"--db"_s, copy, u"CartService"_s});
        QCOMPARE(search.out, "Component\tCartService\tCart Service\n"_ba);
    }

    void jsonExportToStandardOutputIsTheBundle()
    {
        importSeed(db());
        if (QTest::currentTestFailed())
            return;
        const Run r = run({u"export"_s, u"--db"_s, db()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonObject bundle = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(bundle.value("blueprints"_L1).toArray().size(), 5);
        QCOMPARE(bundle.value("entities"_L1).toArray().size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
