#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace portolan {

struct AggregationDef;

// Computes one aggregation property over the related target entities (their Port JSON):
// filters them with the definition's query, then counts them or applies sum/min/max/average/median
// to a number property. Entities without that property are left out of property functions;
// an empty set gives 0 for count and sum and null otherwise.
// calculationBy "entities" with func "average" is entities per averageOf (hour, day, week, month)
// from the earliest `measureTimeBy` date to `now`; "total" is the count.
QJsonValue aggregate(const AggregationDef &definition, const QList<QJsonObject> &related,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace portolan
