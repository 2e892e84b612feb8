// GraphBuilder: depth, direction, filters, fan-out collapse and expansion, the node cap, cycles.
#include "graph/graphbuilder.h"
#include "storefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Entity service(const QString &id, const QString &team, const QStringList &dependsOn = {}, const QString &system = {})
{
    Entity e;
    e.blueprint = u"service"_s;
    e.identifier = id;
    e.title = id.toUpper();
    e.relations.insert(u"team"_s, team);
    if (!system.isEmpty())
        e.relations.insert(u"system"_s, system);
    if (!dependsOn.isEmpty())
        e.relations.insert(u"dependsOn"_s, QJsonArray::fromStringList(dependsOn));
    return e;
}

Entity named(const QString &blueprint, const QString &id, const QJsonObject &relations = {})
{
    Entity e;
    e.blueprint = blueprint;
    e.identifier = id;
    e.relations = relations;
    return e;
}

QStringList identifiers(const GraphSnapshot &snapshot)
{
    QStringList ids;
    for (const GraphNode &n : snapshot.nodes)
        ids.append(n.isPlaceholder() ? u"+%1"_s.arg(n.hiddenCount) : n.key.identifier);
    ids.sort();
    return ids;
}

} // namespace

class TestGraphBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        // a → b → c → d (dependsOn); e → a; a in team payments and system shop (team payments);
        // x → y → z → x a cycle; team big owns 30 services (big-29 → big-00), team huge 1,500.
        QList<Entity> entities{named(u"team"_s, u"payments"_s), named(u"team"_s, u"big"_s), named(u"team"_s, u"huge"_s),
                               named(u"system"_s, u"shop"_s, {{u"team"_s, u"payments"_s}}),
                               service(u"d"_s, u"payments"_s), service(u"c"_s, u"payments"_s, {u"d"_s}),
                               service(u"b"_s, u"payments"_s, {u"c"_s}), service(u"a"_s, u"payments"_s, {u"b"_s}, u"shop"_s),
                               service(u"e"_s, u"payments"_s, {u"a"_s}),
                               service(u"x"_s, u"payments"_s, {u"y"_s}), service(u"y"_s, u"payments"_s, {u"z"_s}),
                               service(u"z"_s, u"payments"_s, {u"x"_s})};
        for (int i = 0; i < 30; ++i)
            entities.append(service(u"big-%1"_s.arg(i, 2, 10, QChar(u'0')), u"big"_s, i == 29 ? QStringList{u"big-00"_s} : QStringList{}));
        for (int i = 0; i < 1500; ++i)
            entities.append(service(u"huge-%1"_s.arg(i, 4, 10, QChar(u'0')), u"huge"_s));
        testing::write(*m_store, testing::portalBlueprints(), entities);
    }

    void walksByDepthDirectionAndFilters_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("depth");
        QTest::addColumn<GraphDirection>("direction");
        QTest::addColumn<QStringList>("blueprints");
        QTest::addColumn<QStringList>("relations");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &start, int depth, GraphDirection direction,
                            const QStringList &blueprints, const QStringList &relations, const QStringList &expected) {
            QTest::newRow(name) << start << depth << direction << blueprints << relations << expected;
        };
        using D = GraphDirection;
        const QStringList dependsOn{u"dependsOn"_s};
        row("depth 1 downstream", u"a"_s, 1, D::Downstream, {}, {}, {u"a"_s, u"b"_s, u"payments"_s, u"shop"_s});
        row("depth 1 upstream", u"a"_s, 1, D::Upstream, {}, {}, {u"a"_s, u"e"_s});
        row("depth 2 downstream", u"a"_s, 2, D::Downstream, {}, {}, {u"a"_s, u"b"_s, u"c"_s, u"payments"_s, u"shop"_s});
        row("all downstream", u"a"_s, 0, D::Downstream, {}, {}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"payments"_s, u"shop"_s});
        row("all upstream of d", u"d"_s, 0, D::Upstream, {}, dependsOn, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        row("both, dependsOn only", u"b"_s, 0, D::Both, {}, dependsOn, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        row("both, services only", u"c"_s, 0, D::Both, {u"service"_s}, {},
            {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        row("teams only: no walking through services", u"a"_s, 0, D::Both, {u"team"_s}, {}, {u"a"_s, u"payments"_s});
        row("relation filter on depth 1", u"a"_s, 1, D::Downstream, {}, {u"system"_s}, {u"a"_s, u"shop"_s});
        row("cycle, all downstream", u"x"_s, 0, D::Downstream, {}, dependsOn, {u"x"_s, u"y"_s, u"z"_s});
    }

    void walksByDepthDirectionAndFilters()
    {
        QFETCH(QString, start);
        QFETCH(int, depth);
        QFETCH(GraphDirection, direction);
        QFETCH(QStringList, blueprints);
        QFETCH(QStringList, relations);
        QFETCH(QStringList, expected);
        GraphRequest request;
        request.start = {u"service"_s, start};
        request.depth = depth;
        request.direction = direction;
        request.blueprints = QSet<QString>(blueprints.begin(), blueprints.end());
        request.relations = QSet<QString>(relations.begin(), relations.end());
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QVERIFY2(!snapshot.error, qPrintable(snapshot.message));
        QCOMPARE(identifiers(snapshot), expected);
        QVERIFY(snapshot.nodes.first().isStart);
        QCOMPARE(snapshot.nodes.first().key.identifier, start);
        QCOMPARE(snapshot.entityCount, expected.size());
        QVERIFY(!snapshot.truncated);
        for (const GraphEdge &edge : snapshot.edges) {
            QVERIFY(edge.from >= 0 && edge.from < snapshot.nodes.size());
            QVERIFY(edge.to >= 0 && edge.to < snapshot.nodes.size());
            QVERIFY(relations.isEmpty() || relations.contains(edge.relation));
        }
    }

    void edgesKeepTheRelationsDirectionAndAppearOnce()
    {
        GraphRequest request;
        request.start = {u"service"_s, u"x"_s};
        request.depth = 0;
        request.direction = GraphDirection::Both;
        request.relations = {u"dependsOn"_s};
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QStringList edges;
        for (const GraphEdge &e : snapshot.edges)
            edges.append(snapshot.nodes.at(e.from).key.identifier + u" -"_s + e.relation + u"-> "_s + snapshot.nodes.at(e.to).key.identifier);
        edges.sort();
        QCOMPARE(edges, (QStringList{u"x -dependsOn-> y"_s, u"y -dependsOn-> z"_s, u"z -dependsOn-> x"_s}));
        QCOMPARE(snapshot.nodes.at(1).depth, 1);
    }

    void hubBeyondFanOutCollapsesIntoMore()
    {
        GraphRequest request;
        request.start = {u"team"_s, u"big"_s};
        request.depth = 1;
        request.direction = GraphDirection::Upstream;
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QCOMPARE(snapshot.nodes.size(), 1 + 25 + 1);
        QCOMPARE(snapshot.entityCount, 26);
        const GraphNode &more = snapshot.nodes.last();
        QVERIFY(more.isPlaceholder());
        QCOMPARE(more.hiddenCount, 5);
        QCOMPARE(more.key, request.start);
        QCOMPARE(snapshot.edges.size(), 26);
        QCOMPARE(snapshot.edges.last().to, 0); // upstream: the placeholder points at its hub
        QVERIFY(snapshot.edges.last().relation.isEmpty());
        QVERIFY(!snapshot.truncated);
    }

    void relationsBetweenShownEntitiesAreDrawn()
    {
        GraphRequest request;
        request.start = {u"service"_s, u"a"_s};
        request.depth = 1;
        request.direction = GraphDirection::Downstream;
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QStringList edges;
        for (const GraphEdge &e : snapshot.edges)
            edges.append(snapshot.nodes.at(e.from).key.identifier + u" -"_s + e.relation + u"-> "_s + snapshot.nodes.at(e.to).key.identifier);
        edges.sort();
        // b → payments and shop → payments join entities of the last hop.
        QCOMPARE(edges, (QStringList{u"a -dependsOn-> b"_s, u"a -system-> shop"_s, u"a -team-> payments"_s,
                                     u"b -team-> payments"_s, u"shop -team-> payments"_s}));
    }

    void moreCountsOnlyNeighboursNotOnScreen()
    {
        GraphRequest request;
        request.start = {u"service"_s, u"big-00"_s};
        request.depth = 2;
        request.fanOutLimit = 3;
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        // big shows big-00, big-01, big-02; big-29 is on screen too (it depends on big-00).
        QCOMPARE(identifiers(snapshot), (QStringList{u"+26"_s, u"big"_s, u"big-00"_s, u"big-01"_s, u"big-02"_s, u"big-29"_s}));
        const GraphEdge &more = snapshot.edges.last();
        QCOMPARE(snapshot.nodes.at(more.to).key.identifier, u"big"_s); // the hidden ones point at big
        QVERIFY(snapshot.nodes.at(more.from).isPlaceholder());
    }

    void expandedHubShowsEveryNeighbour()
    {
        GraphRequest request;
        request.start = {u"service"_s, u"big-00"_s};
        request.depth = 2;
        request.direction = GraphDirection::Both;
        request.expanded = {{u"team"_s, u"big"_s}};
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QCOMPARE(snapshot.nodes.size(), 31);
        for (const GraphNode &n : snapshot.nodes)
            QVERIFY(!n.isPlaceholder());
    }

    void fanOutLimitIsARequestSetting()
    {
        GraphRequest request;
        request.start = {u"team"_s, u"big"_s};
        request.depth = 1;
        request.fanOutLimit = 10;
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QCOMPARE(snapshot.nodes.size(), 12);
        QCOMPARE(snapshot.nodes.last().hiddenCount, 20);
    }

    void nodeCapStopsTheWalkWithAMessage()
    {
        GraphRequest request;
        request.start = {u"team"_s, u"huge"_s};
        request.depth = 0;
        request.direction = GraphDirection::Upstream;
        request.expanded = {request.start};
        request.nodeCap = 1000;
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QVERIFY(snapshot.truncated);
        QCOMPARE(snapshot.nodes.size(), 1000);
        QCOMPARE(snapshot.reachableCount, 1501);
        QCOMPARE(snapshot.message, u"Showing 1,000 of 1,501 entities — narrow the depth or filter by blueprint"_s);
    }

    void missingStartIsAnErrorWithoutNodes()
    {
        GraphRequest request;
        request.start = {u"service"_s, u"nope"_s};
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request);
        QVERIFY(snapshot.error);
        QVERIFY(snapshot.nodes.isEmpty());
        QVERIFY2(snapshot.message.contains(u"nope"_s), qPrintable(snapshot.message));
    }

    void cancelledWalkStopsEarly()
    {
        GraphRequest request;
        request.start = {u"team"_s, u"huge"_s};
        request.depth = 0;
        request.expanded = {request.start};
        const GraphSnapshot snapshot = GraphBuilder::build(*m_store, request, [] { return true; });
        QVERIFY(snapshot.error);
        QCOMPARE(snapshot.nodes.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

QTEST_GUILESS_MAIN(TestGraphBuilder)
#include "tst_graphbuilder.moc"
