#pragma once

#include "common/problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace portolan {

// The kinds of widget a dashboard holds (Port's data widgets plus Portolan's scorecard and DORA
// widgets). JSON `type`: number, pie, bar, line, table, markdown, scorecard, dora.
enum class WidgetType { Number, Pie, Bar, Line, Table, Markdown, Scorecard, Dora };
QString widgetTypeName(WidgetType type);

// A number widget's conditional colour: the first rule the value meets paints it.
struct ColorRule {
    QString op;    // = != > < >= <=
    double value = 0;
    QString color; // Port palette name or #rrggbb
};

// One widget. Which fields matter depends on `type`:
// - number:   blueprint, filter, calculation (count | sum | average | min | max | median), property, unit, colors
// - pie, bar: blueprint, filter, property (group by; a relation as "$relations.<name>", or "$team"),
//             calculation + valueProperty (what each slice/bar sums; default count)
// - line:     source "entities" (count of `blueprint` entities by `dateProperty` per bucket, or an
//             aggregate of `property`), "scorecard" (entities per level over time) or "rules"
//             (pass rate per rule over time) of `scorecard`, "initiative" (progress of `initiative`);
//             bucket day | week | month; `days` back from now
// - table:    blueprint, filter, columns (property identifiers, meta with $), sort, limit
// - markdown: markdown (with {{user}}, {{teams}}, {{date}} template variables)
// - scorecard: scorecard, show "levels" (distribution) | "rules" (pass rate per rule) | "failing"
//             (entities below `level`, worst first)
// - dora:     metric (deploymentFrequency | changeLeadTime | changeFailRate | recoveryTime | reworkRate
//             | all), groupBy service | team, windowDays
// Every data widget takes `filter` (Port search rules {combinator, rules}) and `myTeams` (only
// entities owned by the user's teams).
struct DashboardWidget {
    QString id;
    WidgetType type = WidgetType::Number;
    QString title;
    QString description;
    QString blueprint;
    QJsonObject filter;
    bool myTeams = false;
    QString calculation = QStringLiteral("count");
    QString property;
    QString valueProperty;
    QString unit;
    QList<ColorRule> colors;
    QString source;
    QString dateProperty;
    QString bucket = QStringLiteral("week");
    int days = 90;
    QStringList columns;
    QJsonArray sort; // [{property, order: asc|desc}]
    int limit = 10;
    QString markdown;
    QString scorecard;
    QString show = QStringLiteral("levels");
    QString level;
    QString initiative;
    QString metric;
    QString groupBy = QStringLiteral("service");
    int windowDays = 90;
    int span = 1; // columns the widget spans in the dashboard grid (1..3)
    QJsonObject extra;

    static DashboardWidget fromJson(const QJsonObject &json, const QString &path, Problems *problems);
    QJsonObject toJson() const;
};

// A saved dashboard: widgets in a grid of `columns` columns (reading order), plus a dashboard-wide
// filter applied to every data widget whose blueprint has the filtered properties
// ({combinator, rules}; meta-properties such as $team apply everywhere) and a "my teams" switch.
struct Dashboard {
    QString identifier;
    QString title;
    QString description;
    QString icon;
    int columns = 3;
    QJsonObject filter;
    bool myTeams = false;
    QList<DashboardWidget> widgets;
    QJsonObject extra;

    static Dashboard fromJson(const QJsonObject &json, Problems *problems = nullptr);
    QJsonObject toJson() const;
    const DashboardWidget *widget(const QString &id) const;
};

// Problems with JSON paths ($.widgets[2].property …): unknown type, blueprint, property,
// scorecard, calculation, metric; bad colours, columns, spans.
struct Blueprint;
Problems validateDashboard(const Dashboard &dashboard, const QHash<QString, Blueprint> &blueprints,
                           const QStringList &scorecards, const QStringList &initiatives);

} // namespace portolan
