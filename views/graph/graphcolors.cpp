#include "graphcolors.h"

namespace portolan {
namespace {

// Hues (degrees) in an order where neighbours differ most.
constexpr int kHues[] = {212, 28, 145, 330, 265, 48, 178, 0, 95, 300, 195, 240};

int hueOf(const QString &blueprint, const QStringList &order)
{
    const qsizetype index = order.indexOf(blueprint);
    if (index >= 0)
        return kHues[index % qsizetype(std::size(kHues))] + int(index / qsizetype(std::size(kHues))) * 15;
    quint32 hash = 2166136261u; // FNV-1a: stable across runs, unlike qHash
    for (const QChar ch : blueprint)
        hash = (hash ^ ch.unicode()) * 16777619u;
    return kHues[hash % std::size(kHues)];
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

GraphColors GraphColors::fromPalette(const QPalette &palette, const QStringList &blueprints)
{
    GraphColors c;
    c.blueprints = blueprints;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.base.lightnessF() < 0.5;
    c.mutedText = mix(c.text, c.base, 0.4);
    c.edge = mix(c.text, c.base, c.dark ? 0.55 : 0.6);
    c.highlight = palette.color(QPalette::Highlight);
    c.labelBackground = palette.color(QPalette::ToolTipBase);
    if (qAbs(c.labelBackground.lightnessF() - c.text.lightnessF()) < 0.4)
        c.labelBackground = c.base;
    return c;
}

QColor GraphColors::accent(const QString &blueprint) const
{
    if (blueprint.isEmpty())
        return mutedText;
    return QColor::fromHsl(hueOf(blueprint, blueprints) % 360, dark ? 150 : 170, dark ? 150 : 110);
}

QColor GraphColors::fill(const QString &blueprint) const
{
    return mix(base, accent(blueprint), dark ? 0.22 : 0.12);
}

} // namespace portolan
