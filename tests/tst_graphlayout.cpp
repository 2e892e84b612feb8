// GraphLayout: every node placed, no two boxes overlapping, edges with points, for each engine.
#include "graph/graphlayout.h"
#include "graph/graphoverlap.h"

#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// A tree: each node has `fanOut` children, `count` nodes in all, plus a few cross edges.
GraphSnapshot tree(int count, int fanOut)
{
    GraphSnapshot s;
    for (int i = 0; i < count; ++i) {
        GraphNode n;
        n.key = {u"service"_s, u"service-%1"_s.arg(i)};
        n.title = i % 3 ? u"svc %1"_s.arg(i) : u"a rather long service title %1"_s.arg(i);
        n.blueprint = u"service"_s;
        n.isStart = i == 0;
        n.hiddenCount = (i % 17 == 16) ? 12 : 0;
        n.depth = i == 0 ? 0 : s.nodes.at((i - 1) / fanOut).depth + 1;
        s.nodes.append(n);
        if (i > 0)
            s.edges.append({.from = (i - 1) / fanOut, .to = i, .relation = u"dependsOn"_s});
    }
    for (int i = 7; i < count; i += 11)
        s.edges.append({.from = i, .to = i / 2, .relation = u"team"_s});
    return s;
}

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placesEveryNodeWithoutOverlap_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("fanOut");
        QTest::addColumn<QString>("expectedEngine");
        using E = GraphLayout::Engine;
        QTest::newRow("one node") << int(E::Automatic) << 1 << 1 << u"dot"_s;
        QTest::newRow("chain, dot") << int(E::Dot) << 12 << 1 << u"dot"_s;
        QTest::newRow("star, dot") << int(E::Dot) << 40 << 40 << u"dot"_s;
        QTest::newRow("tree, automatic small") << int(E::Automatic) << 60 << 3 << u"dot"_s;
        QTest::newRow("wide tree, automatic") << int(E::Automatic) << 120 << 60 << u"sfdp"_s;
        QTest::newRow("tree, sfdp") << int(E::Sfdp) << 120 << 4 << u"sfdp"_s;
        QTest::newRow("tree, neato") << int(E::Neato) << 60 << 3 << u"neato"_s;
        QTest::newRow("tree, automatic large") << int(E::Automatic) << 800 << 6 << u"sfdp"_s;
    }

    void placesEveryNodeWithoutOverlap()
    {
        QFETCH(int, engine);
        QFETCH(int, count);
        QFETCH(int, fanOut);
        QFETCH(QString, expectedEngine);
        const GraphSnapshot snapshot = tree(count, fanOut);
        const GraphGeometry g = GraphLayout::compute(snapshot, GraphLayout::Engine(engine));
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.engine, expectedEngine);
        QCOMPARE(g.nodes.size(), snapshot.nodes.size());
        QCOMPARE(g.edges.size(), snapshot.edges.size());
        QList<QRectF> boxes;
        for (qsizetype i = 0; i < g.nodes.size(); ++i) {
            const NodeGeometry &n = g.nodes.at(i);
            QVERIFY(finite(n.centre));
            QCOMPARE(n.size, GraphLayout::nodeSize(snapshot.nodes.at(i)));
            const QRectF box(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size);
            QVERIFY2(g.bounds.adjusted(-1, -1, 1, 1).contains(box), qPrintable(u"node %1 outside the bounds"_s.arg(i)));
            boxes.append(box.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        for (qsizetype i = 0; i < boxes.size(); ++i)
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(u"nodes %1 and %2 overlap"_s.arg(i).arg(j)));
        for (const EdgeGeometry &e : g.edges) {
            QVERIFY(e.points.size() >= 2);
            QVERIFY(e.points.size() == 2 || (e.points.size() - 1) % 3 == 0);
            for (const QPointF &p : e.points)
                QVERIFY(finite(p));
        }
    }

    void edgesRunBetweenTheirNodes()
    {
        const GraphSnapshot snapshot = tree(30, 3);
        for (const auto engine : {GraphLayout::Engine::Dot, GraphLayout::Engine::Sfdp}) {
            const GraphGeometry g = GraphLayout::compute(snapshot, engine);
            for (qsizetype i = 0; i < g.edges.size(); ++i) {
                const auto near = [&](QPointF p, int node) {
                    const NodeGeometry &n = g.nodes.at(node);
                    return QRectF(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size).adjusted(-4, -4, 4, 4).contains(p);
                };
                QVERIFY2(near(g.edges.at(i).points.first(), snapshot.edges.at(i).from), qPrintable(g.engine));
                QVERIFY2(near(g.edges.at(i).points.last(), snapshot.edges.at(i).to), qPrintable(g.engine));
            }
        }
    }

    void overlapRemovalSeparatesEvenAPileOfBoxes_data()
    {
        QTest::addColumn<bool>("samePlace");
        QTest::newRow("all in one place") << true;
        QTest::newRow("crowded cluster") << false;
    }

    void overlapRemovalSeparatesEvenAPileOfBoxes()
    {
        QFETCH(bool, samePlace);
        QList<QPointF> centres;
        QList<QSizeF> sizes;
        for (int i = 0; i < 300; ++i) {
            centres.append(samePlace ? QPointF(10, 10) : QPointF((i * 37) % 200, (i * 91) % 120));
            sizes.append(QSizeF(120 + (i % 5) * 20, 46));
        }
        removeOverlaps(centres, sizes, 8);
        for (int i = 0; i < 300; ++i)
            for (int j = i + 1; j < 300; ++j) {
                const QRectF a(centres.at(i) - QPointF(sizes.at(i).width(), sizes.at(i).height()) / 2, sizes.at(i));
                const QRectF b(centres.at(j) - QPointF(sizes.at(j).width(), sizes.at(j).height()) / 2, sizes.at(j));
                // At least the gap (8) apart: grown by a little under half of it, they still do not meet.
                QVERIFY2(!a.adjusted(-3.9, -3.9, 3.9, 3.9).intersects(b.adjusted(-3.9, -3.9, 3.9, 3.9)),
                         qPrintable(u"boxes %1 and %2"_s.arg(i).arg(j)));
            }
    }

    void emptyGraphHasNoGeometry()
    {
        const GraphGeometry g = GraphLayout::compute(GraphSnapshot{});
        QVERIFY(g.error.isEmpty());
        QVERIFY(g.nodes.isEmpty());
        QVERIFY(g.edges.isEmpty());
        QVERIFY(g.bounds.isEmpty());
    }

    void layoutsFromSeveralThreadsAreSerialised()
    {
        const GraphSnapshot snapshot = tree(80, 4);
        QList<GraphGeometry> results(4);
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i)
            threads.append(QThread::create([&, i] { results[i] = GraphLayout::compute(snapshot); }));
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        for (const GraphGeometry &g : results) {
            QCOMPARE(g.nodes.size(), 80);
            QCOMPARE(g.nodes.last().centre, results.first().nodes.last().centre);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
