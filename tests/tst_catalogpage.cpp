// The catalog page offscreen on a real store: first rows, header sorts (Shift adds a key),
// search, grouping, filters, columns, activation by double-click, Enter and relation links.
#include "catalog/catalogpage.h"
#include "catalog/filterbar.h"
#include "storefixture.h"
#include "store/storelane.h"
#include "table/tablemodelbase.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestCatalogPage final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreLane> m_lane;
    Blueprint m_service;

    static int column(const CatalogPage &page, const QString &key)
    {
        return TableColumns::indexOf(qobject_cast<TableModelBase *>(page.table()->model())->columns(), key);
    }

    static void clickHeader(CatalogPage &page, int logical, Qt::KeyboardModifiers modifiers = {})
    {
        QHeaderView *header = page.table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(logical) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, at);
    }

    static QString cell(const CatalogPage &page, int row, int column)
    {
        return page.table()->model()->index(row, column).data().toString();
    }

    std::unique_ptr<CatalogPage> shownPage()
    {
        auto page = std::make_unique<CatalogPage>(*m_lane);
        page->resize(1280, 800);
        page->show();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        page->showBlueprint(m_service);
        [&] { QVERIFY(shown.wait()); }();
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        QList<Entity> entities = portalEntities();
        entities.append(numberedServices(300));
        write(store, portalBlueprints(), entities);
        m_service = *store.blueprint(u"service"_s);
        m_lane = std::make_unique<StoreLane>(m_path);
    }

    void showBlueprintShowsFirstRowsThenTheCount()
    {
        CatalogPage page(*m_lane);
        page.resize(1280, 800);
        page.show();
        QSignalSpy shown(&page, &CatalogPage::firstRowsShown);
        page.showBlueprint(m_service);
        QVERIFY(page.isLoading());
        QCOMPARE(page.blueprint(), u"service"_s);
        QVERIFY(shown.wait());
        QVERIFY(!page.isLoading());
        QCOMPARE(page.table()->model()->rowCount(), 200);
        QCOMPARE(cell(page, 0, column(page, u"$identifier"_s)), u"cart"_s);
        auto *count = page.findChild<QLabel *>(u"count"_s);
        QTRY_COMPARE(count->text(), u"302 services"_s);
        QVERIFY(page.table()->horizontalHeader()->isSectionHidden(column(page, u"$createdAt"_s)));
    }

    void headerClickSortsAndShiftClickAddsAKey()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        const int replicas = column(*page, u"replicas"_s), language = column(*page, u"language"_s);
        clickHeader(*page, replicas);
        QVERIFY(shown.wait());
        QCOMPARE(page->state().sort, (QList<SortKey>{{u"replicas"_s, true}}));
        QCOMPARE(cell(*page, 0, replicas), u"0"_s);
        clickHeader(*page, replicas);
        QVERIFY(shown.wait());
        QCOMPARE(cell(*page, 0, replicas), u"6"_s);
        clickHeader(*page, language, Qt::ShiftModifier);
        QVERIFY(shown.wait());
        QCOMPARE(page->state().sort, (QList<SortKey>{{u"replicas"_s, false}, {u"language"_s, true}}));
        QCOMPARE(cell(*page, 0, language), u"Go"_s);
        QCOMPARE(cell(*page, 0, replicas), u"6"_s);
        // Mirror columns are computed when shown: a click does not sort by them.
        clickHeader(*page, column(*page, u"tier"_s));
        QTest::qWait(50);
        QCOMPARE(page->state().sort.size(), 2);
    }

    void eachTableKeepsItsStateForTheSession()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        clickHeader(*page, column(*page, u"replicas"_s));
        QVERIFY(shown.wait());
        const TableState sorted = page->state();
        QCOMPARE(sorted.sort, (QList<SortKey>{{u"replicas"_s, true}}));
        CatalogStore store(m_path);
        page->showBlueprint(*store.blueprint(u"team"_s));
        QVERIFY(shown.wait());
        QVERIFY(page->state().sort.isEmpty()); // another table: its own (default) state
        page->showBlueprint(m_service);
        QVERIFY(shown.wait());
        QCOMPARE(page->state(), sorted);
        QCOMPARE(cell(*page, 0, column(*page, u"replicas"_s)), u"0"_s);
    }

    void searchNarrowsTheRows()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        QTest::keyClicks(page->findChild<QLineEdit *>(), u"basket"_s);
        QVERIFY(shown.wait());
        QCOMPARE(shown.count(), 1); // typing is debounced: one query
        QCOMPARE(page->table()->model()->rowCount(), 1);
        QCOMPARE(page->state().text, u"basket"_s);
        QTRY_VERIFY(page->findChild<QLabel *>(u"count"_s)->text().contains(u"filtered from 302"_s));
    }

    void ctrlFFocusesTheSearch()
    {
        auto page = shownPage();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->findChild<QLineEdit *>()->hasFocus());
    }

    void doubleClickAndEnterActivateTheEntity()
    {
        auto page = shownPage();
        QSignalSpy activated(page.get(), &CatalogPage::entityActivated);
        const QModelIndex first = page->table()->model()->index(0, column(*page, u"$title"_s));
        const QPoint at = page->table()->visualRect(first).center();
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), (EntityKey{u"service"_s, u"cart"_s}));
        page->table()->setCurrentIndex(page->table()->model()->index(1, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().value<EntityKey>(), (EntityKey{u"service"_s, u"pricing"_s}));
    }

    void clickingARelationOpensItsTarget()
    {
        auto page = shownPage();
        QSignalSpy activated(page.get(), &CatalogPage::entityActivated);
        const int dependsOn = column(*page, u"$relation.dependsOn"_s);
        page->table()->scrollTo(page->table()->model()->index(0, dependsOn));
        const QRect rect = page->table()->visualRect(page->table()->model()->index(0, dependsOn));
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 12, rect.center().y()));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), (EntityKey{u"service"_s, u"pricing"_s}));
    }

    void groupingShowsGroupsInATree()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        TableState state = page->state();
        state.groupBy = u"language"_s;
        page->setState(state);
        QVERIFY(shown.wait());
        QVERIFY(page->groupedTable()->isVisible());
        QVERIFY(!page->table()->isVisible());
        QAbstractItemModel *model = page->groupedTable()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"Go (201)"_s);
        QTRY_COMPARE(model->rowCount(model->index(0, 0)), 200); // the first group opens with its first page
        state.groupBy.clear();
        page->setState(state);
        QVERIFY(shown.wait());
        QVERIFY(page->table()->isVisible());
    }

    void stateAppliesFilterAndColumns()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        TableState state = page->state();
        state.columns = {u"language"_s, u"$identifier"_s};
        state.filter = {{u"combinator"_s, u"and"_s},
                        {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"language"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"Java"_s}}}}};
        page->setState(state);
        QVERIFY(shown.wait());
        QCOMPARE(page->state(), state);
        QTRY_VERIFY(page->findChild<QLabel *>(u"count"_s)->text().startsWith(u"101 services"_s));
        QHeaderView *header = page->table()->horizontalHeader();
        QCOMPARE(header->logicalIndex(0), column(*page, u"language"_s));
        QCOMPARE(header->logicalIndex(1), column(*page, u"$identifier"_s));
        QVERIFY(header->isSectionHidden(column(*page, u"$title"_s)));
        QCOMPARE(page->findChild<FilterBar *>()->filter(), state.filter);
        // Dragging a header section reorders the state's columns.
        header->moveSection(1, 0);
        QCOMPARE(page->state().columns, (QStringList{u"$identifier"_s, u"language"_s}));
    }

    void myTeamsNeedsTeams()
    {
        auto page = shownPage();
        QSignalSpy shown(page.get(), &CatalogPage::firstRowsShown);
        page->setMyTeams({u"nobody"_s});
        TableState state = page->state();
        state.myTeams = true;
        page->setState(state);
        QVERIFY(shown.wait());
        QCOMPARE(page->table()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
