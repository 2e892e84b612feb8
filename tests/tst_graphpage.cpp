// GraphPage offscreen: a graph comes back from the lane; clicks, keys, hover, "+N more", export.
#include "graph/graphedgeitem.h"
#include "graph/graphfiltermenu.h"
#include "graph/graphnodeitem.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "storefixture.h"
#include "store/storelane.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

GraphNodeItem *nodeItem(GraphPage &page, const QString &identifier, bool placeholder = false)
{
    for (GraphNodeItem *item : page.view()->graphScene()->nodeItems())
        if (item->node().key.identifier == identifier && item->node().isPlaceholder() == placeholder)
            return item;
    return nullptr;
}

QPoint viewportPos(GraphPage &page, QGraphicsItem *item)
{
    page.view()->centerOn(item);
    return page.view()->mapFromScene(item->sceneBoundingRect().center());
}

} // namespace

class TestGraphPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        QList<Entity> entities = testing::portalEntities();
        entities.append(testing::entity(R"({"identifier": "big", "blueprint": "team", "title": "Big Team"})"));
        for (int i = 0; i < 30; ++i) {
            Entity e;
            e.blueprint = u"service"_s;
            e.identifier = u"big-%1"_s.arg(i);
            e.title = u"Big service %1"_s.arg(i);
            e.relations.insert(u"team"_s, u"big"_s);
            entities.append(e);
        }
        testing::write(store, testing::portalBlueprints(), entities);
        m_lane = std::make_unique<StoreLane>(m_path);
    }

    void init()
    {
        m_page = std::make_unique<GraphPage>(*m_lane);
        m_page->resize(1280, 800);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void showEntityPutsTheNeighbourhoodOnScreen()
    {
        QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
        m_page->showEntity({u"service"_s, u"cart"_s});
        QVERIFY(m_page->isBusy());
        QVERIFY(shown.wait(10000));
        QVERIFY(!m_page->isBusy());
        QCOMPARE(m_page->entity(), (EntityKey{u"service"_s, u"cart"_s}));
        GraphScene *scene = m_page->view()->graphScene();
        // depth 2, both directions: cart, pricing, shop, payments.
        QCOMPARE(scene->nodeItems().size(), 4);
        QCOMPARE(scene->edgeItems().size(), 5); // cart→pricing, cart→shop, cart→payments, pricing→payments, shop→payments
        QVERIFY(nodeItem(*m_page, u"cart"_s)->node().isStart);
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(u"4 entities, 5 relations"_s); }));
    }

    void clickingAnEntityActivatesIt()
    {
        showAndWait({u"service"_s, u"cart"_s});
        QSignalSpy activated(m_page.get(), &GraphPage::entityActivated);
        GraphNodeItem *pricing = nodeItem(*m_page, u"pricing"_s);
        QVERIFY(pricing);
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, viewportPos(*m_page, pricing));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), (EntityKey{u"service"_s, u"pricing"_s}));
    }

    void dragPansInsteadOfActivating()
    {
        showAndWait({u"service"_s, u"cart"_s});
        QSignalSpy activated(m_page.get(), &GraphPage::entityActivated);
        QWidget *viewport = m_page->view()->viewport();
        const QPoint from = viewportPos(*m_page, nodeItem(*m_page, u"pricing"_s));
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(40, 30));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(40, 30));
        QCOMPARE(activated.size(), 0);
    }

    void tabFocusesNodesAndEnterActivatesThem()
    {
        showAndWait({u"service"_s, u"cart"_s});
        QSignalSpy activated(m_page.get(), &GraphPage::entityActivated);
        GraphView *view = m_page->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        auto *focused = qgraphicsitem_cast<GraphNodeItem *>(view->graphScene()->focusItem());
        QVERIFY(focused);
        QVERIFY(focused->isHighlighted());
        QTest::keyClick(view, Qt::Key_Tab);
        auto *next = qgraphicsitem_cast<GraphNodeItem *>(view->graphScene()->focusItem());
        QVERIFY(next && next != focused);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), next->node().key);
    }

    void filterMenusNarrowTheGraph()
    {
        showAndWait({u"service"_s, u"cart"_s});
        const QList<GraphFilterMenu *> menus = m_page->findChildren<GraphFilterMenu *>();
        QCOMPARE(menus.size(), 2); // blueprints, relations
        QAction *team = nullptr;
        for (QAction *action : menus.first()->menu()->actions())
            if (action->data().toString() == u"team"_s)
                team = action;
        QVERIFY(team);
        QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
        team->setChecked(false);
        QVERIFY(shown.wait(10000));
        QVERIFY(!nodeItem(*m_page, u"payments"_s));
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 3);
        QVERIFY(menus.first()->text().contains(u"2 of 3"_s));
    }

    void paletteChangeRecoloursInPlace()
    {
        showAndWait({u"service"_s, u"cart"_s});
        const QTransform before = m_page->view()->transform();
        QPalette dark = m_page->palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        m_page->setPalette(dark);
        QCOMPARE(m_page->view()->graphScene()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x20));
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 4);
        QCOMPARE(m_page->view()->transform(), before);
    }

    void hoveringANodeLightsItsEdgesAndDimsTheRest()
    {
        showAndWait({u"service"_s, u"cart"_s});
        GraphNodeItem *pricing = nodeItem(*m_page, u"pricing"_s);
        QTest::mouseMove(m_page->view()->viewport(), viewportPos(*m_page, pricing));
        int lit = 0;
        for (GraphEdgeItem *edge : m_page->view()->graphScene()->edgeItems())
            lit += edge->isHighlighted() ? 1 : 0;
        QCOMPARE(lit, 2); // cart→pricing, pricing→payments
        QCOMPARE(nodeItem(*m_page, u"shop"_s)->opacity() < 1, true);
        QCOMPARE(pricing->opacity(), 1.0);
    }

    void clickingMoreExpandsTheHub()
    {
        showAndWait({u"team"_s, u"big"_s});
        GraphNodeItem *more = nodeItem(*m_page, u"big"_s, true);
        QVERIFY(more);
        QCOMPARE(more->node().hiddenCount, 5);
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 27);
        QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
        QSignalSpy activated(m_page.get(), &GraphPage::entityActivated);
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, viewportPos(*m_page, more));
        const double zoom = m_page->view()->zoom();
        QVERIFY(m_page->isBusy());
        QVERIFY(shown.wait(10000));
        QCOMPARE(activated.size(), 0);
        QCOMPARE(m_page->view()->zoom(), zoom); // the view stays where the user was looking
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 31);
        QVERIFY(!nodeItem(*m_page, u"big"_s, true));
    }

    void directionComboRebuildsTheGraph()
    {
        showAndWait({u"service"_s, u"pricing"_s});
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 4); // pricing, cart, payments, shop
        auto *direction = m_page->findChild<QComboBox *>();
        QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
        direction->setCurrentIndex(direction->findText(u"Upstream"_s));
        QVERIFY(shown.wait(10000));
        QCOMPARE(m_page->view()->graphScene()->nodeItems().size(), 2); // pricing ← cart
    }

    void missingEntitySaysSo()
    {
        showAndWait({u"service"_s, u"gone"_s});
        QVERIFY(m_page->view()->graphScene()->nodeItems().isEmpty());
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(u"does not exist"_s); }));
        QVERIFY(!m_page->exportTo(m_dir.filePath(u"nothing.png"_s)));
    }

    void exportsPngAndSvg()
    {
        showAndWait({u"service"_s, u"cart"_s});
        const QString png = m_dir.filePath(u"graph.png"_s);
        QVERIFY(m_page->exportTo(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 100);
        const QString svg = m_dir.filePath(u"graph.svg"_s);
        QVERIFY(m_page->exportTo(svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Cart Service")); // text stays text
        QVERIFY(!text.contains("<image")); // no cached bitmaps
        QVERIFY(!m_page->exportTo(m_dir.filePath(u"graph.gif"_s)));
        QVERIFY(!m_page->exportTo(m_dir.filePath(u"no/such/folder/graph.png"_s)));
    }

    void keysZoomFitAndPan()
    {
        showAndWait({u"team"_s, u"big"_s});
        GraphView *view = m_page->view();
        view->setFocus();
        const double before = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < before);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_PageDown);
        QVERIFY(view->verticalScrollBar()->value() != scrolled);
        QTest::keyClick(view, Qt::Key_0);
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view->graphScene()->itemsBoundingRect()));
    }

private:
    void showAndWait(const EntityKey &key)
    {
        QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
        m_page->showEntity(key);
        QVERIFY(shown.wait(10000));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreLane> m_lane;
    std::unique_ptr<GraphPage> m_page;
};

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
