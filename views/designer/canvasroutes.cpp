#include "canvasroutes.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace portolan::CanvasRoutes {
namespace {

enum class Side { Left, Right, Top, Bottom };

constexpr double kMinRun = 24;   // a shorter horizontal run than this bends round vertically
constexpr double kSpacing = 22;  // between ends sharing a side
constexpr double kCorner = 14;   // ends keep off the rounded corners
constexpr double kLoopHeight = 30;
constexpr double kLoopStep = 24;

struct End {
    qsizetype link;
    bool source;
    Side side;
    double key; // where the other end is, along this side
    QPointF point;
};

QPointF normalOf(Side side)
{
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {};
}

// Which sides a relation leaves and enters by, from where the cards are.
std::pair<Side, Side> sidesOf(const QRectF &a, const QRectF &b)
{
    if (b.left() >= a.right() + kMinRun)
        return {Side::Right, Side::Left};
    if (b.right() <= a.left() - kMinRun)
        return {Side::Left, Side::Right};
    if (b.top() >= a.bottom() + kMinRun / 2)
        return {Side::Bottom, Side::Top};
    if (b.bottom() <= a.top() - kMinRun / 2)
        return {Side::Top, Side::Bottom};
    return {Side::Right, Side::Left}; // overlapping cards: any curve will do
}

// Spreads `ends` (all on `side` of `box`) evenly round the side's middle.
void spread(QList<End *> &ends, const QRectF &box, Side side)
{
    std::stable_sort(ends.begin(), ends.end(), [](const End *a, const End *b) { return a->key < b->key; });
    const bool vertical = side == Side::Left || side == Side::Right;
    const double length = (vertical ? box.height() : box.width()) - 2 * kCorner;
    const double step = ends.size() > 1 ? std::min(kSpacing, length / double(ends.size() - 1)) : 0;
    const double first = -step * double(ends.size() - 1) / 2;
    for (qsizetype i = 0; i < ends.size(); ++i) {
        const double offset = first + step * double(i);
        QPointF &p = ends[i]->point;
        switch (side) {
        case Side::Left:
            p = {box.left(), box.center().y() + offset};
            break;
        case Side::Right:
            p = {box.right(), box.center().y() + offset};
            break;
        case Side::Top:
            p = {box.center().x() + offset, box.top()};
            break;
        case Side::Bottom:
            p = {box.center().x() + offset, box.bottom()};
            break;
        }
    }
}

// One cubic Bézier; evaluated by its parameter (cheap), not by length as QPainterPath does.
struct Cubic {
    QPointF p0, c0, c1, p1;

    QPointF at(double t) const
    {
        const double u = 1 - t;
        return p0 * (u * u * u) + c0 * (3 * u * u * t) + c1 * (3 * u * t * t) + p1 * (t * t * t);
    }
    QRectF hull() const
    {
        const auto [minX, maxX] = std::minmax({p0.x(), c0.x(), c1.x(), p1.x()});
        const auto [minY, maxY] = std::minmax({p0.y(), c0.y(), c1.y(), p1.y()});
        return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }
    QPainterPath path() const
    {
        QPainterPath path(p0);
        path.cubicTo(c0, c1, p1);
        return path;
    }
};

// Whether `curve` runs through one of `cards`.
bool crosses(const Cubic &curve, const QVarLengthArray<QRectF, 32> &cards)
{
    const QRectF hull = curve.hull();
    if (std::none_of(cards.begin(), cards.end(), [&](const QRectF &card) { return card.intersects(hull); }))
        return false;
    for (int i = 1; i < 20; ++i) {
        const QPointF p = curve.at(i / 20.0);
        if (std::any_of(cards.begin(), cards.end(), [&](const QRectF &card) { return card.contains(p); }))
            return true;
    }
    return false;
}

// A curve leaving and entering square to the sides; when it would run through a card (other
// than its ends), bowed to one side or the other, further and further, until it clears them.
Cubic curve(const End &from, const End &to, const QList<QRectF> &cards, const QRectF &fromBox, const QRectF &toBox)
{
    const QPointF d = to.point - from.point;
    const double length = std::hypot(d.x(), d.y());
    const double pull = std::clamp(length * 0.45, 30.0, 160.0);
    const QPointF across = length > 0 ? QPointF(-d.y(), d.x()) / length : QPointF(0, 1);
    const auto bowed = [&](double bow) {
        return Cubic{from.point, from.point + normalOf(from.side) * pull + across * bow,
                     to.point + normalOf(to.side) * pull + across * bow, to.point};
    };
    static constexpr double kBows[] = {0, 50, -50, 100, -100, 160, -160, 240, -240, 340, -340};
    // Only cards near the widest bows can be in the way of any of them.
    const QRectF reach = bowed(kBows[std::size(kBows) - 1]).hull().united(bowed(kBows[std::size(kBows) - 2]).hull());
    QVarLengthArray<QRectF, 32> near;
    for (const QRectF &card : cards)
        if (card.intersects(reach) && card != fromBox && card != toBox)
            near.append(card.adjusted(-6, -6, 6, 6));
    for (const double bow : kBows) {
        const Cubic c = bowed(bow);
        if (near.isEmpty() || !crosses(c, near))
            return c;
    }
    return bowed(0);
}

// The k-th loop of a card: a hump over the right part of its top edge (or under its bottom
// edge), nested inside the next.
Cubic loop(const QRectF &box, int k, bool below)
{
    const double x1 = box.right() - 64 - 26 * k, x2 = box.right() - 22 - 8 * k;
    const double y = below ? box.bottom() : box.top();
    // The curve's apex is 3/4 of its pull.
    const double lift = (below ? -1 : 1) * (kLoopHeight + kLoopStep * k) * 4 / 3;
    return {QPointF(x1, y), QPointF(x1, y - lift), QPointF(x2, y - lift), QPointF(x2, y)};
}

// Loops go over a card unless another card is in the way there and not underneath.
bool loopsBelow(const QString &card, int count, const QHash<QString, QRectF> &boxes, double labelHeight)
{
    const QRectF box = boxes.value(card);
    const auto blocked = [&](bool below) {
        const QRectF reach = loop(box, count - 1, below).hull().adjusted(-4, below ? 0 : -labelHeight, 4, below ? labelHeight : 0);
        for (auto it = boxes.begin(); it != boxes.end(); ++it)
            if (it.key() != card && it.value().intersects(reach))
                return true;
        return false;
    };
    return blocked(false) && !blocked(true);
}

bool isFree(const QRectF &label, const QList<QRectF> &taken)
{
    return std::none_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(label); });
}

} // namespace

