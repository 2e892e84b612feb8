#include "modelcanvas.h"

#include "blueprintnodeitem.h"
#include "canvasedits.h"
#include "canvasexport.h"
#include "canvasnotice.h"
#include "canvasroutes.h"
#include "design/canvaspositions.h"
#include "design/modellayout.h"
#include "designdocument.h"
#include "relationedgeitem.h"

#include <QApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 3.0;
constexpr double kRoom = 400;    // scene around the cards: room to pan and to drag cards out
constexpr double kExportMargin = 24;

BlueprintNodeItem::State stateOf(const ModelDraft &draft, const QString &id, const QStringList &changed)
{
    if (!draft.isStored(id))
        return BlueprintNodeItem::State::Created;
    return changed.contains(id) ? BlueprintNodeItem::State::Changed : BlueprintNodeItem::State::Stored;
}

} // namespace

ModelCanvas::ModelCanvas(DesignDocument &document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new QGraphicsScene(this))
    , m_notice(new CanvasNotice(viewport()))
{
    setObjectName(u"modelCanvas"_s);
    setScene(m_scene);
    setDragMode(ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFrameShape(NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Data model"));
    connect(&m_document, &DesignDocument::changed, this, &ModelCanvas::rebuild);
    connect(&m_document, &DesignDocument::selectionChanged, this, [this] { showSelection(true); });
    restyle();
}

ModelCanvas::~ModelCanvas() = default;

QString ModelCanvas::noticeText() const
{
    return m_notice->text();
}

void ModelCanvas::setPortalFile(const QString &path)
{
    m_portalFile = path;
    const CanvasPositions saved = CanvasPositions::load(path);
    m_userArranged = !saved.isEmpty();
    if (m_userArranged) { // else the automatic layout already on show stays
        m_positions = saved.topLeft;
        placeNodes();
        reroute();
        updateSceneRect();
        if (m_fitted)
            fit();
    }
}

// The palette or font changed (light ↔ dark): every item is made again in the new style.
void ModelCanvas::restyle()
{
    const ModelDraft &draft = m_document.draft();
    m_hueOrder = draft.baseIdentifiers() + draft.created(); // hues as on the graph page; stable while editing
    m_style = CanvasStyle::from(palette(), font(), m_hueOrder);
    setBackgroundBrush(m_style.canvas);
    m_dropTarget = nullptr;
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    rebuild();
}

void ModelCanvas::rebuild()
{
    const ModelDraft &draft = m_document.draft();
    if (const QStringList order = draft.baseIdentifiers() + draft.created(); order != m_hueOrder) {
        // New blueprints at the end leave every other hue as it was: anything else re-colours.
        if (order.mid(0, m_hueOrder.size()) != m_hueOrder) {
            restyle();
            return;
        }
        m_hueOrder = order;
        m_style.colors.blueprints = order;
    }
    const QPointF centre = mapToScene(viewport()->rect().center());
    rebuildNodes();
    if (placeNodes() && m_userArranged)
        savePositions(); // the user's arrangement, with the newcomers where they were put
    rebuildEdges();
    reroute();
    updateSceneRect();
    if (m_fitted)
        centerOn(centre); // the scene's rect may have changed: stay where the user was
    else if (isVisible())
        firstFit(); // the first model shown
    showSelection(false);
}

// Cards whose blueprint is unchanged are kept (typing in the JSON view rebuilds one card, not all).
void ModelCanvas::rebuildNodes()
{
    const ModelDraft &draft = m_document.draft();
    const QStringList changed = draft.changed();
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        const QString &id = it.key();
        if (draft.contains(id) && it.value()->json() == draft.json(id) && it.value()->state() == stateOf(draft, id, changed)) {
            ++it;
            continue;
        }
        if (m_dropTarget == it.value())
            m_dropTarget = nullptr;
        delete it.value();
        it = m_nodes.erase(it);
    }
    for (const QString &id : draft.identifiers()) {
        if (m_nodes.contains(id))
            continue;
        auto *node = new BlueprintNodeItem(draft.blueprint(id), stateOf(draft, id, changed), m_style);
        node->setMoveHandler([this](BlueprintNodeItem *moved) { nodeMoved(moved); });
        m_scene->addItem(node);
        m_nodes.insert(id, node);
    }
}

// Every card where it was; the first time, all laid out by Graphviz; cards never placed go
// beside the blueprints they relate to. Says whether any card got a new place.
bool ModelCanvas::placeNodes()
{
    bool placed = false;
    const ModelDraft &draft = m_document.draft();
    const QStringList ids = draft.identifiers();
    QList<ModelLayout::Link> links;
    for (const Blueprint &bp : draft.blueprints())
        for (const RelationDef &r : bp.relations)
            links.append({bp.identifier, r.target});
    const bool fresh = std::none_of(ids.begin(), ids.end(), [this](const QString &id) { return m_positions.contains(id); });
    if (fresh && !ids.isEmpty()) {
        QList<ModelLayout::Box> boxes;
        for (const QString &id : ids)
            boxes.append({id, m_nodes.value(id)->size()});
        m_positions.insert(ModelLayout::arrange(boxes, links));
        placed = true;
    }
    QList<QRectF> occupied;
    for (const QString &id : ids)
        if (m_positions.contains(id))
            occupied.append(QRectF(m_positions.value(id), m_nodes.value(id)->size()));
    for (const QString &id : ids) {
        if (m_positions.contains(id))
            continue;
        QList<QRectF> anchors;
        for (const ModelLayout::Link &link : std::as_const(links)) {
            const QString other = link.from == id ? link.to : (link.to == id ? link.from : QString());
            if (!other.isEmpty() && other != id && m_positions.contains(other) && m_nodes.contains(other))
                anchors.append(QRectF(m_positions.value(other), m_nodes.value(other)->size()));
        }
        const QSizeF size = m_nodes.value(id)->size();
        m_positions.insert(id, ModelLayout::placeNear(size, anchors, occupied));
        occupied.append(QRectF(m_positions.value(id), size));
        placed = true;
    }
    m_placing = true;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        it.value()->setPos(m_positions.value(it.key()));
    m_placing = false;
    return placed;
}

void ModelCanvas::rebuildEdges()
{
    qDeleteAll(m_edges);
    m_edges.clear();
    for (const Blueprint &bp : m_document.draft().blueprints()) {
        for (const RelationDef &r : bp.relations) {
            if (!m_nodes.contains(r.target)) // a dangling target: the draft's validation says so
                continue;
            auto *edge = new RelationEdgeItem(bp.identifier, r, m_style);
            m_scene->addItem(edge);
            m_edges.append(edge);
        }
    }
}

void ModelCanvas::reroute()
{
    QHash<QString, QRectF> boxes;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        boxes.insert(it.key(), it.value()->sceneBox());
    QList<CanvasLink> links;
    links.reserve(m_edges.size());
    for (const RelationEdgeItem *edge : std::as_const(m_edges))
        links.append({edge->source(), edge->relation().target, edge->labelSize()});
    const QList<CanvasRoute> routes = CanvasRoutes::route(boxes, links);
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        m_edges.at(i)->setRoute(routes.at(i));
}

void ModelCanvas::updateSceneRect()
{
    QRectF bounds;
    for (const BlueprintNodeItem *node : std::as_const(m_nodes))
        bounds = bounds.united(node->sceneBoundingRect());
    for (const RelationEdgeItem *edge : std::as_const(m_edges))
        bounds = bounds.united(edge->sceneBoundingRect());
    setSceneRect(bounds.adjusted(-kRoom, -kRoom, kRoom, kRoom));
}

void ModelCanvas::showSelection(bool scrollTo)
{
    const QString selected = m_document.selected();
    for (BlueprintNodeItem *node : std::as_const(m_nodes))
        node->setSelectedLook(node->identifier() == selected);
    if (BlueprintNodeItem *node = m_nodes.value(selected); node && scrollTo && !(QApplication::mouseButtons() & Qt::LeftButton))
        ensureVisible(node, 40, 40);
}

void ModelCanvas::nodeMoved(BlueprintNodeItem *node)
{
    if (m_placing)
        return;
    m_positions.insert(node->identifier(), node->pos());
    m_moved = true;
    reroute();
}

void ModelCanvas::savePositions()
{
    CanvasPositions kept;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        kept.topLeft.insert(it.key(), it.value()->pos());
    kept.save(m_portalFile);
}

void ModelCanvas::relayout()
{
    m_positions.clear();
    m_userArranged = false;
    CanvasPositions().save(m_portalFile); // forgets the arrangement
    placeNodes();
    reroute();
    updateSceneRect();
    fit();
}

void ModelCanvas::fit()
{
    if (m_nodes.isEmpty())
        return; // the model arrives later (from the lane): fit it then
    m_fitted = true;
    QRectF bounds;
    for (const BlueprintNodeItem *node : std::as_const(m_nodes))
        bounds = bounds.united(node->sceneBoundingRect());
    for (const RelationEdgeItem *edge : std::as_const(m_edges))
        bounds = bounds.united(edge->sceneBoundingRect());
    fitInView(bounds.adjusted(-kExportMargin, -kExportMargin, kExportMargin, kExportMargin), Qt::KeepAspectRatio);
    // A small model is not blown up beyond its natural size.
    if (zoom() > 1)
        setTransform(QTransform());
    if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(bounds.center());
}

void ModelCanvas::zoomIn()
{
    zoomBy(kStep);
}

void ModelCanvas::zoomOut()
{
    zoomBy(1 / kStep);
}

void ModelCanvas::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (zoom() > 0)
        scale(target / zoom(), target / zoom());
}

