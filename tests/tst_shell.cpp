// The window's small parts: history, the sidebar's folders (and their persistence), the palette's
// results model.
#include "palette/palettemodel.h"
#include "shell/history.h"
#include "shell/sidebar.h"
#include "shell/sidebaritems.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QList<Blueprint> blueprints(const QStringList &ids)
{
    QList<Blueprint> result;
    for (const QString &id : ids) {
        Blueprint bp;
        bp.identifier = id;
        bp.title = id.toUpper();
        result.append(bp);
    }
    return result;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // test-mode settings outlive a run
    }

    void historyGoesBackAndForward()
    {
        History history;
        QVERIFY(!history.canGoBack());
        history.visit(Place::home());
        history.visit(Place::catalog(u"service"_s));
        history.visit(Place::catalog(u"service"_s)); // a repeat is one step
        history.visit(Place::entityPage({u"service"_s, u"cart"_s}));
        QCOMPARE(history.back(), Place::catalog(u"service"_s));
        QCOMPARE(history.back(), Place::home());
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), Place::catalog(u"service"_s));
        history.visit(Place::audit()); // drops the forward part
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), Place::catalog(u"service"_s));
    }

    void layoutPlacesEveryBlueprintOnce()
    {
        SidebarLayout layout;
        layout.folders = {{u"Delivery"_s, {u"deployment"_s, u"gone"_s, u"service"_s}}, {u"Again"_s, {u"service"_s}}};
        const SidebarLayout::Placement placement = layout.place({u"service"_s, u"team"_s, u"deployment"_s});
        QCOMPARE(placement.folders.size(), 2);
        QCOMPARE(placement.folders.at(0).blueprints, (QStringList{u"deployment"_s, u"service"_s}));
        QVERIFY(placement.folders.at(1).blueprints.isEmpty());
        QCOMPARE(placement.loose, QStringList{u"team"_s});
        QCOMPARE(SidebarLayout::fromJson(layout.toJson()), layout);
    }

    void sidebarFoldersPersistPerPortal()
    {
        {
            Sidebar sidebar(u"/portal/a.sqlite"_s);
            sidebar.setBlueprints(blueprints({u"service"_s, u"team"_s, u"deployment"_s}), {{u"service"_s, 3}});
            QCOMPARE(sidebar.blueprintOrder(), (QStringList{u"service"_s, u"team"_s, u"deployment"_s}));
            sidebar.newFolder(u"Delivery"_s);
            sidebar.moveToFolder(u"deployment"_s, u"Delivery"_s);
            QCOMPARE(sidebar.blueprintOrder(), (QStringList{u"deployment"_s, u"service"_s, u"team"_s}));
            QAbstractItemModelTester tester(sidebar.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        Sidebar again(u"/portal/a.sqlite"_s);
        again.setBlueprints(blueprints({u"service"_s, u"team"_s, u"deployment"_s}), {});
        QCOMPARE(again.layout().folders.size(), 1);
        QCOMPARE(again.layout().folders.at(0).blueprints, QStringList{u"deployment"_s});
        Sidebar other(u"/portal/b.sqlite"_s);
        QVERIFY(other.layout().folders.isEmpty());
    }

    void dragAndDropMovesABlueprintIntoAFolder()
    {
        Sidebar sidebar(u"/portal/d.sqlite"_s);
        sidebar.setBlueprints(blueprints({u"service"_s, u"team"_s}), {});
        sidebar.newFolder(u"People"_s);
        QAbstractItemModel *model = sidebar.tree()->model();
        const QModelIndex catalog = model->index(1, 0);
        const QModelIndex folder = model->index(0, 0, catalog);
        QCOMPARE(folder.data().toString(), u"People"_s);
        const QModelIndex team = model->index(2, 0, catalog);
        QCOMPARE(team.data(SidebarItems::IdRole).toString(), u"team"_s);
        QVERIFY(model->flags(folder) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model->flags(team) & Qt::ItemIsDropEnabled));
        // What QAbstractItemView does on an internal move: drop a copy, then remove the source row.
        std::unique_ptr<QMimeData> data(model->mimeData({team}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, folder));
        QVERIFY(model->removeRow(team.row(), catalog));
        QTRY_COMPARE(sidebar.layout().folders.value(0).blueprints, QStringList{u"team"_s});
        QCOMPARE(sidebar.blueprintOrder(), (QStringList{u"team"_s, u"service"_s}));
        QCOMPARE(SidebarLayout::load(u"/portal/d.sqlite"_s), sidebar.layout());
    }

    void sidebarSignalsThePlaceChosen()
    {
        Sidebar sidebar(u"/portal/c.sqlite"_s);
        sidebar.setBlueprints(blueprints({u"service"_s}), {});
        QSignalSpy spy(&sidebar, &Sidebar::placeRequested);
        QTreeView *tree = sidebar.tree();
        const QModelIndex service = tree->model()->index(0, 0, tree->model()->index(1, 0));
        QCOMPARE(service.data(SidebarItems::IdRole).toString(), u"service"_s);
        tree->setCurrentIndex(service);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Place>(), Place::catalog(u"service"_s));
        sidebar.select(Place::home()); // programmatic: no signal
        QCOMPARE(spy.size(), 1);
    }

    void paletteMatchesEveryWord()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue({{PaletteEntry::Kind::Blueprint, u"Service"_s, {}, {}, u"service"_s},
                            {PaletteEntry::Kind::Command, u"Audit log"_s, u"Ctrl+Shift+A"_s, {}, u"audit"_s}});
        QCOMPARE(model.rowCount(), 2);
        model.setText(u"aud lo"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).id, u"audit"_s);
        model.setEntities({{PaletteEntry::Kind::Entity, u"Audit service"_s, u"service"_s, {u"service"_s, u"audit"_s}, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).kind, PaletteEntry::Kind::Entity); // entities first
        model.setText(QString());
        QCOMPARE(model.rowCount(), 2); // everything fixed, no entities
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
