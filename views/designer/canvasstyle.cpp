#include "canvasstyle.h"

#include <QFontDatabase>

namespace portolan {
namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

CanvasStyle CanvasStyle::from(const QPalette &palette, const QFont &font, const QStringList &blueprints)
{
    CanvasStyle s;
    s.colors = GraphColors::fromPalette(palette, blueprints);
    s.dark = s.colors.dark;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    s.text = palette.color(QPalette::Text);
    // Cards stand out from the canvas: on light, white boxes on a grey-ish ground; on dark,
    // boxes a little lighter than the ground (a darker box would read as a hole).
    s.canvas = s.dark ? base : mix(window, base, 0.35);
    s.card = s.dark ? mix(base, s.text, 0.07) : base;
    s.border = mix(s.text, s.canvas, s.dark ? 0.72 : 0.75);
    s.rule = mix(s.text, s.card, s.dark ? 0.82 : 0.86);
    s.muted = mix(s.text, s.card, 0.42);
    s.highlight = palette.color(QPalette::Highlight);
    s.mark = palette.color(QPalette::Link);
    s.required = mix(s.highlight, s.text, 0.2);
    s.edge = mix(s.text, s.canvas, s.dark ? 0.45 : 0.5);
    s.labelBackground = s.canvas;
    s.title = font;
    s.title.setBold(true);
    s.row = font;
    s.small = font;
    s.small.setPointSizeF(font.pointSizeF() * 0.85);
    s.identifier = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    s.identifier.setPointSizeF(font.pointSizeF() * 0.85);
    return s;
}

} // namespace portolan
