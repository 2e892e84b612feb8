#include "graphview.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "graphscene.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

namespace portolan {
namespace {
constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new GraphScene(this))
{
    setScene(m_scene);
    setDragMode(ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Fluid panning over thousands of items: repaint bounding rects, not the whole viewport; items
    // cache their own pixels; painter state needs no saving (each item sets what it uses).
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setFrameShape(NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    // Tab walks the nodes: the focused one is scrolled into view and lit like a hovered one.
    connect(m_scene, &QGraphicsScene::focusItemChanged, this, [this](QGraphicsItem *now, QGraphicsItem *, Qt::FocusReason reason) {
        auto *node = qgraphicsitem_cast<GraphNodeItem *>(now);
        if (!node || (reason != Qt::TabFocusReason && reason != Qt::BacktabFocusReason))
            return;
        ensureVisible(node, 60, 60);
        m_scene->highlightNode(node->index());
    });
}

void GraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (zoom() > 0)
        scale(target / zoom(), target / zoom());
}

void GraphView::fitGraph()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond their natural size.
    if (zoom() > 1)
        setTransform(QTransform());
    if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(m_scene->sceneRect().center());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // A mouse wheel zooms; a touchpad's two-finger scroll pans unless Ctrl is held.
    const bool touchpad = !event->pixelDelta().isNull();
    if (touchpad && !(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(kStep, steps));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / kStep);
        break;
    case Qt::Key_0:
        fitGraph();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (auto *node = qgraphicsitem_cast<GraphNodeItem *>(m_scene->focusItem()))
            Q_EMIT nodeActivated(node->index());
        break;
    default:
        setTransformationAnchor(anchor);
        QGraphicsView::keyPressEvent(event);
        return;
    }
    setTransformationAnchor(anchor);
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressedAt = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

// A press and release in (nearly) the same place is a click; anything further was a pan.
void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressedAt).manhattanLength() < 5;
    m_pressed = false;
    if (!click)
        return;
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *node = qgraphicsitem_cast<GraphNodeItem *>(item)) {
            node->setFocus(Qt::MouseFocusReason);
            Q_EMIT nodeActivated(node->index());
            return;
        }
    }
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!(event->buttons() & Qt::LeftButton))
        hoverAt(event->position().toPoint());
}

void GraphView::leaveEvent(QEvent *event)
{
    m_scene->highlightNode(-1);
    QGraphicsView::leaveEvent(event);
}

void GraphView::hoverAt(const QPoint &pos)
{
    GraphEdgeItem *edge = nullptr;
    for (QGraphicsItem *item : items(pos)) {
        if (auto *node = qgraphicsitem_cast<GraphNodeItem *>(item)) {
            m_scene->highlightNode(node->index());
            return;
        }
        if (!edge)
            edge = qgraphicsitem_cast<GraphEdgeItem *>(item);
    }
    if (edge)
        m_scene->highlightEdge(edge);
    else
        m_scene->highlightNode(-1);
}

// Tab and Shift+Tab walk the nodes in the order the walk found them (the start, then by hops);
// past the last one, focus leaves the view as usual.
bool GraphView::focusNextPrevChild(bool next)
{
    const QList<GraphNodeItem *> nodes = m_scene->nodeItems();
    auto *current = qgraphicsitem_cast<GraphNodeItem *>(m_scene->focusItem());
    const int index = current ? current->index() + (next ? 1 : -1) : (next ? 0 : int(nodes.size()) - 1);
    if (!hasFocus() || index < 0 || index >= nodes.size())
        return QGraphicsView::focusNextPrevChild(next);
    nodes.at(index)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor());
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace portolan
