#pragma once

#include "scoring/scorecard.h"
#include "scoring/scorecardstore.h"

#include <QChartView>

namespace portolan {

// Entities per level over time (the store's trend, a point per day) as stacked areas in the level
// colours, highest level on top.
class ScorecardTrend final : public QChartView
{
    Q_OBJECT
public:
    explicit ScorecardTrend(QWidget *parent = nullptr);
    void showTrend(const Scorecard &scorecard, const QList<ScoreTrendPoint> &points);
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace portolan
