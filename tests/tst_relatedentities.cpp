// RelatedEntities: both directions, breadth first, each entity at its first depth, bounded.
#include "entity/relatedentities.h"
#include "entity/relatedentitiesmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
// payments ← a → b → c → a (a cycle), d → a, e → d, f ⇄ g.
QList<Blueprint> blueprints()
{
    return {
        testing::blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {}}})"),
        testing::blueprint(R"({"identifier": "service", "title": "Service", "schema": {"properties": {}},
                               "relations": {"dependsOn": {"title": "Depends on", "target": "service", "many": true},
                                             "team": {"target": "team", "many": false}}})"),
    };
}

QList<Entity> entities()
{
    return {
        testing::entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments"})"),
        testing::entity(R"({"identifier": "a", "blueprint": "service", "title": "A", "relations": {"dependsOn": ["b"], "team": "payments"}})"),
        testing::entity(R"({"identifier": "b", "blueprint": "service", "title": "B", "relations": {"dependsOn": ["c"], "team": "payments"}})"),
        testing::entity(R"({"identifier": "c", "blueprint": "service", "title": "C", "relations": {"dependsOn": ["a"], "team": "payments"}})"),
        testing::entity(R"({"identifier": "d", "blueprint": "service", "title": "D", "relations": {"dependsOn": ["a"], "team": "payments"}})"),
        testing::entity(R"({"identifier": "e", "blueprint": "service", "title": "E", "relations": {"dependsOn": ["d"]}})"),
        testing::entity(R"({"identifier": "f", "blueprint": "service", "title": "F", "relations": {"dependsOn": ["g"]}})"),
        testing::entity(R"({"identifier": "g", "blueprint": "service", "title": "G", "relations": {"dependsOn": ["f"]}})"),
    };
}

// "depth direction relation entity via", e.g. "1 out dependsOn service/b service/a".
QStringList describe(const RelatedEntities &related)
{
    QStringList rows;
    for (const RelatedEntity &row : related.rows) {
        rows.append(u"%1 %2 %3 %4/%5 %6/%7"_s.arg(row.depth)
                        .arg(row.direction == RelatedEntity::Direction::Outgoing ? u"out"_s : u"in"_s, row.relation,
                             row.key.blueprint, row.key.identifier, row.via.blueprint, row.via.identifier));
    }
    rows.sort();
    return rows;
}
} // namespace

class TestRelatedEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        testing::write(*m_store, blueprints(), entities());
    }

    void relatedEntitiesByDepthAndDirection_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("truncated");

        const QStringList aDepth1{u"1 in dependsOn service/c service/a"_s, u"1 in dependsOn service/d service/a"_s,
                                  u"1 out dependsOn service/b service/a"_s, u"1 out team team/payments service/a"_s};
        QTest::newRow("depth 1: both directions") << u"service/a"_s << 1 << 5000 << aDepth1 << false;
        QTest::newRow("depth 2: one more hop, cycle not repeated")
            << u"service/a"_s << 2 << 5000 << (aDepth1 + QStringList{u"2 in dependsOn service/e service/d"_s}) << false;
        QTest::newRow("depth 3: nothing further") << u"service/a"_s << 3 << 5000
                                                  << (aDepth1 + QStringList{u"2 in dependsOn service/e service/d"_s}) << false;
        QTest::newRow("outgoing only") << u"service/e"_s << 1 << 5000 << QStringList{u"1 out dependsOn service/d service/e"_s} << false;
        QTest::newRow("incoming only") << u"team/payments"_s << 1 << 5000
                                       << QStringList{u"1 in team service/a team/payments"_s, u"1 in team service/b team/payments"_s,
                                                      u"1 in team service/c team/payments"_s, u"1 in team service/d team/payments"_s}
                                       << false;
        QTest::newRow("two-way relation: one row per direction")
            << u"service/f"_s << 3 << 5000
            << QStringList{u"1 in dependsOn service/g service/f"_s, u"1 out dependsOn service/g service/f"_s} << false;
        QTest::newRow("depth clamped to 5") << u"service/e"_s << 99 << 5000
                                            << QStringList{u"1 out dependsOn service/d service/e"_s, u"2 out dependsOn service/a service/d"_s,
                                                           u"2 out team team/payments service/d"_s, u"3 in dependsOn service/c service/a"_s,
                                                           u"3 in team service/b team/payments"_s, u"3 in team service/c team/payments"_s,
                                                           u"3 out dependsOn service/b service/a"_s}
                                            << false;
        QTest::newRow("cap reached: truncated") << u"service/a"_s << 2 << 2 << QStringList() << true;
        QTest::newRow("cap met exactly: complete") << u"service/a"_s << 2 << 5
                                                   << (aDepth1 + QStringList{u"2 in dependsOn service/e service/d"_s}) << false;
        QTest::newRow("unknown start") << u"service/nope"_s << 2 << 5000 << QStringList() << false;
    }
    void relatedEntitiesByDepthAndDirection()
    {
        QFETCH(QString, start);
        QFETCH(int, depth);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QFETCH(bool, truncated);
        const QStringList parts = start.split(u'/');
        const RelatedEntities related = RelatedEntities::load(*m_store, EntityKey{parts.at(0), parts.at(1)}, depth, limit);
        QCOMPARE(related.truncated, truncated);
        if (truncated)
            QCOMPARE(related.rows.size(), limit);
        else
            QCOMPARE(describe(related), expected);
        for (const RelatedEntity &row : related.rows)
            QVERIFY(row.key != related.start);
    }

    void rowsCarryTitles()
    {
        const RelatedEntities related = RelatedEntities::load(*m_store, EntityKey{u"service"_s, u"e"_s}, 1);
        QCOMPARE(related.rows.size(), 1);
        const RelatedEntity &row = related.rows.first();
        QCOMPARE(row.title, u"D"_s);
        QCOMPARE(row.blueprintTitle, u"Service"_s);
        QCOMPARE(row.relationTitle, u"Depends on"_s);
        QCOMPARE(row.viaTitle, u"E"_s);
    }

    void modelSwapsSnapshots()
    {
        RelatedEntitiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRelated(RelatedEntities::load(*m_store, EntityKey{u"service"_s, u"a"_s}, 2));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(RelatedEntitiesModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, RelatedEntitiesModel::EntityColumn);
            QCOMPARE(model.key(index).identifier, index.data(RelatedEntitiesModel::IdentifierRole).toString());
            QVERIFY(!index.data().toString().isEmpty());
        }
        model.setRelated(RelatedEntities::load(*m_store, EntityKey{u"service"_s, u"e"_s}, 1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RelatedEntitiesModel::EntityColumn).data().toString(), u"D"_s);
        QCOMPARE(model.index(0, RelatedEntitiesModel::DepthColumn).data().toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

QTEST_GUILESS_MAIN(TestRelatedEntities)
#include "tst_relatedentities.moc"
