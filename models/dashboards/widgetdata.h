#pragma once

#include "dashboards/dashboard.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace portolan {

class CatalogStore;

// Who is looking and when: "my teams" filters, markdown variables, time windows.
struct WidgetContext {
    QString user;
    QStringList myTeams;
    QDateTime now;
    QJsonObject dashboardFilter; // {combinator, rules}
    bool dashboardMyTeams = false;
};

// Which entities a figure stands for: drilling into a slice, bar, point or number lists them.
struct Drill {
    QString blueprint;
    QJsonObject filter; // {combinator, rules}: the widget's, the dashboard's and the slice's, combined
    QString title;      // "Services · language = Go"
    bool isEmpty() const { return blueprint.isEmpty(); }
};

struct WidgetSlice {
    QString label;
    double value = 0;
    QString color; // may be empty: the view picks from its palette
    Drill drill;
};

struct WidgetSeries {
    QString name;
    QString color;
    QList<QPair<QDate, double>> points;
};

// What a widget shows, computed on a store lane (never on the UI thread).
struct WidgetData {
    QString error;        // says what is wrong with the widget (unknown property …); nothing else is set
    double number = 0;    // number widgets
    bool hasNumber = false;
    QString numberText;   // formatted with its unit ("82.5 %", "14", "—" when there is nothing to average)
    QString numberColor;  // from the colour rules, empty when none matched
    Drill numberDrill;
    QList<WidgetSlice> slices;   // pie, bar, scorecard levels/rules
    QList<WidgetSeries> series;  // line
    double target = -1;          // line charts of initiatives: the target to draw (-1: none)
    bool percent = false;        // line values are percentages: the axis runs 0–100 %
    QStringList columns;         // table (headers)
    QList<QStringList> rows;
    QList<QPair<QString, QString>> rowKeys; // table rows: (blueprint, identifier) to open
    QString markdown;            // markdown with its variables filled in
    QString footnote;            // how it was computed ("median of 37 deployments over 90 days")
};

// Computes one widget. Reads only (entities, scorecard results and history, DORA inputs).
WidgetData computeWidget(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context);

} // namespace portolan
