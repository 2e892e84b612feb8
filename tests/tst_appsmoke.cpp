// GUI smoke test: the main window on the demo portal, offscreen. Home shows the catalog's size,
// each blueprint's page shows its table, search narrows it, and the screenshots are real pictures.
#include "catalog/catalogpage.h"
#include "demo/demoportal.h"
#include "shell/homepage.h"
#include "shell/mainwindow.h"
#include "shell/screenshots.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
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

    void windowWalksFromHomeToATable()
    {
        MainWindow window(*m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(qobject_cast<HomePage *>(window.currentPage()));
        const QList<QLabel *> labels = window.currentPage()->findChildren<QLabel *>();
        const bool summary = std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains("entities in 13 blueprints"_L1); });
        QVERIFY(summary);
        QCOMPARE(window.blueprintCount(), 13);
        const QList<Blueprint> blueprints = m_store->blueprints();
        const int service = int(std::find_if(blueprints.begin(), blueprints.end(),
                                             [](const Blueprint &b) { return b.identifier == "service"_L1; }) - blueprints.begin());
        window.showPage(service);
        auto *page = qobject_cast<CatalogPage *>(window.currentPage());
        QVERIFY(page);
        auto *table = page->findChild<QTableView *>();
        QVERIFY(table->model()->rowCount() > 100);
        QCOMPARE(table->model()->index(0, 0).data().toString().isEmpty(), false);
        auto *search = page->findChild<QLineEdit *>();
        QTest::keyClicks(search, u"payments"_s);
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < 50);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(table->model()->index(r, 0).data().toString().contains("payment"_L1)
                    || table->model()->index(r, 1).data().toString().contains("Payment"_L1)
                    || !table->model()->index(r, 2).data().toString().isEmpty());
    }

    void screenshotsAreRealPictures()
    {
        QString error;
        const QStringList files = renderScreens(*m_store, m_dir.filePath(u"shots"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 14); // home + 13 blueprints
        for (const QString &file : files) {
            const QImage image(file);
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
