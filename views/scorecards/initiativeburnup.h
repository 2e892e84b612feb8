#pragma once

#include "scoring/initiative.h"

#include <QChartView>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace portolan {

// An initiative's burn-up: entities that meet the target per day (solid), the target
// (targetShare × entities, dashed), the deadline (a vertical line) and the forecast (dotted, from
// today at the recent pace to the forecast date).
class InitiativeBurnUp final : public QChartView
{
    Q_OBJECT
public:
    explicit InitiativeBurnUp(QWidget *parent = nullptr);

    void setProgress(const Initiative &initiative, const InitiativeProgress &progress);
    void clear();

    // For tests: the series as drawn (x: msecs since epoch of the day).
    QLineSeries *doneSeries() const { return m_done; }
    QLineSeries *targetSeries() const { return m_target; }
    QLineSeries *deadlineSeries() const { return m_deadline; }
    QLineSeries *forecastSeries() const { return m_forecast; }

private:
    QLineSeries *m_done = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_deadline = nullptr;
    QLineSeries *m_forecast = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace portolan
