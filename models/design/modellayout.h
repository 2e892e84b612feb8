#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace portolan {

// Where the blueprint designer's canvas puts its boxes (scene units, y down). The first time:
// Graphviz dot, left to right along the relations, one connected group after another, packed
// in rows so that blueprints nobody relates to do not pile up in one endless column. Later:
// a new box goes beside the ones it relates to, moving nothing the user placed.
class ModelLayout final
{
public:
    struct Box {
        QString id;
        QSizeF size;
    };
    struct Link {
        QString from;
        QString to;
    };

    // The top-left corner of every box, the whole drawing starting at (0, 0). Runs Graphviz
    // (serialised with the graph page's layouts): milliseconds for the ~60 boxes of a portal.
    static QHash<QString, QPointF> arrange(const QList<Box> &boxes, const QList<Link> &links);

    // The top-left corner for a new box of `size`: right of (else below, left of, above) the
    // first of `anchors` (the boxes it relates to) or, without anchors, right of everything
    // `occupied`; never overlapping an `occupied` box.
    static QPointF placeNear(const QSizeF &size, const QList<QRectF> &anchors, const QList<QRectF> &occupied);

    static constexpr double kColumnGap = 150; // between ranks: room for a relation's label
    static constexpr double kRowGap = 36;     // between boxes of a rank, and between packed groups
};

} // namespace portolan
