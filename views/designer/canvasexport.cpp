#include "canvasexport.h"

#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace portolan::CanvasExport {
namespace {

constexpr double kPngScale = 2.0;
constexpr double kMaxPixels = 16000;

bool toPng(QGraphicsScene &scene, const QRectF &source, const QColor &background, const QString &path)
{
    const double scale = std::min({kPngScale, kMaxPixels / source.width(), kMaxPixels / source.height()});
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    return image.save(path, "PNG");
}

bool toSvg(QGraphicsScene &scene, const QRectF &source, const QColor &background, const QString &path, const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), background);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

} // namespace

bool write(QGraphicsScene &scene, const QRectF &source, const QColor &background, const QString &path, const QString &title)
{
    if (source.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return toPng(scene, source, background, path);
    if (suffix == u"svg")
        return toSvg(scene, source, background, path, title);
    return false;
}

} // namespace portolan::CanvasExport
