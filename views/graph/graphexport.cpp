#include "graphexport.h"

#include "graphscene.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace portolan::GraphExport {
namespace {
constexpr double kPngScale = 2.0;
constexpr double kMaxPixels = 16000;
} // namespace

bool toPng(GraphScene &scene, const QString &path)
{
    const QRectF source = scene.sceneRect();
    if (source.isEmpty())
        return false;
    const double scale = std::min({kPngScale, kMaxPixels / source.width(), kMaxPixels / source.height()});
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    return image.save(path, "PNG");
}

bool toSvg(GraphScene &scene, const QString &path, const QString &title)
{
    const QRectF source = scene.sceneRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    scene.setCaching(false); // cached items would be drawn as bitmaps
    QPainter painter;
    if (!painter.begin(&svg)) {
        scene.setCaching(true);
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    const bool ok = painter.end();
    scene.setCaching(true);
    return ok;
}

} // namespace portolan::GraphExport
