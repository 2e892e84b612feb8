#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace portolan {

// Moves boxes (centres and sizes) until every two are at least `gap` apart, disturbing the
// picture as little as it can: first sweeps that push each overlapping pair apart along the axis
// where they overlap least (enough for the few overlaps a force-directed layout leaves), then,
// for any box still in conflict, the nearest free place on a grid around it (which always exists).
void removeOverlaps(QList<QPointF> &centres, const QList<QSizeF> &sizes, double gap);

} // namespace portolan
