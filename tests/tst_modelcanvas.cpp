// The designer's data-model canvas offscreen: cards and relation edges from a real DesignDocument,
// drag-to-relate, moving cards and keeping them, delete with cascade, zoom, export, rendering.
#include "demo/demoblueprints.h"
#include "demo/seedcatalog.h"
#include "design/canvaspositions.h"
#include "design/modellayout.h"
#include "designer/blueprintnodeitem.h"
#include "designer/designdocument.h"
#include "designer/modelcanvas.h"
#include "designer/relationedgeitem.h"
#include "shell/appearance.h"
#include "store/catalogstore.h"
#include "storefixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// team ← service (owning team, required; depends on services), environment on its own.
QList<Blueprint> smallModel()
{
    return {
        testing::blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {"slack": {"type": "string", "format": "url"}}}})"),
        testing::blueprint(R"({"identifier": "service", "title": "Service",
                               "schema": {"properties": {"language": {"type": "string", "enum": ["Go", "Java"]}, "replicas": {"type": "number"}},
                                          "required": ["language"]},
                               "relations": {"owningTeam": {"title": "Owning team", "target": "team", "required": true, "many": false},
                                             "dependsOn": {"title": "Depends on", "target": "service", "required": false, "many": true}}})"),
        testing::blueprint(R"({"identifier": "environment", "title": "Environment", "schema": {"properties": {}}})"),
    };
}

// The seed's C4 model and the demo organisation's: the blueprints of `portolan demo`.
QList<Blueprint> demoModel()
{
    QList<Blueprint> blueprints;
    for (const ImportPlan::PlannedBlueprint &planned : seedCatalogPlan().blueprints)
        blueprints.append(planned.blueprint);
    for (const QJsonObject &json : demo::demoBlueprintJson())
        blueprints.append(Blueprint::fromJson(json));
    return blueprints;
}

QPoint viewPos(ModelCanvas &canvas, const QPointF &scenePos)
{
    return canvas.mapFromScene(scenePos);
}

void drag(ModelCanvas &canvas, const QPoint &from, const QPoint &to)
{
    QWidget *viewport = canvas.viewport();
    QTest::mouseMove(viewport, from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

QJsonObject relationsOf(const DesignDocument &document, const QString &blueprint)
{
    return document.draft().json(blueprint).value(u"relations"_s).toObject();
}

// Clicks `button` ("cascade", or Cancel when empty) of the message box the canvas opens.
void answerMessageBox(const QString &button)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (button.isEmpty())
            box->button(QMessageBox::Cancel)->click();
        else
            box->findChild<QPushButton *>(button)->click();
    });
    timer->start(20);
}

// Pictures to look at: the model in light and dark, exported; then with a new and an edited
// blueprint and a relation being dragged.
void renderShots(ModelCanvas &canvas, DesignDocument &document, const QString &dir)
{
    Appearance appearance;
    for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        appearance.setMode(mode, false);
        QApplication::processEvents();
        canvas.fit();
        document.select(u"service"_s);
        const QString name = mode == Appearance::Mode::Light ? u"light"_s : u"dark"_s;
        QVERIFY(canvas.grab().save(dir + u"/canvas-"_s + name + u".png"_s));
        QVERIFY(canvas.exportTo(dir + u"/export-"_s + name + u".png"_s));
        QVERIFY(canvas.exportTo(dir + u"/export-"_s + name + u".svg"_s));
    }
    const QJsonObject gateway = testing::blueprint(R"({"identifier": "apiGateway", "title": "API gateway with a rather long title",
        "schema": {"properties": {"routes": {"type": "array", "items": {"type": "string"}}}},
        "relations": {"service": {"target": "service", "many": true}}})").json;
    QCOMPARE(document.edit(u"new"_s, [&](ModelDraft &d) { return d.createBlueprint(gateway); }), QString());
    QJsonObject team = document.draft().json(u"team"_s);
    team.insert(u"title"_s, u"Squad"_s);
    QCOMPARE(document.edit(u"edit"_s, [&](ModelDraft &d) { return d.putBlueprint(team); }), QString());
    for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        appearance.setMode(mode, false);
        QApplication::processEvents();
        canvas.fit();
        const QString name = mode == Appearance::Mode::Light ? u"light"_s : u"dark"_s;
        BlueprintNodeItem *from = canvas.nodeItem(u"environment"_s);
        const QPoint start = canvas.mapFromScene(from->handleCentre());
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(canvas.viewport(), canvas.mapFromScene(canvas.nodeItem(u"apiGateway"_s)->sceneBox().center()));
        QVERIFY(canvas.grab().save(dir + u"/edited-"_s + name + u".png"_s));
        QTest::keyClick(&canvas, Qt::Key_Escape);
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, start);
    }
    // Several relations between the same two cards, and a second loop.
    for (const QString &id : {u"backupTeam"_s, u"escalationTeam"_s})
        QCOMPARE(document.edit(id, [&](ModelDraft &d) { return d.addRelation(u"service"_s, id, u"team"_s, true, false); }), QString());
    QCOMPARE(document.edit(u"loop"_s, [&](ModelDraft &d) { return d.addRelation(u"service"_s, u"replaces"_s, u"service"_s, false, true); }),
             QString());
    appearance.setMode(Appearance::Mode::Light, false);
    QApplication::processEvents();
    canvas.fit();
    canvas.zoomIn();
    canvas.centerOn(canvas.nodeItem(u"service"_s)->sceneBox().topRight());
    QVERIFY(canvas.grab().save(dir + u"/pairs-light.png"_s));
}

} // namespace

class TestModelCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_document = std::make_unique<DesignDocument>();
        m_document->reset(ModelDraft::fromBlueprints(smallModel()));
        m_canvas = std::make_unique<ModelCanvas>(*m_document);
        m_canvas->resize(1200, 800);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->fit();
    }

    void cleanup()
    {
        m_canvas.reset();
        m_document.reset();
        QSettings().clear();
    }

    void layoutPacksLoneBoxesAndPlacesNewOnesClear()
    {
        QList<ModelLayout::Box> boxes;
        for (int i = 0; i < 12; ++i)
            boxes.append({u"b%1"_s.arg(i), QSizeF(200, 120)});
        const QHash<QString, QPointF> at = ModelLayout::arrange(boxes, {{u"b0"_s, u"b1"_s}});
        QCOMPARE(at.size(), 12);
        QRectF bounds;
        QList<QRectF> placed;
        for (const ModelLayout::Box &box : boxes) {
            const QRectF rect(at.value(box.id), box.size);
            for (const QRectF &other : std::as_const(placed))
                QVERIFY(!rect.intersects(other));
            placed.append(rect);
            bounds = bounds.united(rect);
        }
        QVERIFY2(bounds.height() < 6 * 120 && bounds.width() < 8 * 200, "packed in rows, neither one column nor one row");
        QCOMPARE(at.value(u"b1"_s).x() - at.value(u"b0"_s).x(), 200 + ModelLayout::kColumnGap); // ranked left to right

        const QPointF free = ModelLayout::placeNear(QSizeF(200, 120), {placed.at(0)}, placed);
        const QRectF rect(free, QSizeF(200, 120));
        for (const QRectF &other : std::as_const(placed))
            QVERIFY(!rect.intersects(other));
        QVERIFY(QLineF(rect.center(), placed.at(0).center()).length() < 700);
        QCOMPARE(ModelLayout::placeNear(QSizeF(10, 10), {}, {}), QPointF(0, 0));
    }

    void cardsAndEdgesMatchTheDraft()
    {
        for (const QString &id : {u"team"_s, u"service"_s, u"environment"_s}) {
            QVERIFY2(m_canvas->nodeItem(id), qPrintable(id));
            QCOMPARE(m_canvas->nodeItem(id)->state(), BlueprintNodeItem::State::Stored);
        }
        QCOMPARE(m_canvas->edgeItems().size(), 2);
        QStringList labels;
        for (const RelationEdgeItem *edge : m_canvas->edgeItems())
            labels.append(edge->source() + u':' + edge->labelText());
        labels.sort();
        QCOMPARE(labels, (QStringList{u"service:Depends on · many"_s, u"service:Owning team * · 1"_s}));
        // Laid out: no two cards overlap, every label clear of every card.
        const QList<QString> ids = {u"team"_s, u"service"_s, u"environment"_s};
        for (const QString &a : ids)
            for (const QString &b : ids)
                QVERIFY(a == b || !m_canvas->nodeItem(a)->sceneBox().intersects(m_canvas->nodeItem(b)->sceneBox()));
        for (const RelationEdgeItem *edge : m_canvas->edgeItems())
            for (const QString &id : ids)
                QVERIFY2(!edge->labelRect().intersects(m_canvas->nodeItem(id)->sceneBox()),
                         qPrintable(edge->labelText() + u" on "_s + id));
    }

    void newAndEditedBlueprintsAreMarked()
    {
        const QJsonObject api{{u"identifier"_s, u"api"_s}, {u"title"_s, u"API"_s}};
        QCOMPARE(m_document->edit(u"new"_s, [&](ModelDraft &d) { return d.createBlueprint(api); }), QString());
        QJsonObject team = m_document->draft().json(u"team"_s);
        team.insert(u"title"_s, u"Squad"_s);
        QCOMPARE(m_document->edit(u"rename"_s, [&](ModelDraft &d) { return d.putBlueprint(team); }), QString());
        QCOMPARE(m_canvas->nodeItem(u"api"_s)->state(), BlueprintNodeItem::State::Created);
        QCOMPARE(m_canvas->nodeItem(u"team"_s)->state(), BlueprintNodeItem::State::Changed);
        QCOMPARE(m_canvas->nodeItem(u"team"_s)->title(), u"Squad"_s);
        QCOMPARE(m_canvas->nodeItem(u"service"_s)->state(), BlueprintNodeItem::State::Stored);
    }

    void selectionFollowsTheDocumentBothWays()
    {
        m_document->select(u"team"_s);
        QVERIFY(m_canvas->nodeItem(u"team"_s)->isSelectedLook());
        QVERIFY(!m_canvas->nodeItem(u"service"_s)->isSelectedLook());
        const QPoint service = viewPos(*m_canvas, m_canvas->nodeItem(u"service"_s)->sceneBox().center());
        QTest::mouseClick(m_canvas->viewport(), Qt::LeftButton, {}, service);
        QCOMPARE(m_document->selected(), u"service"_s);
        QVERIFY(m_canvas->nodeItem(u"service"_s)->isSelectedLook());
        QVERIFY(!m_canvas->nodeItem(u"team"_s)->isSelectedLook());
        QTest::mouseClick(m_canvas->viewport(), Qt::LeftButton, {}, QPoint(3, 3)); // the background
        QCOMPARE(m_document->selected(), QString());
    }

    void draggingFromTheConnectorAddsARelation()
    {
        QSignalSpy created(m_canvas.get(), &ModelCanvas::relationCreated);
        const QPoint from = viewPos(*m_canvas, m_canvas->nodeItem(u"environment"_s)->handleCentre());
        const QPoint to = viewPos(*m_canvas, m_canvas->nodeItem(u"team"_s)->sceneBox().center());
        drag(*m_canvas, from, to);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toString(), u"environment"_s);
        QCOMPARE(created.at(0).at(1).toString(), u"team"_s);
        const QJsonObject relation = relationsOf(*m_document, u"environment"_s).value(u"team"_s).toObject();
        QCOMPARE(relation.value(u"target"_s).toString(), u"team"_s);
        QCOMPARE(relation.value(u"many"_s).toBool(true), false);
        QCOMPARE(relation.value(u"required"_s).toBool(true), false);
        QCOMPARE(m_document->selected(), u"environment"_s);
        QCOMPARE(m_canvas->edgeItems().size(), 3);
        QCOMPARE(m_document->undoStack()->undoText(), u"Relate environment to team"_s);
        // The same drag again takes the next free identifier.
        drag(*m_canvas, viewPos(*m_canvas, m_canvas->nodeItem(u"environment"_s)->handleCentre()),
             viewPos(*m_canvas, m_canvas->nodeItem(u"team"_s)->sceneBox().center()));
        QVERIFY(relationsOf(*m_document, u"environment"_s).contains(u"team_2"_s));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(relationsOf(*m_document, u"environment"_s).isEmpty());
        QCOMPARE(m_canvas->edgeItems().size(), 2);
    }

    void droppingOnTheSameCardRelatesItToItself()
    {
        BlueprintNodeItem *team = m_canvas->nodeItem(u"team"_s);
        drag(*m_canvas, viewPos(*m_canvas, team->handleCentre()), viewPos(*m_canvas, team->sceneBox().center()));
        QCOMPARE(relationsOf(*m_document, u"team"_s).value(u"team"_s).toObject().value(u"target"_s).toString(), u"team"_s);
    }

    void droppingOnTheBackgroundCancels()
    {
        QSignalSpy created(m_canvas.get(), &ModelCanvas::relationCreated);
        const QPoint from = viewPos(*m_canvas, m_canvas->nodeItem(u"environment"_s)->handleCentre());
        drag(*m_canvas, from, QPoint(3, 3));
        QCOMPARE(created.size(), 0);
        QVERIFY(!m_document->undoStack()->canUndo());
        // A press on the connector without a drag is not a relation either.
        drag(*m_canvas, from, from);
        QVERIFY(!m_document->undoStack()->canUndo());
    }

    void movedCardsAreKeptPerPortalFile()
    {
        const QString portal = m_dir.filePath(u"a.sqlite"_s);
        m_canvas->setPortalFile(portal);
        BlueprintNodeItem *team = m_canvas->nodeItem(u"team"_s);
        const QPointF before = team->pos();
        const QPoint grip = viewPos(*m_canvas, team->sceneBox().center());
        drag(*m_canvas, grip, grip + QPoint(60, 90));
        const QPointF moved = team->pos();
        QVERIFY2((moved - before).manhattanLength() > 50, qPrintable(u"%1,%2"_s.arg(moved.x()).arg(moved.y())));
        QVERIFY(!m_document->undoStack()->canUndo()); // moving is not an edit of the model
        // The edge followed the card.
        for (const RelationEdgeItem *edge : m_canvas->edgeItems()) {
            if (edge->relation().target == u"team")
                QVERIFY(edge->sceneBoundingRect().intersects(team->sceneBox().adjusted(-4, -4, 4, 4)));
        }

        ModelCanvas again(*m_document);
        again.setPortalFile(portal);
        QCOMPARE(again.nodeItem(u"team"_s)->pos(), moved);
        QCOMPARE(again.nodeItem(u"service"_s)->pos(), m_canvas->nodeItem(u"service"_s)->pos());
        ModelCanvas other(*m_document);
        other.setPortalFile(m_dir.filePath(u"b.sqlite"_s));
        QCOMPARE(other.nodeItem(u"team"_s)->pos(), before); // another portal: laid out automatically

        again.relayout();
        QCOMPARE(again.nodeItem(u"team"_s)->pos(), before);
        QVERIFY(CanvasPositions::load(portal).isEmpty());
    }

    void newBlueprintsMoveNothingThatIsPlaced()
    {
        QHash<QString, QPointF> placed;
        for (const QString &id : m_document->draft().identifiers())
            placed.insert(id, m_canvas->nodeItem(id)->pos());
        const double zoom = m_canvas->zoom();
        QCOMPARE(m_document->edit(u"new"_s, [](ModelDraft &d) {
            return d.createBlueprint({{u"identifier"_s, u"incident"_s}, {u"title"_s, u"Incident"_s},
                                      {u"relations"_s, QJsonObject{{u"team"_s, QJsonObject{{u"target"_s, u"team"_s}}}}}});
        }), QString());
        for (auto it = placed.begin(); it != placed.end(); ++it)
            QCOMPARE(m_canvas->nodeItem(it.key())->pos(), it.value());
        QCOMPARE(m_canvas->zoom(), zoom);
        const QRectF incident = m_canvas->nodeItem(u"incident"_s)->sceneBox();
        for (auto it = placed.begin(); it != placed.end(); ++it)
            QVERIFY2(!incident.intersects(m_canvas->nodeItem(it.key())->sceneBox()), qPrintable(it.key()));
        // Beside the team it relates to, not somewhere far away.
        const QRectF team = m_canvas->nodeItem(u"team"_s)->sceneBox();
        QVERIFY(QLineF(incident.center(), team.center()).length() < 600);
    }

    void deleteAsksBeforeTakingRelationsWithIt()
    {
        m_document->select(u"team"_s);
        answerMessageBox({}); // Cancel
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(m_document->draft().contains(u"team"_s));
        QVERIFY(!m_document->undoStack()->canUndo());

        answerMessageBox(u"cascade"_s);
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(!m_document->draft().contains(u"team"_s));
        QVERIFY(!m_canvas->nodeItem(u"team"_s));
        QVERIFY(!relationsOf(*m_document, u"service"_s).contains(u"owningTeam"_s));
        QCOMPARE(m_canvas->edgeItems().size(), 1); // dependsOn stays
        m_document->undoStack()->undo();
        QVERIFY(m_canvas->nodeItem(u"team"_s));
        QCOMPARE(m_canvas->edgeItems().size(), 2);
    }

    void deleteWithoutDependentsDeletesAtOnce()
    {
        m_document->select(u"environment"_s);
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(!m_document->draft().contains(u"environment"_s));
        QCOMPARE(m_document->selected(), QString());
    }

    void keysAndDoubleClickOpenZoomAndCreate()
    {
        QSignalSpy activated(m_canvas.get(), &ModelCanvas::blueprintActivated);
        QSignalSpy requested(m_canvas.get(), &ModelCanvas::newBlueprintRequested);
        QTest::mouseDClick(m_canvas->viewport(), Qt::LeftButton, {}, viewPos(*m_canvas, m_canvas->nodeItem(u"team"_s)->sceneBox().center()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"team"_s);
        m_document->select(u"service"_s);
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), u"service"_s);
        QTest::keyClick(m_canvas.get(), Qt::Key_Insert);
        QCOMPARE(requested.size(), 1);

        const double fitted = m_canvas->zoom();
        QTest::keyClick(m_canvas.get(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(m_canvas->zoom() > fitted);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(m_canvas->zoom() < fitted);
        QTest::keyClick(m_canvas.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_canvas->zoom(), fitted);
        // An edit rebuilds the canvas at the zoom the user chose.
        m_canvas->zoomOut();
        const double chosen = m_canvas->zoom();
        QCOMPARE(m_document->edit(u"new"_s, [](ModelDraft &d) { return d.createBlueprint({{u"identifier"_s, u"x"_s}}); }), QString());
        QCOMPARE(m_canvas->zoom(), chosen);
    }

    void relationIdsAvoidEveryFieldInUse()
    {
        // A calculation called "team" takes the relation's first choice.
        QJsonObject json = m_document->draft().json(u"environment"_s);
        const QJsonObject calculation{{u"type"_s, u"string"_s}, {u"calculation"_s, u".identifier"_s}};
        json.insert(u"calculationProperties"_s, QJsonObject{{u"team"_s, calculation}});
        QCOMPARE(m_document->edit(u"calc"_s, [&](ModelDraft &d) { return d.putBlueprint(json); }), QString());
        drag(*m_canvas, viewPos(*m_canvas, m_canvas->nodeItem(u"environment"_s)->handleCentre()),
             viewPos(*m_canvas, m_canvas->nodeItem(u"team"_s)->sceneBox().center()));
        QVERIFY(relationsOf(*m_document, u"environment"_s).contains(u"team_2"_s));
        QVERIFY(m_canvas->noticeText().isEmpty());
    }

    void refusalsAreShown()
    {
        // A 100-character blueprint whose name is taken: "<name>_2" is longer than a field may be.
        const QString longId = u"t"_s + QString(99, u'x');
        QCOMPARE(m_document->edit(u"new"_s, [&](ModelDraft &d) { return d.createBlueprint({{u"identifier"_s, longId}}); }), QString());
        QJsonObject json = m_document->draft().json(u"environment"_s);
        json.insert(u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{longId, QJsonObject{{u"type"_s, u"string"_s}}}}}});
        QCOMPARE(m_document->edit(u"prop"_s, [&](ModelDraft &d) { return d.putBlueprint(json); }), QString());
        const int edits = m_document->undoStack()->count();
        QSignalSpy created(m_canvas.get(), &ModelCanvas::relationCreated);
        m_canvas->fit();
        drag(*m_canvas, viewPos(*m_canvas, m_canvas->nodeItem(u"environment"_s)->handleCentre()),
             viewPos(*m_canvas, m_canvas->nodeItem(longId)->sceneBox().center()));
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_document->undoStack()->count(), edits);
        QVERIFY2(m_canvas->noticeText().startsWith(u"Could not relate environment to "_s), qPrintable(m_canvas->noticeText()));
        QVERIFY(m_canvas->findChild<QWidget *>(u"canvasNotice"_s)->isVisible());
    }

    void exportWritesPngAndSvg()
    {
        const QString png = m_dir.filePath(u"model.png"_s), svg = m_dir.filePath(u"model.svg"_s);
        QVERIFY(m_canvas->exportTo(png));
        QVERIFY(m_canvas->exportTo(svg));
        QVERIFY(!m_canvas->exportTo(m_dir.filePath(u"model.txt"_s)));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 200);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Owning team")); // text as text
        QVERIFY(!text.contains("<image"));     // no cached bitmaps
    }

    // The demo's data model: nothing overlaps, labels are clear of cards, and moving a card stays
    // quick. PORTOLAN_CANVAS_SHOTS=<dir> also writes light and dark pictures there to look at.
    void demoModelReadsWell()
    {
        DesignDocument document;
        QList<Blueprint> model = demoModel();
        if (const QString store = qEnvironmentVariable("PORTOLAN_CANVAS_DEMO"); !store.isEmpty())
            model = CatalogStore(store).blueprints();
        document.reset(ModelDraft::fromBlueprints(model));
        QElapsedTimer timer;
        timer.start();
        ModelCanvas canvas(document);
        const qint64 buildMs = timer.elapsed();
        canvas.resize(1600, 1000);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.fit();
        const QStringList ids = document.draft().identifiers();
        for (qsizetype a = 0; a < ids.size(); ++a)
            for (qsizetype b = a + 1; b < ids.size(); ++b)
                QVERIFY2(!canvas.nodeItem(ids.at(a))->sceneBox().intersects(canvas.nodeItem(ids.at(b))->sceneBox()),
                         qPrintable(ids.at(a) + u" / "_s + ids.at(b)));
        for (const RelationEdgeItem *edge : canvas.edgeItems())
            for (const QString &id : ids)
                QVERIFY2(!edge->labelRect().intersects(canvas.nodeItem(id)->sceneBox()),
                         qPrintable(edge->source() + u'.' + edge->relation().id + u" on "_s + id));
        qInfo() << ids.size() << "blueprints," << canvas.edgeItems().size() << "relations: built in" << buildMs << "ms";
        if (const QString dir = qEnvironmentVariable("PORTOLAN_CANVAS_SHOTS"); !dir.isEmpty())
            renderShots(canvas, document, dir);
    }

    // ~60 blueprints: an edit and each step of dragging a card stay well within a few frames.
    void sixtyBlueprintsStaySmooth()
    {
        QList<Blueprint> model;
        for (int i = 0; i < 60; ++i) {
            QJsonObject properties;
            for (int p = 0; p < 6; ++p)
                properties.insert(u"field%1"_s.arg(p), QJsonObject{{u"type"_s, u"string"_s}});
            QJsonObject relations;
            if (i > 0)
                relations.insert(u"parent"_s, QJsonObject{{u"target"_s, u"bp%1"_s.arg((i - 1) / 3)}, {u"required"_s, i % 2 == 0}});
            if (i > 5)
                relations.insert(u"peer"_s, QJsonObject{{u"target"_s, u"bp%1"_s.arg(i - 5)}, {u"many"_s, true}});
            model.append(Blueprint::fromJson({{u"identifier"_s, u"bp%1"_s.arg(i)}, {u"title"_s, u"Blueprint %1"_s.arg(i)},
                                              {u"schema"_s, QJsonObject{{u"properties"_s, properties}}}, {u"relations"_s, relations}}));
        }
        DesignDocument document;
        document.reset(ModelDraft::fromBlueprints(model));
        QElapsedTimer timer;
        timer.start();
        ModelCanvas canvas(document);
        const qint64 buildMs = timer.restart();
        canvas.resize(1200, 800);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.fit();
        QCOMPARE(canvas.edgeItems().size(), 59 + 54);
        timer.restart();
        QJsonObject json = document.draft().json(u"bp7"_s);
        json.insert(u"title"_s, u"Renamed"_s);
        QCOMPARE(document.edit(u"t"_s, [&](ModelDraft &d) { return d.putBlueprint(json); }), QString());
        const qint64 editMs = timer.restart();
        BlueprintNodeItem *node = canvas.nodeItem(u"bp3"_s);
        for (int step = 1; step <= 20; ++step)
            node->setPos(node->pos() + QPointF(3, 2));
        const qint64 dragMs = timer.elapsed();
        qInfo() << "60 blueprints: built in" << buildMs << "ms, an edit" << editMs << "ms, 20 drag steps" << dragMs << "ms";
        QVERIFY2(editMs < 150, qPrintable(QString::number(editMs)));
        QVERIFY2(dragMs < 400, qPrintable(QString::number(dragMs)));
        if (const QString dir = qEnvironmentVariable("PORTOLAN_CANVAS_SHOTS"); !dir.isEmpty()) {
            canvas.fit();
            QVERIFY(canvas.grab().save(dir + u"/sixty.png"_s));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DesignDocument> m_document;
    std::unique_ptr<ModelCanvas> m_canvas;
};

QTEST_MAIN(TestModelCanvas)
#include "tst_modelcanvas.moc"
