#include "aggregation.h"

#include "blueprint.h"
#include "query/rule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

QJsonValue aggregate(const AggregationDef &definition, const QList<QJsonObject> &related)
{
    QList<double> values;
    qsizetype count = 0;
    for (const QJsonObject &entity : related) {
        if (!definition.query.isEmpty() && !RuleQuery::matches(definition.query, entity))
            continue;
        ++count;
        if (definition.calculationBy == "property"_L1) {
            const QJsonValue v = RuleQuery::valueOf(entity, definition.property);
            if (v.isDouble())
                values.append(v.toDouble());
        }
    }
    if (definition.calculationBy != "property"_L1)
        return double(count);
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
