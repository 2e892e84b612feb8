#pragma once

#include <QStringList>

namespace portolan {

struct Blueprint;

// Partial expression indexes that make filters and sorts on a blueprint's table fast: one per
// property that people filter and sort by (enums, numbers, booleans, dates), covering only that
// blueprint's rows. Queries must spell the expression exactly as propertyExpression() does.
namespace PropertyIndexes {
QStringList createStatements(const Blueprint &blueprint);
// `json_extract(properties, '$."id"')` with the id as an SQL literal.
QString propertyExpression(const QString &property);
QString sqlLiteral(const QString &text);
} // namespace PropertyIndexes

} // namespace portolan
