#include "blueprintnodeitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr double kRadius = 8;
constexpr double kPad = 12;
constexpr double kMark = 28;        // the letter mark's diameter
constexpr double kMinWidth = 200;
constexpr double kMaxWidth = 320;
constexpr double kColumnGap = 16;   // between a property's name and its type
constexpr double kHandleRadius = 6;
constexpr double kHandleHit = 11;   // generous: a small circle is hard to hit
constexpr int kMaxProperties = 14;  // beyond: "+N more"
// Below this scale text is too small to read: boxes only.
constexpr double kTextLevelOfDetail = 0.4;

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::BlueprintNodeItem", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("portolan::BlueprintNodeItem", text, nullptr, n);
}

QStaticText staticText(const QString &text)
{
    QStaticText s(text);
    s.setTextFormat(Qt::PlainText);
    s.setPerformanceHint(QStaticText::AggressiveCaching);
    return s;
}

// What a property holds, in a word: its format when it has one ("url", "user"), "enum", or its
// type; arrays as "<items>[]".
QString typeText(const PropertyDef &p)
{
    if (!p.enumValues.isEmpty())
        return u"enum"_s;
    if (!p.format.isEmpty())
        return p.format;
    if (p.type == u"array") {
        const QString items = p.items.value(u"format").toString(p.items.value(u"type").toString());
        return items.isEmpty() ? p.type : items + u"[]"_s;
    }
    return p.type.isEmpty() ? u"any"_s : p.type;
}

} // namespace

