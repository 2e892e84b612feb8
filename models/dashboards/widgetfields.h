#pragma once

#include "dashboards/dashboard.h"

#include <QHash>
#include <optional>

namespace portolan {

struct Blueprint;

// How a widget names what it counts, groups or shows: a schema property, an aggregation
// property, a meta-property ($identifier, $title, $createdAt …), the owning teams ($team) or a
// relation ("$relations.<name>"). Shared by validation and by the SQL that computes widgets.
struct WidgetField {
    enum class Kind { Property, Aggregation, Meta, Team, Relation };
    Kind kind = Kind::Property;
    QString id;    // property / relation identifier, or the meta name with its $
    QString title;
    QString type;  // string | number | boolean | array | object ("string" for meta)
    QString format;
    QString sql;   // the SQL expression over an `entities` row (empty for Team and Relation)
    bool isNumeric() const { return type == QLatin1String("number"); }
    bool isDate() const { return format == QLatin1String("date-time") || format == QLatin1String("date"); }
};

namespace WidgetFields {
// nullopt when the blueprint has no such property.
std::optional<WidgetField> resolve(const Blueprint &blueprint, const QString &property);
// "the blueprint service has no property \"langauge\"" at `path`.
Problems check(const DashboardWidget &widget, const QString &path, const QHash<QString, Blueprint> &blueprints,
               const QStringList &scorecards, const QStringList &initiatives);
bool isCalculation(const QString &calculation); // count sum average min max median
bool isColor(const QString &color);             // a palette name or #rrggbb
} // namespace WidgetFields

} // namespace portolan
