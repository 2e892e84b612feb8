#include "scorecardtrend.h"

#include "scorecardstyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

ScorecardTrend::ScorecardTrend(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    auto *chart = new QChart;
    chart->setTitle(tr("Entities per level over time"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

void ScorecardTrend::showTrend(const Scorecard &scorecard, const QList<ScoreTrendPoint> &all)
{
    // Days before the scorecard graded anything say nothing: start at its first result (two
    // weeks at least, so a young scorecard still reads as a line, not a spike).
    constexpr qsizetype kMinimumDays = 14;
    qsizetype first = 0;
    while (first < all.size() && all.at(first).entities == 0)
        ++first;
    first = std::max<qsizetype>(0, std::min(first, all.size() - kMinimumDays));
    const QList<ScoreTrendPoint> points = all.mid(first);
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setBackgroundBrush(palette().color(QPalette::Base));
    c->setTitleBrush(palette().color(QPalette::Text));
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    m_points = int(points.size());

    auto *x = new QDateTimeAxis;
    x->setFormat(u"d MMM"_s);
    x->setTickCount(6);
    x->setLabelsColor(palette().color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setLabelsColor(palette().color(QPalette::Text));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    // A line per level: counts per level move against each other (a rule lands, entities climb).
    double top = 1;
    for (qsizetype level = 0; level < scorecard.levels.size(); ++level) {
        auto *line = new QLineSeries;
        for (const ScoreTrendPoint &point : points) {
            const double count = double(point.perLevel.value(level));
            line->append(double(point.day.startOfDay().toMSecsSinceEpoch()), count);
            top = std::max(top, count);
        }
        line->setName(scorecardstyle::levelTitle(scorecard, int(level)));
        QPen pen(scorecardstyle::levelColor(scorecard, int(level)));
        pen.setWidthF(2.5);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (!points.isEmpty()) {
        x->setRange(points.constFirst().day.startOfDay(), points.constLast().day.startOfDay());
    }
    // Whole entities: integer ticks, about five of them.
    const double step = std::max(1.0, std::ceil(top / 5.0));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, std::ceil(top / step) * step);
    c->setTitle(points.isEmpty() ? tr("Entities per level: no history yet") : tr("Entities per level over time"));
}

} // namespace portolan
