#pragma once

#include "graph/graphcolors.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace portolan {

// The colours and fonts of the designer's canvas, derived from the widget's palette and font so
// that light and dark both read well. Blueprint hues are the graph page's (GraphColors), so a
// blueprint has the same colour on both.
struct CanvasStyle {
    GraphColors colors;
    QColor canvas;     // behind everything
    QColor card;       // a blueprint's box
    QColor border;     // its outline
    QColor rule;       // lines between a card's sections
    QColor text;
    QColor muted;      // identifiers, types, counts
    QColor highlight;  // selection, hover, the connector and the rubber band
    QColor mark;       // "new" and "edited" tags
    QColor required;   // the mark of a required property
    QColor edge;
    QColor labelBackground;
    QFont title;
    QFont identifier;  // monospace
    QFont row;
    QFont small;
    bool dark = false;

    static CanvasStyle from(const QPalette &palette, const QFont &font, const QStringList &blueprints);
};

} // namespace portolan