QList<CanvasRoute> route(const QHash<QString, QRectF> &boxes, const QList<CanvasLink> &links)
{
    QList<CanvasRoute> routes(links.size());
    QList<Cubic> curves(links.size());
    QList<End> ends;
    ends.reserve(2 * links.size());
    QHash<QString, int> loops;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const CanvasLink &link = links.at(i);
        if (link.from == link.to) {
            ++loops[link.from];
            continue;
        }
        const QRectF a = boxes.value(link.from), b = boxes.value(link.to);
        const auto [out, in] = sidesOf(a, b);
        const bool vOut = out == Side::Left || out == Side::Right;
        // Ties (several relations to the same card) keep the links' order at both ends.
        const double tie = double(i) * 1e-6;
        ends.append({i, true, out, (vOut ? b.center().y() : b.center().x()) + tie, {}});
        ends.append({i, false, in, (vOut ? a.center().y() : a.center().x()) + tie, {}});
    }
    QHash<QString, QList<End *>> perSide; // "<card>/<side>"
    for (End &end : ends) {
        const CanvasLink &link = links.at(end.link);
        perSide[(end.source ? link.from : link.to) + u'/' + QString::number(int(end.side))].append(&end);
    }
    for (auto it = perSide.begin(); it != perSide.end(); ++it) {
        const QString card = it.key().section(u'/', 0, -2);
        spread(it.value(), boxes.value(card), Side(it.key().section(u'/', -1).toInt()));
    }
    const QList<QRectF> cards = boxes.values();
    for (qsizetype e = 0; e + 1 < ends.size(); e += 2) {
        const CanvasLink &link = links.at(ends.at(e).link);
        curves[ends.at(e).link] = curve(ends.at(e), ends.at(e + 1), cards, boxes.value(link.from), boxes.value(link.to));
    }
    QHash<QString, bool> below;
    for (auto it = loops.begin(); it != loops.end(); ++it)
        below.insert(it.key(), loopsBelow(it.key(), it.value(), boxes, links.value(0).label.height()));
    loops.clear();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString &card = links.at(i).from;
        if (card == links.at(i).to)
            curves[i] = loop(boxes.value(card), loops[card]++, below.value(card));
        routes[i].path = curves.at(i).path();
    }

    // Labels: cards first, then each label where it covers nothing placed before it.
    QList<QRectF> taken;
    for (const QRectF &box : boxes)
        taken.append(box.adjusted(-3, -3, 3, 3));
    static constexpr double kAlong[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QSizeF size = links.at(i).label;
        const Cubic &c = curves.at(i);
        const auto at = [&](double t, double lift) {
            const QPointF p = c.at(t) - QPointF(0, lift);
            return QRectF(p - QPointF(size.width(), size.height()) / 2, size);
        };
        QRectF label;
        if (links.at(i).from == links.at(i).to) {
            // Beyond the loop's apex, further while something is in the way; else beside the loop.
            const QRectF loopBox = c.hull();
            const double outwards = below.value(links.at(i).from) ? -1 : 1;
            QList<QRectF> candidates;
            for (int step = 0; step < 4; ++step)
                candidates.append(at(0.5, outwards * (size.height() / 2 + 2 + step * (size.height() + 2))));
            const double middle = (loopBox.top() + loopBox.bottom()) / 2 + loopBox.height() / 8;
            candidates.append(QRectF(QPointF(loopBox.right() + 4, middle - size.height() / 2), size));
            candidates.append(QRectF(QPointF(loopBox.left() - 4 - size.width(), middle - size.height() / 2), size));
            label = candidates.first();
            for (const QRectF &candidate : std::as_const(candidates)) {
                if (isFree(candidate, taken)) {
                    label = candidate;
                    break;
                }
            }
        } else {
            label = at(0.5, 0);
            for (const double t : kAlong) {
                if (isFree(at(t, 0), taken)) {
                    label = at(t, 0);
                    break;
                }
            }
        }
        routes[i].label = label;
        taken.append(label.adjusted(-2, -1, 2, 1));
    }
    return routes;
}

} // namespace portolan::CanvasRoutes
