#pragma once

#include "graph/graphsnapshot.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

namespace portolan {

struct GraphColors;

// One box of the graph: a rounded rectangle in its blueprint's colour with the title and the
// blueprint's name, or a dashed "+N more" box. Text is laid out once, here; painting is cached
// per device scale and skips text when zoomed far out.
class GraphNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    GraphNodeItem(const GraphNode &node, int index, const QRectF &box, const QString &caption,
                  const GraphColors &colors, const QFont &font);

    // The box `node` needs for its text in `font` (safe on any thread: the lane measures while it
    // lays out). Long titles are capped and elided.
    static QSizeF boxSize(const GraphNode &node, const QString &caption, const QFont &font);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const GraphNode &node() const { return m_node; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    GraphNode m_node;
    int m_index;
    QRectF m_box;
    QPainterPath m_stripe;
    QStaticText m_title;
    QStaticText m_caption;
    QFont m_titleFont;
    QFont m_captionFont;
    QColor m_fill, m_accent, m_text, m_muted, m_highlight;
    bool m_highlighted = false;
};

} // namespace portolan
