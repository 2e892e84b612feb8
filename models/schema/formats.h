#pragma once

#include <QJsonValue>
#include <QStringList>

namespace portolan::formats {

// The string formats Port knows (port.md §1).
const QStringList &known();
// The palette of enumColors.
const QStringList &colors();
// Empty when `value` is acceptable for `format`, else what is wrong with it.
QString check(const QString &format, const QJsonValue &value);
// The JSON type name of a value as Port's schema names it (string, number, boolean, object, array, null).
QString typeName(const QJsonValue &value);

} // namespace portolan::formats
