#pragma once

#include "dashboards/dora.h"
#include "widgetrenderers.h"

#include <QWidget>

class QTableWidget;

namespace portolan {

class DoraFigureDialog;

// A DORA widget's body: the metrics as figure cards (value, unit, DORA band as context, an "ⓘ"
// with dora.dev's definition and a "Numbers behind it" button), then a table per service or team.
class DoraView final : public QWidget
{
public:
    // `overall`: one figure per metric over every group; `grouped`: per service/team.
    DoraView(const QList<DoraFigure> &overall, const QList<DoraFigure> &grouped, const QString &metric,
             const QString &groupBy, const WidgetHooks &hooks, QWidget *parent = nullptr);

    // Opens "Numbers behind it" for `metric` (the overall figure); null when there is none.
    DoraFigureDialog *showSamples(DoraMetric metric);
    QTableWidget *groupTable() const { return m_table; }

private:
    QWidget *card(const DoraFigure &figure);

    QList<DoraFigure> m_overall;
    WidgetHooks m_hooks;
    QTableWidget *m_table = nullptr;
};

} // namespace portolan