bool ModelCanvas::exportTo(const QString &path)
{
    QRectF bounds;
    for (BlueprintNodeItem *node : std::as_const(m_nodes)) {
        node->setExporting(true);
        bounds = bounds.united(node->sceneBoundingRect());
    }
    for (const RelationEdgeItem *edge : std::as_const(m_edges))
        bounds = bounds.united(edge->sceneBoundingRect());
    const bool ok = CanvasExport::write(*m_scene, bounds.adjusted(-kExportMargin, -kExportMargin, kExportMargin, kExportMargin),
                                        m_style.canvas, path, tr("Data model"));
    for (BlueprintNodeItem *node : std::as_const(m_nodes))
        node->setExporting(false);
    return ok;
}

BlueprintNodeItem *ModelCanvas::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (auto *node = qgraphicsitem_cast<BlueprintNodeItem *>(item))
            return node;
    }
    return nullptr;
}

void ModelCanvas::showNotice(const QString &text)
{
    m_notice->showMessage(text);
}

void ModelCanvas::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void ModelCanvas::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted)
        firstFit();
}

// The first look at a model: all of it when that stays readable, else its middle at the smallest
// scale whose text still shows (Ctrl+0 fits everything).
void ModelCanvas::firstFit()
{
    constexpr double kReadable = 0.6;
    fit();
    if (m_fitted && zoom() < kReadable) {
        const QPointF centre = mapToScene(viewport()->rect().center());
        setTransform(QTransform::fromScale(kReadable, kReadable));
        centerOn(centre);
    }
}

} // namespace portolan
