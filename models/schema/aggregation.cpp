#include "aggregation.h"

#include "blueprint.h"
#include "query/rule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

double secondsPer(const QString &unit)
{
    if (unit == "hour"_L1) return 3600.0;
    if (unit == "day"_L1) return 86400.0;
    if (unit == "week"_L1) return 7 * 86400.0;
    if (unit == "month"_L1) return 30.4375 * 86400.0;
    return 0; // total
}

} // namespace

QJsonValue aggregate(const AggregationDef &definition, const QList<QJsonObject> &related, const QDateTime &now)
{
    QList<double> values;
    qsizetype count = 0;
    QDateTime earliest;
    for (const QJsonObject &entity : related) {
        if (!definition.query.isEmpty() && !RuleQuery::matches(definition.query, entity))
            continue;
        ++count;
        const QDateTime at = QDateTime::fromString(RuleQuery::valueOf(entity, definition.measureTimeBy).toString(), Qt::ISODateWithMs);
        if (at.isValid() && (!earliest.isValid() || at < earliest))
            earliest = at;
        if (definition.calculationBy == "property"_L1) {
            const QJsonValue v = RuleQuery::valueOf(entity, definition.property);
            if (v.isDouble())
                values.append(v.toDouble());
        }
    }
    if (definition.calculationBy != "property"_L1) {
        const double unit = secondsPer(definition.averageOf);
        if (definition.func != "average"_L1 || unit == 0)
            return double(count);
        if (!earliest.isValid())
            return 0.0;
        // At least one unit: three entities created in the last hour are 3 a day, not 72.
        const double units = std::max(1.0, double(earliest.secsTo(now)) / unit);
        return double(count) / units;
    }
    const QString &f = definition.func;
    if (f == "count"_L1)
        return double(values.size());
    if (f == "sum"_L1)
        return std::accumulate(values.begin(), values.end(), 0.0);
    if (values.isEmpty())
        return QJsonValue::Null;
    if (f == "min"_L1)
        return *std::min_element(values.begin(), values.end());
    if (f == "max"_L1)
        return *std::max_element(values.begin(), values.end());
    if (f == "average"_L1)
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    if (f == "median"_L1) {
        std::sort(values.begin(), values.end());
        const qsizetype mid = values.size() / 2;
        return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
    }
    return QJsonValue::Null;
}

} // namespace portolan
