#include "graphnodeitem.h"

#include "graphcolors.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr double kRadius = 7;
constexpr double kPadding = 12;
constexpr double kVerticalPadding = 7;
constexpr double kMinWidth = 110;
constexpr double kMaxWidth = 280;
// Below this scale the text is too small to read: boxes only (and much faster to draw).
constexpr double kTextLevelOfDetail = 0.42;

QStaticText staticText(const QString &text, const QFont &font, double width)
{
    QStaticText s(QFontMetricsF(font).elidedText(text, Qt::ElideRight, width));
    s.setTextFormat(Qt::PlainText);
    s.setPerformanceHint(QStaticText::AggressiveCaching);
    // Laid out on first paint, not here: at a 2,000-node fit only boxes are drawn, and preparing
    // every text up front cost the UI thread tens of milliseconds (bench ui).
    return s;
}

QFont titleFont(const GraphNode &node, const QFont &font)
{
    QFont bold = font;
    bold.setBold(node.isStart || node.isPlaceholder());
    return bold;
}

QFont captionFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QString titleText(const GraphNode &node)
{
    return node.isPlaceholder() ? QObject::tr("+%L1 more").arg(node.hiddenCount) : node.title;
}

QString captionText(const GraphNode &node, const QString &caption)
{
    return node.isPlaceholder() ? QObject::tr("click to show") : caption;
}

// The blueprint's stripe along the left edge of a box, inside the border: a path, not a clip (SVG
// export has no clipping). Boxes share a few heights, and intersecting paths is slow: cached.
QPainterPath stripe(double height)
{
    static QHash<int, QPainterPath> cache; // the UI thread's
    const int key = qRound(height * 4);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(1, 1, 20, height - 2), kRadius - 1, kRadius - 1);
        QPainterPath left;
        left.addRect(QRectF(0, 0, 5, height));
        it = cache.insert(key, rounded.intersected(left));
    }
    return *it;
}

} // namespace

QSizeF GraphNodeItem::boxSize(const GraphNode &node, const QString &caption, const QFont &font)
{
    const QFontMetricsF title(titleFont(node, font));
    const QFontMetricsF small(captionFont(font));
    const double text = std::max(title.horizontalAdvance(titleText(node)), small.horizontalAdvance(captionText(node, caption)));
    return {std::ceil(std::clamp(text + 2 * kPadding + 2, node.isPlaceholder() ? 90 : kMinWidth, kMaxWidth)),
            std::ceil(title.height() + small.height() + 2 * kVerticalPadding)};
}

GraphNodeItem::GraphNodeItem(const GraphNode &node, int index, const QRectF &box, const QString &caption,
                             const GraphColors &colors, const QFont &font)
    : m_node(node)
    , m_index(index)
    , m_box(box)
    , m_titleFont(titleFont(node, font))
    , m_captionFont(captionFont(font))
    , m_fill(node.isPlaceholder() ? colors.base : colors.fill(node.blueprint))
    , m_accent(colors.accent(node.blueprint))
    , m_text(colors.text)
    , m_muted(colors.mutedText)
    , m_highlight(colors.highlight)
{
    const double width = box.width() - 2 * kPadding;
    m_title = staticText(titleText(node), m_titleFont, width);
    m_caption = staticText(captionText(node, caption), m_captionFont, width);
    if (!node.isPlaceholder())
        m_stripe = stripe(box.height()).translated(box.topLeft());
    setFlag(ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
    setToolTip(node.isPlaceholder() ? QObject::tr("%L1 more neighbours of %2: click to show them").arg(node.hiddenCount).arg(node.key.identifier)
                                    : u"%1\n%2 · %3"_s.arg(node.title, caption, node.key.identifier));
}

void GraphNodeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_box.adjusted(-7, -7, 7, 7);
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_box, kRadius, kRadius);
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const bool emphasised = m_highlighted || hasFocus();
    QPen border(emphasised ? m_highlight : m_accent, m_node.isStart ? 2.5 : (emphasised ? 2 : 1.2));
    if (m_node.isPlaceholder())
        border.setStyle(Qt::DashLine);
    if (m_node.isStart) {
        // A halo: the start stands out even zoomed far out.
        QColor halo = m_accent;
        halo.setAlphaF(0.3f);
        painter->setPen(QPen(halo, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.adjusted(-3, -3, 3, 3), kRadius + 3, kRadius + 3);
    }
    painter->setPen(border);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(m_box, kRadius, kRadius);
    if (!m_stripe.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_accent);
        painter->drawPath(m_stripe);
    }
    if (lod < kTextLevelOfDetail)
        return;
    const double titleHeight = m_title.size().height();
    const double captionHeight = m_caption.size().height();
    const double top = m_box.center().y() - (titleHeight + captionHeight) / 2;
    const double left = m_node.isPlaceholder() ? m_box.center().x() - m_title.size().width() / 2 : m_box.left() + kPadding;
    painter->setPen(m_text);
    painter->setFont(m_titleFont);
    painter->drawStaticText(QPointF(left, top), m_title);
    painter->setPen(m_muted);
    painter->setFont(m_captionFont);
    const double captionLeft = m_node.isPlaceholder() ? m_box.center().x() - m_caption.size().width() / 2 : left;
    painter->drawStaticText(QPointF(captionLeft, top + titleHeight), m_caption);
}

void GraphNodeItem::focusInEvent(QFocusEvent *event)
{
    update();
    QGraphicsItem::focusInEvent(event);
}

void GraphNodeItem::focusOutEvent(QFocusEvent *event)
{
    update();
    QGraphicsItem::focusOutEvent(event);
}

} // namespace portolan
