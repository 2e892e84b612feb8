#include "modellayout.h"

#include "graph/graphlayout.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace portolan {
namespace {

// GraphLayout's dot leaves ~65 points between ranks and ~16 within one: the boxes it is given
// are padded so that the gaps become kColumnGap and kRowGap around the real ones.
constexpr double kDotRankSep = 65;
constexpr double kDotNodeSep = 16;
constexpr double kPadX = (ModelLayout::kColumnGap - kDotRankSep) / 2;
constexpr double kPadY = (ModelLayout::kRowGap - kDotNodeSep) / 2;

// Room over a box for its relations to itself (the canvas draws them as loops over the top edge).
double loopRoom(const QString &id, const QList<ModelLayout::Link> &links)
{
    const auto loops = std::count_if(links.begin(), links.end(), [&](const ModelLayout::Link &l) { return l.from == id && l.to == id; });
    return loops > 0 ? 54.0 + 24.0 * double(loops - 1) : 0.0;
}

struct Group {
    QList<qsizetype> boxes;           // indexes into the caller's list
    QHash<QString, QPointF> topLeft;  // positions inside the group, starting at (0, 0)
    QSizeF size;
};

// Connected groups (relations in either direction), each in the callers' order.
QList<QList<qsizetype>> components(const QList<ModelLayout::Box> &boxes, const QList<ModelLayout::Link> &links)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        indexOf.insert(boxes.at(i).id, i);
    QList<qsizetype> parent(boxes.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](qsizetype i) {
        while (parent.at(i) != i)
            i = parent[i] = parent.at(parent.at(i));
        return i;
    };
    for (const ModelLayout::Link &link : links) {
        if (indexOf.contains(link.from) && indexOf.contains(link.to))
            parent[find(indexOf.value(link.from))] = find(indexOf.value(link.to));
    }
    QHash<qsizetype, qsizetype> groupOfRoot;
    QList<QList<qsizetype>> groups;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const qsizetype root = find(i);
        if (!groupOfRoot.contains(root)) {
            groupOfRoot.insert(root, groups.size());
            groups.append(QList<qsizetype>());
        }
        groups[groupOfRoot.value(root)].append(i);
    }
    return groups;
}

Group layOut(const QList<qsizetype> &members, const QList<ModelLayout::Box> &boxes, const QList<ModelLayout::Link> &links)
{
    Group group;
    group.boxes = members;
    if (members.size() == 1) {
        const ModelLayout::Box &box = boxes.at(members.first());
        const double room = loopRoom(box.id, links);
        group.topLeft.insert(box.id, QPointF(0, room));
        group.size = box.size + QSizeF(0, room);
        return group;
    }
    GraphSnapshot snapshot;
    QHash<QString, int> nodeOf;
    QHash<QString, QSizeF> padded;
    for (const qsizetype i : members) {
        GraphNode node;
        node.title = boxes.at(i).id; // the sizer's key
        node.key.identifier = boxes.at(i).id;
        nodeOf.insert(node.title, int(snapshot.nodes.size()));
        // Graphviz centres the box in its padding: a loop's room goes on both sides.
        padded.insert(node.title, boxes.at(i).size + QSizeF(2 * kPadX, 2 * kPadY + 2 * loopRoom(node.title, links)));
        snapshot.nodes.append(node);
    }
    for (const ModelLayout::Link &link : links) {
        // A relation to itself does not change where a box goes.
        if (link.from != link.to && nodeOf.contains(link.from) && nodeOf.contains(link.to))
            snapshot.edges.append({nodeOf.value(link.from), nodeOf.value(link.to), {}});
    }
    const GraphGeometry geometry = GraphLayout::compute(snapshot, GraphLayout::Engine::Dot,
                                                        [&](const GraphNode &node) { return padded.value(node.title); });
    QRectF bounds;
    for (qsizetype n = 0; n < snapshot.nodes.size(); ++n) {
        const QSizeF size = boxes.at(members.at(n)).size;
        // Without a geometry (Graphviz failed) the boxes go in a row: still usable, never stacked.
        const QPointF centre = n < geometry.nodes.size() ? geometry.nodes.at(n).centre
                                                         : QPointF(double(n) * (size.width() + ModelLayout::kColumnGap), 0);
        const QRectF rect(centre - QPointF(size.width(), size.height()) / 2, size);
        group.topLeft.insert(snapshot.nodes.at(n).title, rect.topLeft());
        const QRectF withLoops = rect.adjusted(0, -loopRoom(snapshot.nodes.at(n).title, links), 0, 0);
        bounds = bounds.isNull() ? withLoops : bounds.united(withLoops);
    }
    for (QPointF &p : group.topLeft)
        p -= bounds.topLeft();
    group.size = bounds.size();
    return group;
}

bool isFree(const QRectF &rect, const QList<QRectF> &occupied)
{
    const QRectF margin = rect.adjusted(-ModelLayout::kRowGap / 2, -ModelLayout::kRowGap / 2, ModelLayout::kRowGap / 2,
                                        ModelLayout::kRowGap / 2);
    return std::none_of(occupied.begin(), occupied.end(), [&](const QRectF &r) { return r.intersects(margin); });
}

} // namespace

QHash<QString, QPointF> ModelLayout::arrange(const QList<Box> &boxes, const QList<Link> &links)
{
    QList<Group> groups;
    for (const QList<qsizetype> &members : components(boxes, links))
        groups.append(layOut(members, boxes, links));
    // Largest groups first, then lone boxes; rows as wide as the widest group or a square's side.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.boxes.size() > b.boxes.size(); });
    double area = 0, widest = 0;
    for (const Group &g : std::as_const(groups)) {
        area += (g.size.width() + kColumnGap) * (g.size.height() + kRowGap);
        widest = std::max(widest, g.size.width());
    }
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.4);
    QHash<QString, QPointF> result;
    double x = 0, y = 0, rowHeight = 0;
    for (const Group &g : std::as_const(groups)) {
        if (x > 0 && x + g.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + 2 * kRowGap;
            rowHeight = 0;
        }
        for (auto it = g.topLeft.begin(); it != g.topLeft.end(); ++it)
            result.insert(it.key(), it.value() + QPointF(x, y));
        x += g.size.width() + kColumnGap / 2;
        rowHeight = std::max(rowHeight, g.size.height());
    }
    return result;
}

QPointF ModelLayout::placeNear(const QSizeF &size, const QList<QRectF> &anchors, const QList<QRectF> &occupied)
{
    QRectF anchor = anchors.value(0);
    if (anchors.isEmpty()) {
        for (const QRectF &r : occupied)
            anchor = anchor.isNull() ? r : anchor.united(r);
        if (anchor.isNull())
            return {0, 0};
        anchor = QRectF(anchor.topRight(), QSizeF(0, 0)); // right of everything, at the top
    }
    const QList<QPointF> starts = {
        {anchor.right() + kColumnGap, anchor.top()},
        {anchor.left(), anchor.bottom() + kRowGap},
        {anchor.left() - kColumnGap - size.width(), anchor.top()},
        {anchor.left(), anchor.top() - kRowGap - size.height()},
    };
    for (const QPointF &start : starts) {
        if (isFree(QRectF(start, size), occupied))
            return start;
    }
    // Everything around is taken: slide down the column right of the anchor until there is room.
    QPointF p = starts.first();
    for (int step = 0; step < 2000 && !isFree(QRectF(p, size), occupied); ++step)
        p.ry() += kRowGap;
    return p;
}

} // namespace portolan
