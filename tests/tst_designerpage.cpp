// The blueprint designer as a user drives it, offscreen, over a real SQLite portal: create two
// blueprints with the dialog, relate them by dragging on the canvas, review the impact, apply —
// then the store has them, the audit log has the migration, and the draft starts afresh.
#include "modaldialogs.h"
#include "design/migrationhistory.h"
#include "designer/blueprintform.h"
#include "designer/blueprintnodeitem.h"
#include "designer/designdocument.h"
#include "designer/designerpage.h"
#include "designer/impactdialog.h"
#include "designer/modelcanvas.h"
#include "designer/newblueprintdialog.h"
#include "shell/signalwait.h"
#include "storefixture.h"
#include "store/storelane.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

using portolan::testing::whenModal;

void drag(ModelCanvas &canvas, const QPoint &from, const QPoint &to)
{
    QWidget *viewport = canvas.viewport();
    QTest::mouseMove(viewport, from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestDesignerPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_run));
        CatalogStore store(m_path);
        testing::write(store, testing::portalBlueprints(), testing::portalEntities());
    }

    void createTwoBlueprintsConnectThemAndApply()
    {
        StoreLane lane(m_path);
        DesignerPage page(lane);
        page.resize(1280, 800);
        page.show();
        QVERIFY(waitForSignal(&page, &DesignerPage::loaded, [&] { page.refresh(); }) >= 0);
        QVERIFY(!page.action(u"review"_s)->isEnabled()); // nothing to apply yet

        for (const auto &[title, identifier] : {std::pair{u"Payment gateway"_s, u"paymentGateway"_s}, {u"Ledger"_s, u"ledger"_s}}) {
            whenModal<NewBlueprintDialog>([title, identifier](NewBlueprintDialog *dialog) {
                QTest::keyClicks(dialog->titleEdit(), title);
                dialog->identifierEdit()->clear();
                QTest::keyClicks(dialog->identifierEdit(), identifier);
                QTest::keyClick(dialog, Qt::Key_Return);
            });
            page.action(u"newBlueprint"_s)->trigger();
            QVERIFY2(page.document().draft().contains(identifier), qPrintable(identifier));
        }
        QVERIFY(page.action(u"review"_s)->isEnabled());

        // Drag from the gateway's connector onto the ledger: a relation, named in its dialog.
        ModelCanvas &canvas = *page.canvas();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(canvas.nodeItem(u"paymentGateway"_s) && canvas.nodeItem(u"ledger"_s));
        canvas.fit();
        QTest::qWait(50);
        const QPoint from = canvas.mapFromScene(canvas.nodeItem(u"paymentGateway"_s)->handleCentre());
        const QPoint to = canvas.mapFromScene(canvas.nodeItem(u"ledger"_s)->sceneBox().center());
        bool dialogSeen = false;
        whenModal<QDialog>([&dialogSeen](QDialog *dialog) {
            dialogSeen = true;
            dialog->accept();
        });
        drag(canvas, from, to);
        QTRY_VERIFY2(dialogSeen, qPrintable(QString::fromUtf8(QJsonDocument(page.document().draft().json(u"paymentGateway"_s)).toJson()) + canvas.noticeText()));
        const QJsonObject relations = page.document().draft().json(u"paymentGateway"_s).value(u"relations"_s).toObject();
        QCOMPARE(relations.size(), 1);
        QCOMPARE(relations.begin()->toObject().value(u"target"_s).toString(), u"ledger"_s);
        const QString relation = relations.begin().key();

        // Review shows the impact (nothing stored breaks), Apply writes it in one migration.
        bool applied = false;
        QSignalSpy appliedSpy(&page, &DesignerPage::applied);
        whenModal<ImpactDialog>([&applied](ImpactDialog *dialog) {
            QTRY_VERIFY(dialog->isAnalysed());
            QVERIFY2(dialog->impact().canApply(), qPrintable(dialog->impact().summary()));
            QCOMPARE(dialog->impact().invalidCount, 0);
            QSignalSpy finished(dialog, &ImpactDialog::applyFinished);
            dialog->apply();
            QTRY_COMPARE(finished.size(), 1);
            applied = finished.at(0).at(0).toBool();
        });
        QVERIFY(waitForSignal(&page, &DesignerPage::loaded, [&] { page.review(); }) >= 0);
        QVERIFY(applied);
        QCOMPARE(appliedSpy.size(), 1);
        QVERIFY(appliedSpy.at(0).at(0).value<ChangeSet>().blueprints.contains(u"ledger"_s));
        QVERIFY(!page.document().draft().isModified()); // the draft starts again from the store

        CatalogStore store(m_path);
        const std::optional<Blueprint> gateway = store.blueprint(u"paymentGateway"_s);
        QVERIFY(gateway.has_value());
        QVERIFY(store.blueprint(u"ledger"_s).has_value());
        QVERIFY(gateway->relation(relation));
        QCOMPARE(gateway->relation(relation)->target, u"ledger"_s);
        const QList<ModelMigration> migrations = appliedMigrations(store);
        QCOMPARE(migrations.size(), 1);
        QCOMPARE(migrations.first().blueprints.size(), 2);
    }

    void reviewListsEntitiesThatWouldFailAndOpensThem()
    {
        StoreLane lane(m_path);
        DesignerPage page(lane);
        page.resize(1280, 800);
        page.show();
        QVERIFY(waitForSignal(&page, &DesignerPage::loaded, [&] { page.refresh(); }) >= 0);
        // A required property without a default: every stored service would fail.
        QVERIFY(page.document().edit(u"require cost centre"_s, [](ModelDraft &draft) {
            QJsonObject json = draft.json(u"service"_s);
            QJsonObject schema = json.value(u"schema"_s).toObject();
            QJsonObject properties = schema.value(u"properties"_s).toObject();
            properties.insert(u"costCentre"_s, QJsonObject{{u"type"_s, u"string"_s}});
            schema.insert(u"properties"_s, properties);
            schema.insert(u"required"_s, QJsonArray{u"costCentre"_s});
            json.insert(u"schema"_s, schema);
            return draft.putBlueprint(json);
        }).isEmpty());
        CatalogStore store(m_path);
        const qint64 services = store.entities(u"service"_s).size();
        QVERIFY(services > 0);

        EntityKey opened;
        QSignalSpy requested(&page, &DesignerPage::entityRequested);
        whenModal<ImpactDialog>([services](ImpactDialog *dialog) {
            QTRY_VERIFY(dialog->isAnalysed());
            QVERIFY(!dialog->impact().canApply());
            QCOMPARE(dialog->impact().invalidCount, services);
            const InvalidEntity first = dialog->impact().invalidEntities.first();
            QCOMPARE(first.key.blueprint, u"service"_s);
            Q_EMIT dialog->entityRequested(first.key); // what double-clicking its row does
        });
        page.review();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<EntityKey>().blueprint, u"service"_s);
        QVERIFY(page.document().draft().isModified()); // nothing applied, nothing lost
        QCOMPARE(appliedMigrations(store).size(), 0);
    }

    void undoAndRedoWalkTheDraft()
    {
        StoreLane lane(m_path);
        DesignerPage page(lane);
        page.show();
        QVERIFY(waitForSignal(&page, &DesignerPage::loaded, [&] { page.refresh(); }) >= 0);
        const ModelDraft stored = page.document().draft();
        QVERIFY(page.document().edit(u"rename"_s, [](ModelDraft &d) { return d.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s); })
                    .isEmpty());
        QVERIFY(page.document().draft() != stored);
        page.action(u"undo"_s)->trigger();
        QVERIFY(page.document().draft() == stored);
        QVERIFY(!page.action(u"review"_s)->isEnabled());
        page.action(u"redo"_s)->trigger();
        QVERIFY(page.document().draft().json(u"service"_s).value(u"schema"_s).toObject().value(u"properties"_s).toObject().contains(u"instances"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

QTEST_MAIN(TestDesignerPage)
#include "tst_designerpage.moc"
