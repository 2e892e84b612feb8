#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

namespace portolan {

struct EdgeGeometry;
struct GraphColors;

// A relation: a curve (or line) with an arrow head at its target. Highlighted, it is drawn in
// the highlight colour with the relation's name on a label at its middle.
class GraphEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(const EdgeGeometry &geometry, const QString &relation, const GraphColors &colors, const QFont &font);

    int type() const override { return Type; }
    QString relation() const { return m_relation; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
    QPolygonF m_arrow;
    QString m_relation;
    QStaticText m_label;
    QFont m_font;
    QRectF m_labelBox;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // computed on first hit test
    QColor m_color, m_highlight, m_text, m_labelBackground;
    bool m_highlighted = false;
};

} // namespace portolan
