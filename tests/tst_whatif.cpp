// What-if on a hand-made catalog: a stricter rule moves exactly the expected entities down, a
// looser one moves them up, and cancelling stops it.
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "scoring/whatif.h"
#include "storefixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// Bronze: at least `replicas` replicas.
QJsonObject replicasScorecard(int replicas)
{
    return QJsonObject{
        {u"identifier"_s, u"replicas"_s},
        {u"title"_s, u"Replicas"_s},
        {u"blueprint"_s, u"service"_s},
        {u"rules"_s, QJsonArray{QJsonObject{
                         {u"identifier"_s, u"enough"_s},
                         {u"title"_s, u"Enough replicas"_s},
                         {u"level"_s, u"Bronze"_s},
                         {u"query"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                                  {u"conditions"_s, QJsonArray{QJsonObject{{u"property"_s, u"replicas"_s},
                                                                                           {u"operator"_s, u">="_s},
                                                                                           {u"value"_s, replicas}}}}}}}}}};
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        // svc-000 … svc-020: replicas i % 7.
        testing::write(*m_store, testing::portalBlueprints(), testing::numberedServices(21));
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &b : m_store->blueprints())
            blueprints.insert(b.identifier, b);
        QVERIFY(!hasErrors(ScorecardStore(m_store->database()).save({replicasScorecard(3)}, blueprints, u"ann"_s, Origin::UI)));
        const ScoringRunReport report = evaluateInFull(m_store->database().path(), {}, m_now);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.entities, 21);
    }

    void stricterRuleMovesExactlyTheExpectedEntitiesDown()
    {
        const Scorecard draft = Scorecard::fromJson(replicasScorecard(5));
        const WhatIfReport report = whatIf(*m_store, draft, m_now);
        // Replicas 3 and 4 (i % 7) no longer reach Bronze: i = 3, 4, 10, 11, 17, 18.
        QCOMPARE(report.entities, 21);
        QCOMPARE(report.down, 6);
        QCOMPARE(report.up, 0);
        QCOMPARE(report.same, 15);
        QCOMPARE(report.entering, 0);
        QCOMPARE(report.leaving, 0);
        QStringList moved;
        for (const LevelMove &move : report.moves) {
            moved.append(move.identifier);
            QCOMPARE(move.fromLevel, 3); // Bronze with nothing above it: the top level
            QCOMPARE(move.toLevel, 0);
            QCOMPARE(move.blueprint, u"service"_s);
        }
        moved.sort();
        QCOMPARE(moved, (QStringList{u"svc-003"_s, u"svc-004"_s, u"svc-010"_s, u"svc-011"_s, u"svc-017"_s, u"svc-018"_s}));
        QCOMPARE(report.rules.value(u"enough"_s).passedBefore, 12);
        QCOMPARE(report.rules.value(u"enough"_s).passedAfter, 6);
    }

    void looserRuleMovesEntitiesUp()
    {
        const WhatIfReport report = whatIf(*m_store, Scorecard::fromJson(replicasScorecard(1)), m_now);
        QCOMPARE(report.up, 6); // replicas 1 and 2
        QCOMPARE(report.down, 0);
        QCOMPARE(report.moves.first().title.startsWith(u"Service "_s), true);
    }

    void scopeFilterCountsLeavers()
    {
        QJsonObject json = replicasScorecard(3);
        json.insert(u"filter"_s, QJsonObject{{u"combinator"_s, u"and"_s},
                                             {u"conditions"_s, QJsonArray{QJsonObject{{u"property"_s, u"language"_s},
                                                                                      {u"operator"_s, u"="_s},
                                                                                      {u"value"_s, u"Go"_s}}}}});
        const WhatIfReport report = whatIf(*m_store, Scorecard::fromJson(json), m_now);
        QCOMPARE(report.leaving, 7); // every third is Java
        QCOMPARE(report.entities, 14);
    }

    void cancelStops()
    {
        std::atomic_bool cancel{true};
        const WhatIfReport report = whatIf(*m_store, Scorecard::fromJson(replicasScorecard(5)), m_now, &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.entities, 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
