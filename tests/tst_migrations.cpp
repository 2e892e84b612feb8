// Schema migrations: an old portal file is brought up to date with its data intact; a file from a
// newer Portolan is refused instead of being damaged.
#include "store/catalogstore.h"
#include "store/database.h"
#include "scoring/scorecardstore.h"
#include "store/migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

// Removes a named Qt SQL connection when the test leaves, after its QSqlDatabase copies are gone.
struct ScopedRemoval {
    QString name;
    ~ScopedRemoval() { QSqlDatabase::removeDatabase(name); }
};

class TestMigrations final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Writes a file at schema version `version` with one entity, through plain Qt SQL.
    QString oldFile(int version, const QString &name = {})
    {
        const QString path = m_dir.filePath(name.isEmpty() ? u"v%1.sqlite"_s.arg(version) : name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            [&] { QVERIFY(db.open()); }();
            [&] { QCOMPARE(migrate(db, version), QString()); }();
            QSqlQuery q(db);
            [&] {
                QVERIFY(q.exec(u"INSERT INTO blueprints VALUES ('service', '{\"identifier\":\"service\"}', 1)"_s));
                QVERIFY(q.exec(u"INSERT INTO entities (blueprint, identifier, title) VALUES ('service', 'cart', 'Cart')"_s));
            }();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationsAreNumberedInOrder()
    {
        int last = 0;
        for (const Migration &m : migrations()) {
            QCOMPARE(m.version, last + 1);
            QVERIFY(!m.statements.isEmpty());
            last = m.version;
        }
        QCOMPARE(latestSchemaVersion(), last);
    }

    void oldFileIsMigratedWithItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void oldFileIsMigratedWithItsData()
    {
        QFETCH(int, version);
        const QString path = oldFile(version);
        CatalogStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.error()));
        QCOMPARE(store.database().schemaVersion(), latestSchemaVersion());
        const std::optional<Entity> cart = store.entity(u"service"_s, u"cart"_s);
        QVERIFY(cart);
        QCOMPARE(cart->title, u"Cart"_s);
        // Tables of later steps exist and work.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM audit"_s));
        QVERIFY(q.exec(u"SELECT rowid FROM entity_search WHERE entity_search MATCH 'x'"_s));
    }

    // Step 6 finds history by entity id: rows written before it get the id of their entity.
    void scorecardHistoryKeepsItsEntityAcrossStep6()
    {
        const QString path = oldFile(5, u"history-v5.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO scorecard_history (at, scorecard, blueprint, identifier, level, points,"
                                       " outcomes, ruleset) VALUES ('2026-03-01T09:00:00.000Z', 'ready', 'service', 'cart',"
                                       " 1, 50, 'PF', 1), ('2026-03-01T09:00:00.000Z', 'ready', 'service', 'gone', 2, 100,"
                                       " 'PP', 1)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v5"_s);
        CatalogStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.error()));
        const QList<ScoreChange> history = ScorecardStore(store.database()).history(u"ready"_s, u"service"_s, u"cart"_s);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().level, 1);
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM scorecard_history WHERE entity IS NULL AND identifier = 'gone'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // history outlives its entity, by name
    }

    void fileFromNewerPortolanIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        {
            ScopedRemoval removal{u"check"_s};
            Database db(path);
            QVERIFY(!db.isOpen());
            QVERIFY2(db.error().contains("newer than this Portolan"_L1), qPrintable(db.error()));
        }
        // Untouched: same version, and still in the default rollback journal (not switched to WAL).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 99);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"delete"_s);
        q.finish();
        db.close();
    }

    void failedStepRollsBackThatStep()
    {
        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"broken"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 2).isEmpty());
            // Sabotage step 3: its table already exists.
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE audit (x)"_s));
            const QString error = migrate(db);
            QVERIFY2(error.contains("migration 3"_L1), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"broken"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
