// The catalog table model: lazy pages from the store, SQL sort and search, checked by
// QAbstractItemModelTester on a real store.
#include "catalog/entitypagemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestEntityPageModel final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        QList<Entity> entities = portalEntities();
        // Enough services for several pages.
        for (int i = 0; i < 450; ++i) {
            Entity e;
            e.blueprint = u"service"_s;
            e.identifier = u"svc-%1"_s.arg(i, 3, 10, QChar(u'0'));
            e.title = u"Service %1"_s.arg(i);
            e.properties = {{u"language"_s, i % 3 ? u"Go"_s : u"Java"_s}, {u"replicas"_s, i % 7}};
            entities.append(e);
        }
        write(*m_store, portalBlueprints(), entities);
    }

    void pagesArriveAsTheViewAsksForMore()
    {
        EntityPageModel model(*m_store); // no tester here: it fetches on its own
        model.setBlueprint(*m_store->blueprint(u"service"_s));
        QCOMPARE(model.totalCount(), 452);
        QCOMPARE(model.rowCount(), EntityPageModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 452);
        QVERIFY(!model.canFetchMore({}));
        // identifier, title, 3 properties, 2 mirrors, 2 calculations, 3 relations
        QCOMPARE(model.columnCount(), 12);
        // Schema keys come sorted (QJsonObject): description, language, replicas.
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"language"_s);
    }

    void modelPassesTheTesterWhileFetching()
    {
        EntityPageModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBlueprint(*m_store->blueprint(u"service"_s));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 452);
    }

    void sortingRunsInTheStore()
    {
        EntityPageModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBlueprint(*m_store->blueprint(u"service"_s));
        model.sort(4, Qt::DescendingOrder); // replicas
        QCOMPARE(model.data(model.index(0, 4)).toString(), u"6"_s);
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"cart"_s);
        model.sort(-1, Qt::AscendingOrder); // "unsorted", as QHeaderView asks at start
        QVERIFY(model.rowCount() >= EntityPageModel::PageSize);
    }

    void searchNarrowsTheRows()
    {
        EntityPageModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBlueprint(*m_store->blueprint(u"service"_s));
        model.setText(u"basket"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"cart"_s);
        QCOMPARE(model.data(model.index(0, 9)).toString(), u"pricing"_s); // dependsOn
        // Derived columns: mirrors through system → team, and jq calculations.
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), u"teamSlack"_s);
        QCOMPARE(model.data(model.index(0, 5)).toString(), u"#payments"_s);
        QCOMPARE(model.data(model.index(0, 6)).toString(), u"tier-1"_s);
        QCOMPARE(model.data(model.index(0, 8)).toString(), u"https://slack.com/cart"_s);
        model.setText(QString());
        QCOMPARE(model.totalCount(), 452);
    }
};

QTEST_GUILESS_MAIN(TestEntityPageModel)
#include "tst_entitypagemodel.moc"
