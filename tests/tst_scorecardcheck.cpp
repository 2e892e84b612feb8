// `portolan scorecard check` as CI runs it: the real binary on a portal file; exit 0 at or above
// the level, 1 below (with the failing rules), 2 for unknown scorecards, entities or levels.
#include "scoring/scorecardstore.h"
#include "storefixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QJsonObject readiness()
{
    return QJsonDocument::fromJson(R"({"identifier": "readiness", "title": "Production readiness", "blueprint": "service",
        "rules": [{"identifier": "hasDescription", "title": "Has a description", "level": "Bronze",
                   "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "isNotEmpty"}]}},
                  {"identifier": "threeReplicas", "title": "Runs three replicas", "level": "Silver",
                   "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": ">=", "value": 3}]}},
                  {"identifier": "fiveReplicas", "title": "Runs five replicas", "level": "Gold",
                   "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": ">=", "value": 5}]}},
                  {"identifier": "onCall", "title": "Has an on-call rotation", "level": "Gold", "effectiveFrom": "2099-01-01T00:00:00Z",
                   "query": {"combinator": "and", "conditions": [{"property": "description", "operator": "contains", "value": "on-call"}]}}]})")
        .object();
}

} // namespace

class TestScorecardCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int exitCode = -1;
        QString out, err;
    };
    Run portolan(const QStringList &args) { return binary(QStringList{u"scorecard"_s} + args); }
    Run binary(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(PORTOLAN_BINARY), args);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
    Run check(const QString &entity, const QString &level, const QString &scorecard = u"readiness"_s, const QStringList &more = {})
    {
        return portolan(QStringList{u"check"_s, u"--db"_s, m_db, u"--entity"_s, entity, u"--scorecard"_s, scorecard,
                                    u"--min-level"_s, level} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(QStringLiteral(PORTOLAN_BINARY)));
        m_db = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_db);
        testing::write(store, testing::portalBlueprints(), testing::portalEntities());
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &b : store.blueprints())
            blueprints.insert(b.identifier, b);
        const Problems problems = ScorecardStore(store.database()).save({readiness()}, blueprints, u"ann"_s, Origin::UI);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
    }

    void atOrAboveTheLevelExitsZero()
    {
        const Run run = check(u"cart"_s, u"Silver"_s); // description, 3 replicas
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"cart: Silver (meets Silver)"_s), qPrintable(run.out));
        QCOMPARE(check(u"cart"_s, u"bronze"_s).exitCode, 0); // level titles in any case
    }

    void belowTheLevelExitsOneAndNamesTheFailingRules()
    {
        const Run run = check(u"cart"_s, u"Gold"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(u"cart: Silver (needs Gold)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"[Gold] Runs five replicas"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Runs three replicas"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"warning: upcoming [Gold] Has an on-call rotation"_s), qPrintable(run.out));

        const Run pricing = check(u"pricing"_s, u"Bronze"_s); // no description
        QCOMPARE(pricing.exitCode, 1);
        QVERIFY2(pricing.out.contains(u"Has a description"_s), qPrintable(pricing.out));
    }

    void jsonSaysTheSame()
    {
        const Run run = check(u"cart"_s, u"Gold"_s, u"readiness"_s, {u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("level"_L1).toString(), u"Silver"_s);
        QCOMPARE(json.value("passes"_L1).toBool(true), false);
        QCOMPARE(json.value("failing"_L1).toArray().first().toObject().value("rule"_L1).toString(), u"fiveReplicas"_s);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto base = [this](const QString &entity, const QString &scorecard, const QString &level) {
            return QStringList{u"check"_s, u"--db"_s, m_db, u"--entity"_s, entity, u"--scorecard"_s, scorecard, u"--min-level"_s, level};
        };
        QTest::newRow("unknown scorecard") << base(u"cart"_s, u"nope"_s, u"Gold"_s) << u"no scorecard \"nope\""_s;
        QTest::newRow("unknown entity") << base(u"ghost"_s, u"readiness"_s, u"Gold"_s) << u"no service entity \"ghost\""_s;
        QTest::newRow("unknown level") << base(u"cart"_s, u"readiness"_s, u"Platinum"_s) << u"no level \"Platinum\""_s;
        QTest::newRow("missing options") << QStringList{u"check"_s, u"--db"_s, m_db} << u"check needs --entity"_s;
        QTest::newRow("no action") << QStringList{u"--db"_s, m_db} << u"check|evaluate"_s;
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = portolan(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void evaluateStoresResults()
    {
        const Run run = portolan({u"evaluate"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("entities"_L1).toInteger(), 2);
        CatalogStore store(m_db);
        QCOMPARE(ScorecardStore(store.database()).result(u"readiness"_s, u"service"_s, u"cart"_s)->level, 2);
        QCOMPARE(portolan({u"evaluate"_s, u"--db"_s, m_db, u"--scorecard"_s, u"nope"_s}).exitCode, 2);
    }

    // After `portolan import` the results are current: the scorecards are evaluated (unless
    // --no-evaluate), so an open window shows them without waiting for its next start.
    void importEvaluatesTheScorecards()
    {
        const auto importService = [this](const QString &identifier, const QStringList &more) {
            const QString path = m_dir.filePath(identifier + u".json"_s);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Run{};
            const QJsonObject properties{{u"language"_s, u"Go"_s}, {u"replicas"_s, 5}, {u"description"_s, u"Holds the items"_s}};
            file.write(QJsonDocument(QJsonObject{{u"identifier"_s, identifier}, {u"title"_s, identifier}, {u"properties"_s, properties}}).toJson());
            file.close();
            return binary(QStringList{u"import"_s, u"--db"_s, m_db, u"--blueprint"_s, u"service"_s, path} + more);
        };
        const Run skipped = importService(u"basket"_s, {u"--no-evaluate"_s});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY2(!skipped.out.contains(u"evaluated"_s), qPrintable(skipped.out));
        {
            CatalogStore store(m_db);
            QVERIFY(!ScorecardStore(store.database()).result(u"readiness"_s, u"service"_s, u"basket"_s));
        }
        const Run run = importService(u"wishlist"_s, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"evaluated 1 scorecard(s): 4 result(s)"_s), qPrintable(run.out + run.err));
        CatalogStore store(m_db);
        QVERIFY(ScorecardStore(store.database()).result(u"readiness"_s, u"service"_s, u"basket"_s));
        QVERIFY(ScorecardStore(store.database()).result(u"readiness"_s, u"service"_s, u"wishlist"_s));
    }
};

QTEST_GUILESS_MAIN(TestScorecardCheck)
#include "tst_scorecardcheck.moc"
