#pragma once

#include "schema/blueprint.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace portolan {

struct CanvasRoute;
struct CanvasStyle;

// A relation on the designer's canvas: a curve from its blueprint's card to its target's, an
// arrow at the target, and a label with its title, a "*" when required and its cardinality
// ("1" or "many"). Required relations are solid lines, optional ones dashed. Hovered, it is drawn
// in the highlight colour, over the cards. The canvas routes it (CanvasRoutes) and moves it.
class RelationEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 12 };

    RelationEdgeItem(const QString &source, const RelationDef &relation, const CanvasStyle &style);

    int type() const override { return Type; }
    QString source() const { return m_source; }
    const RelationDef &relation() const { return m_relation; }
    QSizeF labelSize() const { return m_labelSize; }
    QString labelText() const;
    void setRoute(const CanvasRoute &route);
    QRectF labelRect() const { return m_label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const CanvasStyle &m_style; // the canvas's, which outlives its items
    QString m_source;
    RelationDef m_relation;
    QString m_title, m_cardinality;
    QSizeF m_labelSize;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_label, m_bounds;
    mutable QPainterPath m_shape; // computed on first hit test after a move
    bool m_hovered = false;
};

} // namespace portolan
