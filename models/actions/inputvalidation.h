#pragma once

#include "actions/userinputs.h"

#include <QJsonValue>
#include <QStringList>

namespace portolan {

struct EnumOption;

// Nothing entered: undefined, null, "", [] or {} (false is a value).
bool isEmptyInputValue(const QJsonValue &value);

// What is wrong with a non-empty `value` of input `in`, in words for the person filling the form:
// its type, string/number/array constraints, format (url, email, date-time, yaml, JSON object)
// and, for enums, whether it is one of `options`. Empty when it is fine.
QStringList validateInputValue(const UserInput &in, const QJsonValue &value, const QList<EnumOption> &options);

// The YAML parser's complaint about `text` ("line 3: …"), empty when it parses.
QString yamlError(const QString &text);

} // namespace portolan
