#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QGraphicsScene;

namespace portolan {

// Writes `source` of a scene as PNG (twice the scene's scale, at most 16,000 pixels a side) or
// SVG (vector, text as text), by the file's suffix. False when nothing could be written. Item
// caches are pixmaps: callers turn them off for SVG.
namespace CanvasExport {
bool write(QGraphicsScene &scene, const QRectF &source, const QColor &background, const QString &path, const QString &title);
} // namespace CanvasExport

} // namespace portolan
