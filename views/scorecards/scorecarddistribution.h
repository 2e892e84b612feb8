#pragma once

#include "scoring/scorecard.h"

#include <QChartView>

namespace portolan {

// A donut of a scorecard's entities per level, each slice in its level's colour, with a legend
// "Gold · 12". Empty state when nothing was evaluated yet.
class ScorecardDistribution final : public QChartView
{
    Q_OBJECT
public:
    explicit ScorecardDistribution(QWidget *parent = nullptr);
    void showDistribution(const Scorecard &scorecard, const QList<qint64> &perLevel);

private:
    void applyPalette();
};

} // namespace portolan
