#include "scorecarddistribution.h"

#include "scorecardstyle.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

using namespace Qt::StringLiterals;

namespace portolan {

ScorecardDistribution::ScorecardDistribution(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
    auto *chart = new QChart;
    chart->setTitle(tr("Entities per level"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    applyPalette();
}

void ScorecardDistribution::applyPalette()
{
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

void ScorecardDistribution::showDistribution(const Scorecard &scorecard, const QList<qint64> &perLevel)
{
    chart()->removeAllSeries();
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    qint64 total = 0;
    for (qsizetype i = 0; i < scorecard.levels.size(); ++i) {
        const qint64 count = perLevel.value(i);
        total += count;
        QPieSlice *slice = series->append(u"%1 · %2"_s.arg(scorecardstyle::levelTitle(scorecard, int(i))).arg(count), double(count));
        slice->setColor(scorecardstyle::levelColor(scorecard, int(i)));
        slice->setBorderColor(palette().color(QPalette::Base));
    }
    chart()->addSeries(series);
    chart()->setTitle(total ? tr("Entities per level (%1)").arg(total) : tr("Entities per level: not evaluated yet"));
    applyPalette();
}

} // namespace portolan
