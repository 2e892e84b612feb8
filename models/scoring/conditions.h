#pragma once

#include "common/problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// Port's scorecard conditions: {combinator: "and"|"or", conditions: [{property, operator, value}
// | {relation, operator, value} | nested {combinator, conditions}]} evaluated on an entity's Port
// JSON with its derived values (mirrors, calculations, aggregations) already merged into
// `properties`.
//
// Operators: = != > < >= <=, contains doesNotContains beginsWith doesNotBeginsWith endsWith
// doesNotEndsWith, in, containsAny, isEmpty isNotEmpty, and for dates between / notBetween with
// `value` either {"from": ISO, "to": ISO} or {"preset": "today"|"yesterday"|"tomorrow"|"lastWeek"|
// "last2Weeks"|"lastMonth"|"last3Months"|"last6Months"|"last12Months"|"nextWeek"|"nextMonth"}.
// Properties: stored ones, meta-properties ($identifier, $title, $team, $createdAt, $updatedAt…).
// A `relation` condition compares the number of related entities (`= 0`, `>= 2`, isEmpty…).
// `now` makes date presets testable.
struct Conditions {
    static bool matches(const QJsonObject &query, const QJsonObject &entityJson, const QDateTime &now);
    static bool conditionMatches(const QJsonObject &condition, const QJsonObject &entityJson, const QDateTime &now);
    // The value a condition or measure reads: a property, a meta-property, or "$relations.<name>"
    // (the number of related entities).
    static QJsonValue valueOf(const QJsonObject &entityJson, const QString &property);
    // Problems with their paths (`path` is the query's own path, e.g. "$.rules[0].query").
    static Problems check(const QJsonObject &query, const QString &path);
    // Every property name (and relation name, as "$relations.<name>") the query reads.
    static QStringList propertiesRead(const QJsonObject &query);
    static const QStringList &operators();
};

} // namespace portolan
