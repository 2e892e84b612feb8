#include "graphedgeitem.h"

#include <QFontMetricsF>

#include "graph/graphgeometry.h"
#include "graphcolors.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace portolan {
namespace {

constexpr double kArrowLength = 9;
constexpr double kArrowWidth = 7;

QPainterPath pathOf(const QList<QPointF> &points)
{
    QPainterPath path(points.value(0));
    if (points.size() == 2) {
        path.lineTo(points.at(1));
        return path;
    }
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    return path;
}

// A triangle whose tip is the curve's end, pointing along its last direction.
QPolygonF arrowAt(const QPainterPath &path)
{
    const QPointF tip = path.pointAtPercent(1);
    const double length = path.length();
    const QPointF before = length > kArrowLength ? path.pointAtPercent(path.percentAtLength(length - kArrowLength))
                                                 : path.pointAtPercent(0);
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

GraphEdgeItem::GraphEdgeItem(const EdgeGeometry &geometry, const QString &relation, const GraphColors &colors, const QFont &font)
    : m_path(pathOf(geometry.points))
    , m_arrow(arrowAt(m_path))
    , m_relation(relation)
    , m_font(font)
    , m_color(colors.edge)
    , m_highlight(colors.highlight)
    , m_text(colors.text)
    , m_labelBackground(colors.labelBackground)
{
    m_font.setPointSizeF(font.pointSizeF() * 0.85);
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect());
    if (!relation.isEmpty()) {
        m_label = QStaticText(relation);
        m_label.setTextFormat(Qt::PlainText);
        // Labels show on hover only: measured here, laid out when first drawn.
        const QSizeF size = QFontMetricsF(m_font).size(Qt::TextSingleLine, relation) + QSizeF(10, 4);
        m_labelBox = QRectF(geometry.labelAt - QPointF(size.width(), size.height()) / 2, size);
        m_bounds = m_bounds.united(m_labelBox);
    }
    m_bounds.adjust(-3, -3, 3, 3);
    setToolTip(relation);
}

void GraphEdgeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 2 : 0); // over the boxes, so the label shows
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(7);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.2 || m_highlighted);
    const QColor color = m_highlighted ? m_highlight : m_color;
    QPen pen(color, m_highlighted ? 2.2 : 1.2);
    pen.setCosmetic(lod < 1); // never thinner than a pixel when zoomed out
    if (m_relation.isEmpty())
        pen.setStyle(Qt::DashLine); // to a "+N more" box: no relation, no direction
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (m_arrow.isEmpty() || m_relation.isEmpty())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
    if (!m_highlighted || m_relation.isEmpty())
        return;
    painter->setPen(QPen(m_highlight, 1));
    painter->setBrush(m_labelBackground);
    painter->drawRoundedRect(m_labelBox, 4, 4);
    painter->setPen(m_text);
    painter->setFont(m_font);
    painter->drawStaticText(m_labelBox.topLeft() + QPointF(5, 2), m_label);
}

} // namespace portolan
