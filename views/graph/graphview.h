#pragma once

#include <QGraphicsView>

namespace portolan {

class GraphScene;

// Shows a GraphScene: drag to pan; wheel, pinch or +/- to zoom (0 fits); hovering a node lights
// its edges; a click, or Enter on the node Tab has focused, activates it.
class GraphView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    GraphScene *graphScene() const { return m_scene; }
    void zoomBy(double factor);
    void fitGraph();
    double zoom() const { return transform().m11(); }

Q_SIGNALS:
    void nodeActivated(int index); // an entity, or a "+N more" placeholder

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void hoverAt(const QPoint &pos);

    GraphScene *m_scene = nullptr;
    QPoint m_pressedAt;
    bool m_pressed = false;
};

} // namespace portolan
