#pragma once

#include <QJsonObject>
#include <QList>

namespace portolan {

struct TableColumn;

// One operator a filter rule can use on a column, and what kind of value it takes.
struct FilterOperator {
    enum class Value { None, Text, Number, Choice, Boolean, DateTime, DateRange };
    QString id;    // Port's operator: "=", "contains", "between" …
    QString label; // "is", "contains", "is between" …
    Value value = Value::Text;
};

// Port's rule shape as a catalog table uses it: which operators each column offers, how a rule
// reads on a chip, and the rewriting that lets EntityQuery translate every rule to SQL.
namespace TableFilter {
QList<FilterOperator> operatorsFor(const TableColumn &column);
// "Status is failure", "Started between 2026-01-01 and 2026-02-01".
QString describe(const QJsonObject &rule, const QList<TableColumn> &columns);
// Rules on $team become membership tests on its JSON array; `between` becomes >= and <=.
QJsonObject toEntityFilter(const QJsonObject &filter);
// The top-level rules of a filter, and a filter made of rules (combinator "and" or "or").
QList<QJsonObject> rules(const QJsonObject &filter);
QJsonObject make(const QList<QJsonObject> &rules, const QString &combinator);
} // namespace TableFilter

} // namespace portolan
