#pragma once

#include "schema/blueprint.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>
#include <functional>

namespace portolan {

struct CanvasStyle;

// A blueprint's card on the designer's canvas: a letter mark in the blueprint's colour, title and
// identifier, its properties (name, type or format, required marked), then a row per kind of
// relation, mirror, calculation and aggregation with their counts. New and edited blueprints
// carry a small tag. The card moves with the mouse; the circle on its right edge (shown on hover
// and selection) is where a drag starts a new relation. Text is laid out once, here.
class BlueprintNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 11 };
    enum class State { Stored, Created, Changed };

    BlueprintNodeItem(const Blueprint &blueprint, State state, const CanvasStyle &style);

    int type() const override { return Type; }
    QString identifier() const { return m_identifier; }
    QString title() const { return m_title; }
    State state() const { return m_state; }
    const QJsonObject &json() const { return m_json; }
    QSizeF size() const { return m_box.size(); }
    QRectF sceneBox() const { return m_box.translated(pos()); }

    // The connector, in scene coordinates.
    QPointF handleCentre() const;
    bool handleContains(const QPointF &scenePos) const;

    void setSelectedLook(bool on);
    bool isSelectedLook() const { return m_selected; }
    void setDropTarget(bool on); // a relation being dragged would end here
    void setExporting(bool on);  // no connector, no selection: the picture of the model only
    // Called after every move of the card (the canvas re-routes its edges).
    void setMoveHandler(std::function<void(BlueprintNodeItem *)> handler) { m_moved = std::move(handler); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Row {
        QStaticText left;
        QStaticText right;
        bool required = false;
        bool small = false; // the counts under the properties
        bool muted = false; // "+3 more", "no properties"
        double y = 0;
        double leftWidth = 0;
    };
    void addRow(const QString &left, const QString &right, bool required, bool small, bool muted);
    void layOut();
    void paintText(QPainter *painter) const;

    const CanvasStyle &m_style;
    QString m_identifier;
    QString m_title;
    QString m_letter;
    QJsonObject m_json;
    State m_state;
    QList<Row> m_rows;
    QStaticText m_titleText, m_identifierText, m_tagText;
    QRectF m_box, m_tag;
    double m_headerHeight = 0;
    double m_countsTop = -1; // where the rule above the counts goes; < 0: no counts
    QPainterPath m_header;   // the tinted band behind title and identifier
    QColor m_accent, m_tint;
    bool m_selected = false, m_hovered = false, m_dropTarget = false, m_exporting = false;
    std::function<void(BlueprintNodeItem *)> m_moved;
};

} // namespace portolan
