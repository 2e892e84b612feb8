#pragma once

// Pieces of computeWidget, one file per kind of widget (widget*.cpp); not for use elsewhere.
#include "dashboards/widgetdata.h"
#include "dashboards/widgetfields.h"
#include "schema/blueprint.h"

#include <QVariantList>

namespace portolan {

// The entities a data widget counts: its blueprint, and the widget's filter, the dashboard's
// filter (the rules this blueprint can answer) and "my teams" combined into one search query,
// plus the same as an SQL condition over `entities`.
struct WidgetScope {
    Blueprint blueprint;
    QString title;       // the blueprint's title ("Services")
    QJsonObject filter;  // {combinator: and, rules}
    QString where;
    QVariantList values;
    QString error;

    Drill drill(const QJsonObject &extraRule, const QString &what) const;
    // The condition and values with one more rule (for "Other" and aggregates).
    bool whereWith(const QJsonObject &extraRule, QString *where, QVariantList *values) const;
};
WidgetScope widgetScope(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context);

namespace WidgetParts {
WidgetData number(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope);
WidgetData groups(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope);
WidgetData line(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context);
WidgetData table(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope);
WidgetData scorecard(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context);
WidgetData dora(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context);
QString markdown(const QString &text, const WidgetContext &context);

// Helpers shared by the parts.
QString formatNumber(double value);
// Runs `sql` with `values`; rows of columns. `error` is set when the statement fails.
QList<QVariantList> rows(CatalogStore &store, const QString &sql, const QVariantList &values, QString *error);
// SUM/AVG/MIN/MAX/median of the values (already non-null); nullopt when empty.
std::optional<double> calculate(const QString &calculation, QList<double> values);
} // namespace WidgetParts

} // namespace portolan
