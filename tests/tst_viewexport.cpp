// Export of a table's current view: CSV quoting (RFC 4180) and the formula guard, the JSON shape,
// only the visible columns in their order, the filter and sort applied, cancel leaves no file.
#include "storefixture.h"
#include "table/exportformat.h"
#include "table/viewexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestViewExport final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Blueprint m_service;

    TableSpec spec(const TableState &state) const { return {m_service, TableColumns::of(m_service), state, {}}; }

    // Runs an export to `file` and waits for it; returns whether it succeeded.
    bool exportTo(const TableSpec &spec, ViewExport::Format format, const QString &file, QString *error = nullptr)
    {
        ViewExport job(m_path);
        QSignalSpy finished(&job, &ViewExport::finished);
        job.start(spec, format, file);
        if (!finished.wait(10000))
            return false;
        if (error)
            *error = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        QList<Entity> entities = portalEntities();
        entities[2].properties.insert(u"description"_s, u"Keeps the basket, \"safely\"\nover two lines"_s);
        entities[3].properties.insert(u"description"_s, u"=HYPERLINK(\"http://evil\")"_s);
        for (int i = 0; i < 1200; ++i) {
            Entity e;
            e.blueprint = u"service"_s;
            e.identifier = u"svc-%1"_s.arg(i, 4, 10, QChar(u'0'));
            e.title = u"Service %1"_s.arg(i);
            e.properties = {{u"language"_s, i % 2 ? u"Go"_s : u"Java"_s}, {u"replicas"_s, i % 5}, {u"description"_s, u"-%1"_s.arg(i)}};
            entities.append(e);
        }
        write(store, portalBlueprints(), entities);
        m_service = *store.blueprint(u"service"_s);
    }

    void csvFieldsAreQuotedAndGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"cart"_s << u"cart"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
        QTest::newRow("formula -") << u"-1"_s << u"'-1"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("formula and comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void csvFieldsAreQuotedAndGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(ExportFormat::csvField(text), field);
    }

    void csvRecordsEndWithCrLf()
    {
        QCOMPARE(ExportFormat::csvRecord({u"a"_s, u"-2"_s}, {true, false}), QByteArray("a,-2\r\n")); // numbers are not guarded
    }

    void csvHasTheVisibleColumnsFilterAndSort()
    {
        TableState state;
        state.columns = {u"$identifier"_s, u"description"_s, u"replicas"_s};
        state.filter = {{u"combinator"_s, u"and"_s},
                        {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"language"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"Java"_s}}}}};
        state.sort = {{u"$identifier"_s, false}};
        const QString file = m_dir.filePath(u"java.csv"_s);
        QString error;
        QVERIFY2(exportTo(spec(state), ViewExport::Format::Csv, file, &error), qPrintable(error));
        const QList<QByteArray> lines = read(file).split('\n');
        QCOMPARE(lines.first(), QByteArray("Identifier,description,replicas\r"));
        QCOMPARE(lines.at(1), QByteArray("svc-1198,'-1198,3\r")); // descending, guarded, number as is
        QCOMPARE(lines.size() - 2, 600 + 1);                      // 600 generated + pricing, then the final empty piece
        QVERIFY(read(file).contains("pricing,\"'=HYPERLINK(\"\"http://evil\"\")\",5\r\n"));
        QVERIFY(!read(file).contains("Go"));
    }

    void csvQuotesMultilineCells()
    {
        TableState state;
        state.columns = {u"$identifier"_s, u"description"_s};
        state.text = u"basket"_s;
        const QString file = m_dir.filePath(u"cart.csv"_s);
        QVERIFY(exportTo(spec(state), ViewExport::Format::Csv, file));
        // The table shows the first line; the export has what the cell shows.
        QCOMPARE(read(file), QByteArray("Identifier,description\r\ncart,\"Keeps the basket, \"\"safely\"\" …\"\r\n"));
    }

    void jsonHasTheViewAndTheValues()
    {
        TableState state;
        state.columns = {u"$identifier"_s, u"replicas"_s, u"$relation.dependsOn"_s, u"tier"_s};
        state.text = u"basket"_s;
        const QString file = m_dir.filePath(u"cart.json"_s);
        QVERIFY(exportTo(spec(state), ViewExport::Format::Json, file));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(read(file), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.value("blueprint"_L1).toString(), u"service"_s);
        QCOMPARE(TableState::fromJson(json.value("view"_L1).toObject()), state);
        QCOMPARE(json.value("columns"_L1).toArray().size(), 4);
        QCOMPARE(json.value("columns"_L1).toArray().at(1).toObject().value("key"_L1).toString(), u"replicas"_s);
        QCOMPARE(json.value("count"_L1).toInt(), 1);
        const QJsonObject cart = json.value("entities"_L1).toArray().first().toObject();
        QCOMPARE(cart.keys().size(), 4); // only the visible columns
        QCOMPARE(cart.value("$identifier"_L1).toString(), u"cart"_s);
        QCOMPARE(cart.value("replicas"_L1).toDouble(), 3.0);
        QCOMPARE(cart.value("$relation.dependsOn"_L1).toArray(), QJsonArray{u"pricing"_s});
        QCOMPARE(cart.value("tier"_L1).toString(), u"tier-1"_s); // mirror
    }

    void progressIsReported()
    {
        ViewExport job(m_path);
        QSignalSpy progress(&job, &ViewExport::progress);
        QSignalSpy finished(&job, &ViewExport::finished);
        job.start(spec({}), ViewExport::Format::Csv, m_dir.filePath(u"all.csv"_s));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(progress.size() >= 3); // batches of 500 of 1202 rows
        QCOMPARE(progress.last().at(0).toLongLong(), 1202);
        QCOMPARE(progress.last().at(1).toLongLong(), 1202);
    }

    void cancelLeavesNoFile()
    {
        const QString file = m_dir.filePath(u"cancelled.json"_s);
        ViewExport job(m_path);
        QSignalSpy finished(&job, &ViewExport::finished);
        job.start(spec({}), ViewExport::Format::Json, file);
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QString()); // cancelled, not failed
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}), QStringList{});
    }

    void failureSaysWhyAndWritesNothing()
    {
        QString error;
        QVERIFY(!exportTo(spec({}), ViewExport::Format::Csv, m_dir.filePath(u"missing/folder/x.csv"_s), &error));
        QVERIFY(error.contains(u"missing/folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestViewExport)
#include "tst_viewexport.moc"
