#include "jvconvert.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <cfloat>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString tooDeepMessage()
{
    return u"JSON nested deeper than %1 levels"_s.arg(MaxJvDepth);
}

jv stringToJv(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return jv_string_sized(utf8.constData(), int(utf8.size()));
}

jv numberToJv(const QJsonValue &value)
{
    const double d = value.toDouble();
    // Doubles hold integers exactly only up to 2^53; beyond that a qint64 from Qt's parser would be
    // rounded, so hand jq the digits instead (jq 1.7 keeps number literals that pass through intact).
    // toInteger() is non-zero up there only when the value is an integer that fits a qint64.
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::abs(d) > exactLimit) {
        if (const qint64 integer = value.toInteger(0))
            return jv_number_with_literal(QByteArray::number(integer).constData());
    }
    return jv_number(d);
}

jv toJv(const QJsonValue &value, int depth)
{
    if (depth > MaxJvDepth)
        return jv_invalid_with_msg(stringToJv(tooDeepMessage()));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return jv_null();
    case QJsonValue::Bool:
        return jv_bool(value.toBool());
    case QJsonValue::Double:
        return numberToJv(value);
    case QJsonValue::String:
        return stringToJv(value.toString());
    case QJsonValue::Array: {
        jv array = jv_array();
        for (const QJsonValue &item : value.toArray()) {
            jv element = toJv(item, depth + 1);
            if (!jv_is_valid(element)) {
                jv_free(array);
                return element;
            }
            array = jv_array_append(array, element);
        }
        return array;
    }
    case QJsonValue::Object: {
        jv object = jv_object();
        const QJsonObject json = value.toObject();
        for (auto it = json.begin(); it != json.end(); ++it) {
            jv member = toJv(it.value(), depth + 1);
            if (!jv_is_valid(member)) {
                jv_free(object);
                return member;
            }
            object = jv_object_set(object, stringToJv(it.key()), member);
        }
        return object;
    }
    }
    return jv_null();
}

QString jvString(jv text)
{
    const char *data = jv_string_value(text);
    const int size = jv_string_length_bytes(jv_copy(text));
    QString result = QString::fromUtf8(data, size);
    jv_free(text);
    return result;
}

QJsonValue numberFromJv(jv number)
{
    // A literal that passed through untouched keeps digits a double would lose.
    if (jv_number_has_literal(number)) {
        if (const char *literal = jv_number_get_literal(number)) {
            bool exact = false;
            const qint64 integer = QByteArray(literal).toLongLong(&exact);
            if (exact)
                return QJsonValue(integer);
        }
    }
    const double d = jv_number_value(number);
    if (std::isnan(d))
        return QJsonValue(QJsonValue::Null);
    if (std::isinf(d))
        return QJsonValue(d > 0 ? DBL_MAX : -DBL_MAX);
    const bool negativeZero = d == 0 && std::signbit(d);
    if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0 && !negativeZero)
        return QJsonValue(qint64(d));
    return QJsonValue(d);
}

QJsonValue fromJv(jv value, int depth, QString *error)
{
    if (depth > MaxJvDepth) {
        jv_free(value);
        *error = tooDeepMessage();
        return QJsonValue(QJsonValue::Null);
    }
    QJsonValue result;
    switch (jv_get_kind(value)) {
    case JV_KIND_INVALID:
        *error = jv_invalid_has_msg(jv_copy(value)) ? jvMessageText(jv_invalid_get_msg(jv_copy(value)))
                                                     : u"invalid value"_s;
        result = QJsonValue(QJsonValue::Null);
        break;
    case JV_KIND_NULL:
        result = QJsonValue(QJsonValue::Null);
        break;
    case JV_KIND_FALSE:
        result = false;
        break;
    case JV_KIND_TRUE:
        result = true;
        break;
    case JV_KIND_NUMBER:
        result = numberFromJv(value);
        break;
    case JV_KIND_STRING:
        result = jvString(jv_copy(value));
        break;
    case JV_KIND_ARRAY: {
        QJsonArray array;
        const int length = jv_array_length(jv_copy(value));
        for (int i = 0; i < length && error->isEmpty(); ++i)
            array.append(fromJv(jv_array_get(jv_copy(value), i), depth + 1, error));
        result = array;
        break;
    }
    case JV_KIND_OBJECT: {
        QJsonObject object;
        for (int it = jv_object_iter(value); jv_object_iter_valid(value, it) && error->isEmpty();
             it = jv_object_iter_next(value, it)) {
            const QString key = jvString(jv_object_iter_key(value, it));
            object.insert(key, fromJv(jv_object_iter_value(value, it), depth + 1, error));
        }
        result = object;
        break;
    }
    }
    jv_free(value);
    return error->isEmpty() ? result : QJsonValue(QJsonValue::Null);
}

} // namespace

jv toJv(const QJsonValue &value)
{
    return toJv(value, 0);
}

QJsonValue fromJv(jv value, QString *error)
{
    QString ignored;
    QString &failure = error ? *error : ignored;
    failure.clear();
    return fromJv(value, 0, &failure);
}

QString jvMessageText(jv message)
{
    if (jv_get_kind(message) == JV_KIND_STRING)
        return jvString(message);
    return jvString(jv_dump_string(message, 0));
}

} // namespace portolan
