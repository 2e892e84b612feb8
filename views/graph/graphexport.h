#pragma once

#include <QString>

namespace portolan {

class GraphScene;

// Writes the whole graph (not just what is on screen) as PNG (at twice the scene's scale, at most
// 16,000 pixels a side) or SVG (vector, text as text). False when nothing could be written.
namespace GraphExport {
bool toPng(GraphScene &scene, const QString &path);
bool toSvg(GraphScene &scene, const QString &path, const QString &title);
} // namespace GraphExport

} // namespace portolan
