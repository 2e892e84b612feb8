#include "graphoverlap.h"

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace portolan {
namespace {

// Pushing pairs apart settles loose overlaps in a few sweeps; in a crowd it only shuffles them
// around, and the nearest free place does better.
constexpr int kPushRounds = 8;

QRectF boxOf(const QPointF &centre, const QSizeF &size, double gap)
{
    // Half the gap on each side: two boxes are `gap` apart exactly when these do not intersect.
    return QRectF(centre - QPointF(size.width() + gap, size.height() + gap) / 2, size + QSizeF(gap, gap));
}

// One sweep over the boxes sorted by their left edge; true when it moved something.
bool pushApart(QList<QPointF> &centres, const QList<QSizeF> &sizes, double gap, QList<int> &order)
{
    const auto left = [&](int i) { return centres.at(i).x() - sizes.at(i).width() / 2; };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return left(a) < left(b); });
    bool moved = false;
    for (qsizetype a = 0; a < order.size(); ++a) {
        const int i = order.at(a);
        for (qsizetype b = a + 1; b < order.size(); ++b) {
            const int j = order.at(b);
            if (left(j) >= centres.at(i).x() + sizes.at(i).width() / 2 + gap)
                break;
            QPointF &p = centres[i];
            QPointF &q = centres[j];
            const double dx = (sizes.at(i).width() + sizes.at(j).width()) / 2 + gap - std::abs(p.x() - q.x());
            const double dy = (sizes.at(i).height() + sizes.at(j).height()) / 2 + gap - std::abs(p.y() - q.y());
            if (dx <= 0 || dy <= 0)
                continue;
            moved = true;
            // Half each way, a hair more so that rounding cannot leave them touching.
            if (dy <= dx) {
                const double step = (dy / 2 + 0.01) * (p.y() < q.y() || (p.y() == q.y() && i < j) ? 1 : -1);
                p.ry() -= step;
                q.ry() += step;
            } else {
                const double step = (dx / 2 + 0.01) * (p.x() < q.x() || (p.x() == q.x() && i < j) ? 1 : -1);
                p.rx() -= step;
                q.rx() += step;
            }
        }
    }
    return moved;
}

// Boxes that overlap another; the first of each pair (in index order) keeps its place.
QList<int> conflicts(const QList<QPointF> &centres, const QList<QSizeF> &sizes, double gap)
{
    QList<int> order(centres.size());
    std::iota(order.begin(), order.end(), 0);
    const auto left = [&](int i) { return centres.at(i).x() - sizes.at(i).width() / 2; };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return left(a) < left(b); });
    QList<bool> bad(centres.size(), false);
    for (qsizetype a = 0; a < order.size(); ++a) {
        const int i = order.at(a);
        const QRectF box = boxOf(centres.at(i), sizes.at(i), gap);
        for (qsizetype b = a + 1; b < order.size() && left(order.at(b)) - gap / 2 < box.right(); ++b) {
            const int j = order.at(b);
            if (!bad.at(i) && !bad.at(j) && box.intersects(boxOf(centres.at(j), sizes.at(j), gap)))
                bad[std::max(i, j)] = true;
        }
    }
    QList<int> result;
    for (qsizetype i = 0; i < bad.size(); ++i)
        if (bad.at(i))
            result.append(int(i));
    return result;
}

// Placed boxes by grid cell (a cell is as big as the largest box), so that "is this place
// free?" looks at a handful of neighbours, not at every box.
class BoxGrid final
{
public:
    explicit BoxGrid(QSizeF cell)
        : m_cell(cell)
    {
    }

    void add(const QRectF &box)
    {
        const int index = int(m_boxes.size());
        m_boxes.append(box);
        forCells(box, [&](quint64 key) { m_cells[key].append(index); });
    }

    bool isFree(const QRectF &box) const
    {
        bool free = true;
        forCells(box, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (free && it != m_cells.constEnd())
                free = std::none_of(it->begin(), it->end(), [&](int other) { return m_boxes.at(other).intersects(box); });
        });
        return free;
    }

private:
    template<typename F>
    void forCells(const QRectF &box, F f) const
    {
        const auto cellX = [&](double x) { return qint32(std::floor(x / m_cell.width())); };
        const auto cellY = [&](double y) { return qint32(std::floor(y / m_cell.height())); };
        for (qint32 x = cellX(box.left()); x <= cellX(box.right()); ++x)
            for (qint32 y = cellY(box.top()); y <= cellY(box.bottom()); ++y)
                f(quint64(quint32(x)) << 32 | quint32(y));
    }

    QSizeF m_cell;
    QList<QRectF> m_boxes;
    QHash<quint64, QList<int>> m_cells;
};

// Rings of candidate places around `centre`, half a box apart; the nearest free one wins.
QPointF nearestFree(const QPointF &centre, const QSizeF &size, double gap, const BoxGrid &grid)
{
    const double dx = (size.width() + gap) / 2;
    const double dy = (size.height() + gap) / 2;
    for (int ring = 1;; ++ring) {
        std::optional<QPointF> best;
        double bestDistance = 0;
        for (int i = -ring; i <= ring; ++i) {
            for (int j = -ring; j <= ring; ++j) {
                if (std::max(std::abs(i), std::abs(j)) != ring)
                    continue;
                const QPointF p = centre + QPointF(i * dx, j * dy);
                const double distance = QLineF(centre, p).length();
                if ((!best || distance < bestDistance) && grid.isFree(boxOf(p, size, gap))) {
                    best = p;
                    bestDistance = distance;
                }
            }
        }
        if (best)
            return *best;
    }
}

} // namespace

void removeOverlaps(QList<QPointF> &centres, const QList<QSizeF> &sizes, double gap)
{
    Q_ASSERT(centres.size() == sizes.size());
    QList<int> order(centres.size());
    std::iota(order.begin(), order.end(), 0);
    for (int round = 0; round < kPushRounds && pushApart(centres, sizes, gap, order); ++round) {
    }
    const QList<int> moving = conflicts(centres, sizes, gap);
    if (moving.isEmpty())
        return;
    QList<bool> isMoving(centres.size(), false);
    for (const int i : moving)
        isMoving[i] = true;
    QSizeF cell;
    for (const QSizeF &size : sizes)
        cell = cell.expandedTo(size + QSizeF(gap, gap));
    BoxGrid grid(cell);
    for (qsizetype i = 0; i < centres.size(); ++i)
        if (!isMoving.at(i))
            grid.add(boxOf(centres.at(i), sizes.at(i), gap));
    for (const int i : moving) {
        centres[i] = nearestFree(centres.at(i), sizes.at(i), gap, grid);
        grid.add(boxOf(centres.at(i), sizes.at(i), gap));
    }
}

} // namespace portolan
