#include "relationedgeitem.h"

#include "canvasroutes.h"
#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr double kArrowLength = 9;
constexpr double kArrowWidth = 7;
constexpr double kLabelPadX = 5;
constexpr double kLabelPadY = 1;
constexpr double kTextLevelOfDetail = 0.4;

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::RelationEdgeItem", text);
}

// A triangle whose tip is the curve's end, pointing along its last direction.
QPolygonF arrowAt(const QPainterPath &path)
{
    const double length = path.length();
    if (length < 1)
        return {};
    const QPointF tip = path.pointAtPercent(1);
    const QPointF before = path.pointAtPercent(path.percentAtLength(std::max(0.0, length - kArrowLength)));
    QPointF dir = tip - before;
    const double norm = std::hypot(dir.x(), dir.y());
    if (norm < 1e-6)
        return {};
    dir /= norm;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF back = tip - dir * kArrowLength;
    return QPolygonF{tip, back + normal * (kArrowWidth / 2), back - normal * (kArrowWidth / 2), tip};
}

} // namespace

RelationEdgeItem::RelationEdgeItem(const QString &source, const RelationDef &relation, const CanvasStyle &style)
    : m_style(style)
    , m_source(source)
    , m_relation(relation)
    , m_title(relation.title.isEmpty() ? relation.id : relation.title)
    , m_cardinality(relation.many ? tr("many") : u"1"_s)
{
    const QFontMetricsF fm(style.small);
    m_labelSize = QSizeF(std::ceil(fm.horizontalAdvance(labelText()) + 2 * kLabelPadX), std::ceil(fm.height() + 2 * kLabelPadY));
    setAcceptHoverEvents(true);
    setZValue(0);
    setToolTip(u"%1.%2 → %3\n%4 · %5 · %6"_s.arg(source, relation.id, relation.target, m_title,
                                                   relation.many ? tr("many") : tr("one"),
                                                   relation.required ? tr("required") : tr("optional")));
}

QString RelationEdgeItem::labelText() const
{
    return m_title + (m_relation.required ? u" *"_s : QString()) + u" · "_s + m_cardinality;
}

void RelationEdgeItem::setRoute(const CanvasRoute &route)
{
    if (route.path == m_path && route.label == m_label)
        return;
    prepareGeometryChange();
    m_path = route.path;
    m_arrow = arrowAt(m_path);
    m_label = route.label;
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).united(m_label).adjusted(-3, -3, 3, 3);
    m_shape = {};
}

QRectF RelationEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationEdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
        m_shape.addRect(m_label);
    }
    return m_shape;
}

void RelationEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setZValue(3); // over the cards: the whole curve and its label show
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void RelationEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setZValue(0);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void RelationEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &s = m_style;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_hovered ? s.highlight : s.edge;
    QPen pen(color, m_hovered ? 2.2 : 1.4);
    pen.setCosmetic(lod < 1); // never thinner than a pixel when zoomed out
    if (!m_relation.required)
        pen.setDashPattern({5, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
    painter->drawEllipse(m_path.pointAtPercent(0), 2.5, 2.5); // where it starts: the relation's owner
    if (lod < kTextLevelOfDetail)
        return;
    painter->setPen(QPen(m_hovered ? s.highlight : s.rule, 1));
    painter->setBrush(s.labelBackground);
    painter->drawRoundedRect(m_label.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QFontMetricsF fm(s.small);
    painter->setFont(s.small);
    QPointF at = m_label.topLeft() + QPointF(kLabelPadX, kLabelPadY + fm.ascent());
    painter->setPen(s.text);
    painter->drawText(at, m_title);
    at.rx() += fm.horizontalAdvance(m_title);
    if (m_relation.required) {
        painter->setPen(s.required);
        painter->drawText(at, u" *"_s);
        at.rx() += fm.horizontalAdvance(u" *"_s);
    }
    painter->setPen(s.muted);
    painter->drawText(at, u" · "_s + m_cardinality);
}

} // namespace portolan
