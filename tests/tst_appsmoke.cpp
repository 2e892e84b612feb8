// GUI smoke test: the main window on the demo portal, offscreen, walked like a user would —
// home, a blueprint's table, an entity (double-click a row), its graph (Ctrl+G), the palette
// (Ctrl+K), back and forward — and the screenshots are real pictures.
#include "catalog/catalogpage.h"
#include "demo/demoportal.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "palette/commandpalette.h"
#include "shell/homepage.h"
#include "shell/mainwindow.h"
#include "shell/screenshots.h"
#include "shell/signalwait.h"
#include "store/catalogstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestAppSmoke final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"demo.sqlite"_s));
        const Problems problems = createDemoPortal(*m_store, 7, QDate(2026, 11, 1), u"tester"_s);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
    }

    void windowWalksTableEntityGraph()
    {
        MainWindow window(*m_store);
        window.resize(1280, 800);
        QVERIFY(waitForSignal(window.homePage(), &HomePage::loaded, [&] { window.show(); }) >= 0);
        const QList<QLabel *> labels = window.homePage()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains("entities in 13 blueprints"_L1); }));
        QTRY_COMPARE(window.blueprints().size(), 13);

        // Table: the first rows of the service table arrive, then a row double-click opens its entity.
        CatalogPage *catalog = window.catalogPage();
        QVERIFY(waitForSignal(catalog, &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(u"service"_s)); }) >= 0);
        QCOMPARE(window.currentPage(), catalog);
        QTableView *table = catalog->table();
        QTRY_VERIFY(table->model()->rowCount() > 50);
        const QModelIndex first = table->model()->index(0, 0);
        const QRect cell = table->visualRect(first);
        QVERIFY(cell.isValid());
        EntityPage *entity = window.entityPage();
        QVERIFY(waitForSignal(entity, &EntityPage::loaded, [&] {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        }) >= 0);
        QCOMPARE(window.currentPage(), entity);
        QCOMPARE(entity->entity().blueprint, u"service"_s);
        const EntityKey shown = entity->entity();

        // Graph of that entity with Ctrl+G.
        GraphPage *graph = window.graphPage();
        QVERIFY(waitForSignal(graph, &GraphPage::graphShown, [&] { window.findChild<QAction *>(u"graph"_s)->trigger(); }) >= 0);
        QCOMPARE(window.currentPage(), graph);
        QCOMPARE(graph->entity(), shown);

        // Back returns to the entity, forward to the graph.
        window.findChild<QAction *>(u"back"_s)->trigger();
        QCOMPARE(window.currentPage(), entity);
        window.findChild<QAction *>(u"forward"_s)->trigger();
        QCOMPARE(window.currentPage(), graph);

        // The palette finds the entity by its identifier and opens it with Enter.
        CommandPalette *palette = window.palette();
        QVERIFY(waitForSignal(palette, &CommandPalette::resultsShown, [&] {
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
            QTest::keyClicks(palette->input(), shown.identifier);
        }) >= 0);
        QVERIFY(palette->isVisible());
        QVERIFY(palette->results()->model()->rowCount() >= 1);
        window.go(Place::home());
        QVERIFY(waitForSignal(entity, &EntityPage::loaded, [&] { QTest::keyClick(palette->input(), Qt::Key_Return); }) >= 0);
        QCOMPARE(entity->entity(), shown);
        QVERIFY(!palette->isVisible());
    }

    void screenshotsAreRealPictures()
    {
        QString error;
        const QStringList files = renderScreens(*m_store, m_dir.filePath(u"shots"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(files.size() >= 12);
        for (const QString &file : files) {
            const QImage image(file);
            // Pages are the window at a fixed size; the designer's dialogs have their own.
            if (file.endsWith(u"designer-impact.png"_s) || file.endsWith(u"designer-templates.png"_s)
                || file.endsWith(u"scorecard-editor.png"_s))
                QVERIFY2(image.width() >= 800 && image.height() >= 500, qPrintable(file));
            else if (file.endsWith(u"action-form.png"_s) || file.endsWith(u"action-wizard.png"_s))
                QVERIFY2(image.width() >= 600 && image.height() >= 500, qPrintable(file));
            else
                QCOMPARE(image.size(), QSize(1280, 800));
            // Not blank: text and frames give a rendered screen many distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 5) {
                for (int x = 0; x < image.width(); x += 5)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 20, qPrintable(u"%1: %2 colours"_s.arg(file).arg(colours.size())));
        }
    }
};

QTEST_MAIN(TestAppSmoke)
#include "tst_appsmoke.moc"
