// ModelCanvas: what the mouse, the keyboard and the context menu do (modelcanvas.cpp builds).
#include "blueprintnodeitem.h"
#include "canvasedits.h"
#include "canvasnotice.h"
#include "designdocument.h"
#include "modelcanvas.h"

#include <QContextMenuEvent>
#include <QGraphicsPathItem>
#include <QMenu>
#include <QWheelEvent>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {
constexpr int kClickDistance = 5; // pixels a press may travel and still be a click
} // namespace

void ModelCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (!m_relateFrom.isEmpty() && key == Qt::Key_Escape) {
        endRelation({}, false);
    } else if (ctrl && (key == Qt::Key_Equal || key == Qt::Key_Plus)) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        zoomIn();
        setTransformationAnchor(anchor);
    } else if (ctrl && (key == Qt::Key_Minus || key == Qt::Key_Underscore)) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        zoomOut();
        setTransformationAnchor(anchor);
    } else if (ctrl && key == Qt::Key_0) {
        fit();
    } else if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        deleteSelected();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        activateSelected();
    } else if (key == Qt::Key_Insert) {
        Q_EMIT newBlueprintRequested();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Ctrl+wheel zooms at the pointer; the wheel alone scrolls, as everywhere else.
void ModelCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps));
    event->accept();
}

void ModelCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    m_moved = false;
    m_backgroundPress = false;
    if (event->button() == Qt::LeftButton) {
        const QPointF at = mapToScene(m_pressAt);
        for (BlueprintNodeItem *node : std::as_const(m_nodes)) {
            if (node->handleContains(at)) {
                m_relateFrom = node->identifier();
                m_rubberBand = new QGraphicsPathItem;
                QPen pen(m_style.highlight, 2, Qt::DashLine);
                pen.setCosmetic(true);
                m_rubberBand->setPen(pen);
                m_rubberBand->setZValue(10);
                m_scene->addItem(m_rubberBand);
                dragRelation(m_pressAt);
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (BlueprintNodeItem *node = nodeAt(m_pressAt))
        m_document.select(node->identifier());
    else
        m_backgroundPress = true;
}

void ModelCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_relateFrom.isEmpty()) {
        dragRelation(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ModelCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (!m_relateFrom.isEmpty()) {
        // A press on the connector and no drag: not a relation to itself by accident.
        endRelation(at, (at - m_pressAt).manhattanLength() >= kClickDistance);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (m_moved) {
        m_moved = false;
        m_userArranged = true;
        savePositions();
        updateSceneRect();
    }
    if (m_backgroundPress && event->button() == Qt::LeftButton && (at - m_pressAt).manhattanLength() < kClickDistance)
        m_document.select({}); // a click on the background; a drag there only pans
    m_backgroundPress = false;
}

void ModelCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (BlueprintNodeItem *node = nodeAt(event->position().toPoint()); node && event->button() == Qt::LeftButton) {
        m_document.select(node->identifier());
        Q_EMIT blueprintActivated(node->identifier());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ModelCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    if (BlueprintNodeItem *node = nodeAt(event->pos())) {
        const QString id = node->identifier();
        m_document.select(id);
        menu.addAction(tr("&Edit %1").arg(node->title()), this, [this, id] { Q_EMIT blueprintActivated(id); });
        menu.addAction(tr("&Delete…"), this, &ModelCanvas::deleteSelected);
    } else {
        menu.addAction(tr("&New blueprint…"), this, &ModelCanvas::newBlueprintRequested);
        menu.addSeparator();
        menu.addAction(tr("&Fit to window"), this, &ModelCanvas::fit);
        menu.addAction(tr("&Automatic layout"), this, &ModelCanvas::relayout);
    }
    menu.exec(event->globalPos());
}

// Tab and Shift+Tab walk the blueprints in the model's order; past the last, focus moves on.
bool ModelCanvas::focusNextPrevChild(bool next)
{
    const QStringList ids = m_document.draft().identifiers();
    const qsizetype current = ids.indexOf(m_document.selected());
    const qsizetype index = current < 0 ? (next ? 0 : ids.size() - 1) : current + (next ? 1 : -1);
    if (!hasFocus() || index < 0 || index >= ids.size())
        return QGraphicsView::focusNextPrevChild(next);
    m_document.select(ids.at(index));
    return true;
}

// The rubber band from the connector to the pointer; the card under it lights up as the target.
void ModelCanvas::dragRelation(const QPoint &viewPos)
{
    const BlueprintNodeItem *from = m_nodes.value(m_relateFrom);
    if (!from || !m_rubberBand)
        return;
    const QPointF start = from->handleCentre();
    const QPointF end = mapToScene(viewPos);
    const double pull = std::clamp(std::abs(end.x() - start.x()) * 0.5, 20.0, 120.0);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
    m_rubberBand->setPath(path);
    BlueprintNodeItem *target = nodeAt(viewPos);
    if (target != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setDropTarget(false);
        m_dropTarget = target;
        if (m_dropTarget)
            m_dropTarget->setDropTarget(true);
    }
}

void ModelCanvas::endRelation(const QPoint &viewPos, bool drop)
{
    const QString source = m_relateFrom;
    m_relateFrom.clear();
    delete m_rubberBand;
    m_rubberBand = nullptr;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    const BlueprintNodeItem *target = drop ? nodeAt(viewPos) : nullptr;
    if (!target)
        return; // dropped on the background: nothing happens
    const QString targetId = target->identifier();
    QString refusal;
    const QString relation = CanvasEdits::relate(m_document, source, targetId, &refusal);
    if (relation.isEmpty()) {
        showNotice(tr("Could not relate %1 to %2: %3").arg(source, targetId, refusal));
        return;
    }
    m_document.select(source);
    Q_EMIT relationCreated(source, relation);
}

void ModelCanvas::deleteSelected()
{
    const QString selected = m_document.selected();
    if (selected.isEmpty() || !m_nodes.contains(selected))
        return;
    const QString refusal = CanvasEdits::removeBlueprint(m_document, selected, this);
    if (!refusal.isEmpty())
        showNotice(tr("Could not delete %1: %2").arg(selected, refusal));
}

void ModelCanvas::activateSelected()
{
    if (m_nodes.contains(m_document.selected()))
        Q_EMIT blueprintActivated(m_document.selected());
}

} // namespace portolan
