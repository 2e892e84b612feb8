#pragma once

#include <QJsonValue>
#include <QString>

#include <jv.h>

namespace portolan {

// Deeper values are refused rather than recursed into, so hostile input cannot overflow the stack.
// It matches the nesting limit of Qt's own JSON parser.
inline constexpr int MaxJvDepth = 1024;

// A new jv holding `value` (the caller owns it). Undefined becomes null. Too deep a value gives an
// invalid jv with a message.
jv toJv(const QJsonValue &value);

// Converts and frees `value`, which is consumed like any jv passed to a jv_* function. Integers come
// back as exact qint64 where they fit; NaN becomes null and infinities ±DBL_MAX, as jq prints them.
// On failure (too deep, or an invalid jv) returns null and sets `error`.
QJsonValue fromJv(jv value, QString *error);

// jq's text for a message jv (consumed): strings as they are, anything else as compact JSON.
QString jvMessageText(jv message);

} // namespace portolan