BlueprintNodeItem::BlueprintNodeItem(const Blueprint &blueprint, State state, const CanvasStyle &style)
    : m_style(style)
    , m_identifier(blueprint.identifier)
    , m_title(blueprint.title.isEmpty() ? blueprint.identifier : blueprint.title)
    , m_json(blueprint.json)
    , m_state(state)
    , m_accent(style.colors.accent(blueprint.identifier))
    , m_tint(style.colors.fill(blueprint.identifier))
{
    m_letter = m_title.left(1).toUpper();
    m_titleText = staticText(m_title);
    m_identifierText = staticText(m_identifier);
    if (state != State::Stored)
        m_tagText = staticText(state == State::Created ? tr("new") : tr("edited"));

    int shown = 0;
    for (const PropertyDef &p : blueprint.properties) {
        if (shown++ == kMaxProperties)
            break;
        addRow(p.title.isEmpty() ? p.id : p.title, typeText(p), p.required || blueprint.required.contains(p.id), false, false);
    }
    if (blueprint.properties.size() > kMaxProperties)
        addRow(tr("+%n more properties", int(blueprint.properties.size() - kMaxProperties)), {}, false, false, true);
    if (blueprint.properties.isEmpty())
        addRow(tr("No properties"), {}, false, false, true);
    const auto count = [this](qsizetype n, const QString &label) {
        if (n > 0)
            addRow(label, QString::number(n), false, true, false);
    };
    count(blueprint.relations.size(), tr("Relations"));
    count(blueprint.mirrors.size(), tr("Mirror properties"));
    count(blueprint.calculations.size(), tr("Calculations"));
    count(blueprint.aggregations.size(), tr("Aggregations"));
    layOut();

    setFlags(ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    QString tip = u"%1 (%2)"_s.arg(m_title, m_identifier);
    if (!blueprint.description.isEmpty())
        tip += u'\n' + blueprint.description;
    setToolTip(tip + u'\n' + tr("Double-click to edit; drag the circle on the right edge to another blueprint to relate them."));
}

void BlueprintNodeItem::addRow(const QString &left, const QString &right, bool required, bool small, bool muted)
{
    Row row;
    row.left = staticText(left);
    row.right = staticText(right);
    row.required = required;
    row.small = small;
    row.muted = muted;
    m_rows.append(row);
}

// Measures every text once and places the rows; long names are elided to the widest card.
void BlueprintNodeItem::layOut()
{
    const QFontMetricsF title(m_style.title), ident(m_style.identifier), row(m_style.row), small(m_style.small);
    const double star = row.horizontalAdvance(u" *"_s);
    const double tagWidth = m_tagText.text().isEmpty() ? 0 : small.horizontalAdvance(m_tagText.text()) + 12;
    double width = kPad + kMark + 10 + std::max(title.horizontalAdvance(m_title) + (tagWidth > 0 ? tagWidth + 8 : 0),
                                                 ident.horizontalAdvance(m_identifier)) + kPad;
    for (const Row &r : std::as_const(m_rows)) {
        const QFontMetricsF &fm = r.small ? small : row;
        const double right = r.right.text().isEmpty() ? 0 : kColumnGap + (r.small ? small : ident).horizontalAdvance(r.right.text());
        width = std::max(width, 2 * kPad + fm.horizontalAdvance(r.left.text()) + (r.required ? star : 0) + right);
    }
    width = std::ceil(std::clamp(width, kMinWidth, kMaxWidth));

    const double textLeft = kPad + kMark + 10;
    const double textWidth = width - textLeft - kPad;
    m_headerHeight = std::ceil(std::max(kMark, title.height() + ident.height()) + 2 * kPad - 2);
    m_titleText.setText(title.elidedText(m_title, Qt::ElideRight, textWidth - (tagWidth > 0 ? tagWidth + 8 : 0)));
    m_identifierText.setText(ident.elidedText(m_identifier, Qt::ElideMiddle, textWidth));
    if (tagWidth > 0)
        m_tag = QRectF(width - kPad - tagWidth + 4, kPad - 3, tagWidth, small.height() + 2);

    double y = m_headerHeight + 7;
    bool counts = false;
    for (Row &r : m_rows) {
        if (r.small && !counts) {
            counts = true;
            m_countsTop = y + 1;
            y += 7;
        }
        const QFontMetricsF &fm = r.small ? small : row;
        const double right = r.right.text().isEmpty() ? 0 : kColumnGap + (r.small ? small : ident).horizontalAdvance(r.right.text());
        r.left.setText(fm.elidedText(r.left.text(), Qt::ElideRight, width - 2 * kPad - right - (r.required ? star : 0)));
        r.leftWidth = fm.horizontalAdvance(r.left.text());
        r.y = y;
        y += fm.height() + (r.small ? 2 : 4);
    }
    m_box = QRectF(0, 0, width, std::ceil(y + 7));

    QPainterPath rounded;
    rounded.addRoundedRect(m_box.adjusted(0.5, 0.5, -0.5, 0), kRadius, kRadius);
    QPainterPath band;
    band.addRect(QRectF(0, 0, width, m_headerHeight));
    m_header = rounded.intersected(band); // a path, not a clip: SVG export keeps it
}

QPointF BlueprintNodeItem::handleCentre() const
{
    return mapToScene(QPointF(m_box.right(), m_headerHeight / 2));
}

bool BlueprintNodeItem::handleContains(const QPointF &scenePos) const
{
    const QPointF d = scenePos - handleCentre();
    return std::hypot(d.x(), d.y()) <= kHandleHit;
}

void BlueprintNodeItem::setSelectedLook(bool on)
{
    if (m_selected == on)
        return;
    m_selected = on;
    setZValue(on ? 2 : 1); // over its neighbours while dragged
    update();
}

void BlueprintNodeItem::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    update();
}

void BlueprintNodeItem::setExporting(bool on)
{
    m_exporting = on;
    // Item caches are pixmaps: a vector export must draw the real thing.
    setCacheMode(on ? NoCache : DeviceCoordinateCache);
    update();
}

QRectF BlueprintNodeItem::boundingRect() const
{
    return m_box.adjusted(-5, -5, kHandleRadius + 5, 5);
}

QPainterPath BlueprintNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_box, kRadius, kRadius);
    path.addEllipse(QPointF(m_box.right(), m_headerHeight / 2), kHandleHit, kHandleHit);
    return path;
}

QVariant BlueprintNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) // whole units: text stays crisp in the pixmap cache
        return QPointF(std::round(value.toPointF().x()), std::round(value.toPointF().y()));
    if (change == ItemPositionHasChanged && m_moved)
        m_moved(this);
    return QGraphicsItem::itemChange(change, value);
}

void BlueprintNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void BlueprintNodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleContains(event->scenePos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void BlueprintNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void BlueprintNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &s = m_style;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = m_selected && !m_exporting;
    if (selected || m_dropTarget) {
        QColor halo = s.highlight;
        halo.setAlphaF(m_dropTarget ? 0.55f : 0.3f);
        painter->setPen(QPen(halo, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2.5, kRadius + 2.5);
    }
    QPen border(selected || m_dropTarget ? s.highlight : s.border, selected ? 1.6 : 1);
    if (m_state == State::Created) // not stored yet
        border.setStyle(Qt::DashLine);
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.card);
    painter->drawRoundedRect(m_box, kRadius, kRadius);
    painter->setBrush(m_tint);
    painter->drawPath(m_header);
    painter->setPen(QPen(s.rule, 1));
    painter->drawLine(QPointF(0.5, m_headerHeight), QPointF(m_box.right() - 0.5, m_headerHeight));
    if (m_countsTop > 0)
        painter->drawLine(QPointF(kPad, m_countsTop), QPointF(m_box.right() - kPad, m_countsTop));
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_box.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    const QRectF mark(kPad, (m_headerHeight - kMark) / 2, kMark, kMark);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_accent);
    painter->drawEllipse(mark);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail)
        paintText(painter);

    if ((m_hovered || selected || m_dropTarget) && !m_exporting) {
        const QPointF centre(m_box.right(), m_headerHeight / 2);
        painter->setPen(QPen(s.highlight, 1.6));
        painter->setBrush(s.card);
        painter->drawEllipse(centre, kHandleRadius, kHandleRadius);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.highlight);
        painter->drawEllipse(centre, 2.5, 2.5);
    }
}

void BlueprintNodeItem::paintText(QPainter *painter) const
{
    const CanvasStyle &s = m_style;
    const QRectF mark(kPad, (m_headerHeight - kMark) / 2, kMark, kMark);
    QFont letter = s.title;
    letter.setPixelSize(int(kMark * 0.5));
    painter->setFont(letter);
    painter->setPen(s.colors.base);
    painter->drawText(mark, Qt::AlignCenter, m_letter);

    const double left = kPad + kMark + 10;
    const double titleHeight = QFontMetricsF(s.title).height();
    const double top = (m_headerHeight - titleHeight - QFontMetricsF(s.identifier).height()) / 2;
    painter->setPen(s.text);
    painter->setFont(s.title);
    painter->drawStaticText(QPointF(left, top), m_titleText);
    painter->setPen(s.muted);
    painter->setFont(s.identifier);
    painter->drawStaticText(QPointF(left, top + titleHeight), m_identifierText);
    if (!m_tag.isNull()) {
        painter->setPen(QPen(s.mark, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_tag, m_tag.height() / 2, m_tag.height() / 2);
        painter->setFont(s.small);
        painter->drawStaticText(m_tag.topLeft() + QPointF(6, 1), m_tagText);
    }

    const QFontMetricsF row(s.row), small(s.small), ident(s.identifier);
    for (const Row &r : m_rows) {
        painter->setFont(r.small ? s.small : s.row);
        painter->setPen(r.muted || r.small ? s.muted : s.text);
        painter->drawStaticText(QPointF(kPad, r.y), r.left);
        if (r.required) {
            painter->setPen(s.required);
            painter->drawText(QPointF(kPad + r.leftWidth + 2, r.y + row.ascent()), u"*"_s);
        }
        if (r.right.text().isEmpty())
            continue;
        // Types in the identifier's monospace, aligned on the row's text.
        const QFontMetricsF &fm = r.small ? small : ident;
        painter->setFont(r.small ? s.small : s.identifier);
        painter->setPen(s.muted);
        const double baseline = r.y + (r.small ? small : row).ascent();
        painter->drawText(QPointF(m_box.right() - kPad - fm.horizontalAdvance(r.right.text()), baseline), r.right.text());
    }
}

} // namespace portolan
