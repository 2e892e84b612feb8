#pragma once

#include "dashboards/widgetdata.h"

#include <functional>

class QWidget;

namespace portolan {

// What a rendered widget can ask of the page: list the entities behind a figure, open one.
struct WidgetHooks {
    std::function<void(const Drill &)> drill;
    std::function<void(const QString &blueprint, const QString &identifier)> open;
};

// The body of a widget for its computed data: number, pie, bar, line, table, markdown or
// scorecard (DORA has its own view, DoraView). Charts live in widgetcharts.cpp.
QWidget *renderWidgetData(const DashboardWidget &widget, const WidgetData &data, const WidgetHooks &hooks);

QWidget *renderNumber(const WidgetData &data, const WidgetHooks &hooks);
QWidget *renderTable(const WidgetData &data, const WidgetHooks &hooks);
QWidget *renderMarkdown(const WidgetData &data);
QWidget *renderPie(const WidgetData &data, const WidgetHooks &hooks);
QWidget *renderBars(const WidgetData &data, const WidgetHooks &hooks, bool percent);
QWidget *renderLine(const WidgetData &data);

// The n-th colour of the charts' palette (Port's palette order), or `preferred` when it names one.
QColor widgetColor(const QString &preferred, int index);

} // namespace portolan
