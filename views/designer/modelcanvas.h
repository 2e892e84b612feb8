#pragma once

#include "canvasstyle.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

class QGraphicsPathItem;

namespace portolan {

class BlueprintNodeItem;
class CanvasNotice;
class DesignDocument;
class RelationEdgeItem;

// The blueprint designer's data-model canvas: a card per blueprint of the document's draft and
// an edge per relation. Laid out by Graphviz the first time; cards move with the mouse and stay
// where they were put (per portal file); new blueprints go beside the ones they relate to.
// Dragging from a card's connector (the circle on its right edge) to another card, or to itself,
// adds a relation; Delete removes the selected blueprint (asking before taking relations with
// it). Ctrl+wheel or Ctrl+= / Ctrl+- zoom, Ctrl+0 fits; dragging the background pans. Selection
// is the document's, both ways. Every edit goes through the document, so each can be undone.
class ModelCanvas final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ModelCanvas(DesignDocument &document, QWidget *parent = nullptr);
    ~ModelCanvas() override;

    // The portal file whose arrangement is kept (and reused when the canvas opens it again).
    void setPortalFile(const QString &path);
    QString portalFile() const { return m_portalFile; }
    // The whole model as PNG or SVG, by the file's suffix; false when nothing was written.
    bool exportTo(const QString &path);

    BlueprintNodeItem *nodeItem(const QString &identifier) const { return m_nodes.value(identifier); }
    QList<RelationEdgeItem *> edgeItems() const { return m_edges; }
    double zoom() const { return transform().m11(); }
    QString noticeText() const; // the last refusal shown over the canvas

public Q_SLOTS:
    void fit();
    void zoomIn();
    void zoomOut();
    void relayout(); // forgets where cards were put and lays everything out again

Q_SIGNALS:
    void blueprintActivated(const QString &identifier); // double-click or Enter: open its form
    void relationCreated(const QString &source, const QString &relation);
    void newBlueprintRequested(); // Insert, or the background's context menu

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void restyle();
    void rebuild();
    void rebuildNodes();
    bool placeNodes();
    void rebuildEdges();
    void reroute();
    void updateSceneRect();
    void showSelection(bool scrollTo);
    void nodeMoved(BlueprintNodeItem *node);
    void savePositions();
    void zoomBy(double factor);
    void firstFit();
    BlueprintNodeItem *nodeAt(const QPoint &viewPos) const;
    void dragRelation(const QPoint &viewPos);
    void endRelation(const QPoint &viewPos, bool drop);
    void deleteSelected();
    void activateSelected();
    void showNotice(const QString &text);

    DesignDocument &m_document;
    QGraphicsScene *m_scene;
    CanvasNotice *m_notice;
    CanvasStyle m_style;
    QStringList m_hueOrder; // the blueprints the style's hues were handed out to
    QHash<QString, BlueprintNodeItem *> m_nodes;
    QList<RelationEdgeItem *> m_edges;
    QString m_portalFile;
    QHash<QString, QPointF> m_positions; // top-left corners; kept for deleted cards too (undo)
    bool m_userArranged = false;         // the positions are the user's: saved with every move
    bool m_placing = false;              // the canvas moves cards itself: not the user's move
    bool m_moved = false;                // a card moved since the press
    bool m_fitted = false;
    QPoint m_pressAt;
    bool m_backgroundPress = false;
    QString m_relateFrom;                // a relation is being dragged from this card
    QGraphicsPathItem *m_rubberBand = nullptr;
    BlueprintNodeItem *m_dropTarget = nullptr;
};

} // namespace portolan
