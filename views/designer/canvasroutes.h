#pragma once

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace portolan {

// A relation to draw between two cards: the identifiers of its ends and its label's size.
struct CanvasLink {
    QString from;
    QString to;
    QSizeF label;
};

// Where a relation goes: a curve from the source card's border to the target card's, and the
// place of its label.
struct CanvasRoute {
    QPainterPath path;
    QRectF label;
};

// Routes the designer's relations between cards wherever the user put them: each end leaves the
// side facing the other card; the ends sharing a side are spread along it (ordered by where
// they lead, so they do not cross), which also separates several relations between the same
// two cards; a relation to its own blueprint is a loop over the card's top edge. Labels sit on
// their curve where they cover no card and no other label, if there is such a place.
namespace CanvasRoutes {
QList<CanvasRoute> route(const QHash<QString, QRectF> &boxes, const QList<CanvasLink> &links);
} // namespace CanvasRoutes

} // namespace portolan
