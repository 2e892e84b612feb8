#pragma once

#include <QColor>
#include <QPalette>
#include <QStringList>

namespace portolan {

// The colours of the graph, derived from the widget palette so that light and dark themes both
// read well: each blueprint gets its own hue (by its place in the catalog, so that a dozen stay
// distinct; unknown ones by a stable hash); fills are that hue washed into the base colour.
struct GraphColors {
    QColor base;        // the canvas
    QColor text;
    QColor mutedText;
    QColor edge;
    QColor highlight;   // hovered or focused things
    QColor labelBackground;
    bool dark = false;
    QStringList blueprints; // the catalog's order: each gets the next hue

    static GraphColors fromPalette(const QPalette &palette, const QStringList &blueprints = {});
    QColor accent(const QString &blueprint) const; // border and stripe of a blueprint's boxes
    QColor fill(const QString &blueprint) const;   // the box itself
};

} // namespace portolan
