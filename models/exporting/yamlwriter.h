#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace portolan::yaml {

// A JSON value as block YAML, indented by `indent` spaces. Strings that YAML would read as
// something else (numbers, booleans, "null", leading special characters) are quoted.
QByteArray fromJson(const QJsonValue &value, int indent = 0);

} // namespace portolan::yaml
