#include "inputvalidation.h"

#include "actions/formstate.h"
#include "importing/jsonsource.h"
#include "schema/formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString number(double n)
{
    return QLocale::c().toString(n, 'g', 15);
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

void checkString(const QJsonObject &def, const QString &s, QStringList &errors)
{
    const qsizetype length = s.toUcs4().size();
    if (def.value("minLength"_L1).isDouble() && length < def.value("minLength"_L1).toDouble())
        errors.append(u"At least %1 (now %2)"_s.arg(plural(def.value("minLength"_L1).toInt(), u"character"_s, u"characters"_s)).arg(length));
    if (def.value("maxLength"_L1).isDouble() && length > def.value("maxLength"_L1).toDouble())
        errors.append(u"At most %1 (now %2)"_s.arg(plural(def.value("maxLength"_L1).toInt(), u"character"_s, u"characters"_s)).arg(length));
    if (def.value("pattern"_L1).isString()) {
        const QRegularExpression re(def.value("pattern"_L1).toString());
        // JSON Schema patterns are unanchored: they must match somewhere in the text.
        if (re.isValid() && !re.match(s).hasMatch())
            errors.append(u"Must match the pattern %1"_s.arg(re.pattern()));
    }
}

void checkNumber(const UserInput &in, const QJsonObject &def, double n, QStringList &errors)
{
    if (in.type == "integer"_L1 && n != std::floor(n))
        errors.append(u"Enter a whole number"_s);
    const QJsonValue min = def.value("minimum"_L1), max = def.value("maximum"_L1);
    const QJsonValue xmin = def.value("exclusiveMinimum"_L1), xmax = def.value("exclusiveMaximum"_L1);
    if (min.isDouble() && n < min.toDouble())
        errors.append(u"At least %1"_s.arg(number(min.toDouble())));
    if (max.isDouble() && n > max.toDouble())
        errors.append(u"At most %1"_s.arg(number(max.toDouble())));
    if (xmin.isDouble() && n <= xmin.toDouble())
        errors.append(u"Must be greater than %1"_s.arg(number(xmin.toDouble())));
    if (xmax.isDouble() && n >= xmax.toDouble())
        errors.append(u"Must be less than %1"_s.arg(number(xmax.toDouble())));
}

void checkFormat(const QString &format, const QString &s, QStringList &errors)
{
    if (formats::check(format, s).isEmpty())
        return;
    if (format == "url"_L1)
        errors.append(u"Enter a full URL, such as https://example.com"_s);
    else if (format == "email"_L1 || format == "user"_L1)
        errors.append(u"Enter an e-mail address, such as ada@example.com"_s);
    else if (format == "date-time"_L1)
        errors.append(u"Enter a date and time, such as 2025-01-31T14:00:00Z"_s);
    else
        errors.append(formats::check(format, s));
}

void checkArray(const UserInput &in, const QJsonArray &array, const QList<EnumOption> &options, QStringList &errors)
{
    const QJsonObject &def = in.json;
    if (def.value("minItems"_L1).isDouble() && array.size() < def.value("minItems"_L1).toDouble())
        errors.append(u"Add at least %1"_s.arg(plural(def.value("minItems"_L1).toInt(), u"item"_s, u"items"_s)));
    if (def.value("maxItems"_L1).isDouble() && array.size() > def.value("maxItems"_L1).toDouble())
        errors.append(u"At most %1 (now %2)"_s.arg(plural(def.value("maxItems"_L1).toInt(), u"item"_s, u"items"_s)).arg(array.size()));
    if (def.value("uniqueItems"_L1).toBool()) {
        QSet<QByteArray> seen;
        for (const QJsonValue &v : array) {
            const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            if (seen.contains(text)) {
                errors.append(u"Items must be unique: %1 appears more than once"_s.arg(QString::fromUtf8(text.mid(1, text.size() - 2))));
                break;
            }
            seen.insert(text);
        }
    }
    if (in.kind == InputKind::Entities) {
        for (const QJsonValue &v : array)
            if (!v.isString()) {
                errors.append(u"Choose entities from the list"_s);
                break;
            }
        return;
    }
    // Each item against `items`; its enum (a list) gives the choices.
    const UserInput item = UserInput::fromJson(in.key, in.items);
    QList<EnumOption> itemOptions;
    for (const QJsonValue &v : in.items.value("enum"_L1).toArray())
        itemOptions.append({v, v.toVariant().toString(), {}});
    Q_UNUSED(options)
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (isEmptyInputValue(array.at(i))) {
            errors.append(u"Item %1 is empty"_s.arg(i + 1));
            continue;
        }
        for (const QString &e : validateInputValue(item, array.at(i), itemOptions))
            errors.append(u"Item %1: %2"_s.arg(i + 1).arg(e));
    }
}

bool enumContains(const QList<EnumOption> &options, const QJsonValue &value)
{
    return std::any_of(options.begin(), options.end(), [&](const EnumOption &o) {
        return o.value == value || (o.value.isDouble() && value.isDouble() && o.value.toDouble() == value.toDouble());
    });
}

} // namespace

bool isEmptyInputValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
        || (v.isObject() && v.toObject().isEmpty());
}

QString yamlError(const QString &text)
{
    try {
        YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return u"line %1: %2"_s.arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
    }
    return {};
}

QStringList validateInputValue(const UserInput &in, const QJsonValue &value, const QList<EnumOption> &options)
{
    QStringList errors;
    const QJsonObject &def = in.json;
    switch (in.kind) {
    case InputKind::Boolean:
        if (!value.isBool())
            errors.append(u"Choose yes or no"_s);
        return errors;
    case InputKind::Number:
        if (!value.isDouble())
            errors.append(u"Enter a number"_s);
        else
            checkNumber(in, def, value.toDouble(), errors);
        return errors;
    case InputKind::Enum:
        if (!enumContains(options, value))
            errors.append(options.isEmpty() ? u"There is nothing to choose from"_s : u"Choose one of the listed values"_s);
        return errors;
    case InputKind::Array:
    case InputKind::Entities:
        if (!value.isArray())
            errors.append(u"Enter a list"_s);
        else
            checkArray(in, value.toArray(), options, errors);
        return errors;
    case InputKind::Object:
        if (value.isString()) {
            const JsonSource source = JsonSource::parse(value.toString().toUtf8(), {});
            if (!source.problems.isEmpty()) {
                const Problem &p = source.problems.constFirst();
                QString message = p.message;
                if (message.startsWith("not valid JSON: "_L1, Qt::CaseInsensitive))
                    message = message.mid(16);
                errors.append(u"Not valid JSON (line %1, column %2): %3"_s.arg(p.line).arg(p.column).arg(message));
            } else {
                errors.append(u"Enter a JSON object: { … }"_s);
            }
        } else if (!value.isObject()) {
            errors.append(u"Enter a JSON object: { … }"_s);
        }
        return errors;
    case InputKind::Secret:
        if (in.type == "object"_L1) {
            if (!value.isObject())
                errors.append(u"Enter a JSON object: { … }"_s);
            return errors;
        }
        break;
    default:
        break;
    }
    if (!value.isString()) {
        errors.append(u"Enter text"_s);
        return errors;
    }
    const QString s = value.toString();
    checkString(def, s, errors);
    if (in.kind == InputKind::Yaml) {
        const QString problem = yamlError(s);
        if (!problem.isEmpty())
            errors.append(u"Not valid YAML ("_s + problem + u')');
    } else if (in.kind == InputKind::Url || in.kind == InputKind::Email || in.kind == InputKind::DateTime
               || in.kind == InputKind::User) {
        checkFormat(in.kind == InputKind::User ? u"user"_s : in.format, s, errors);
    } else if (in.kind == InputKind::Text && !in.format.isEmpty()) {
        checkFormat(in.format, s, errors);
    }
    if (!options.isEmpty() && in.kind != InputKind::Enum && !enumContains(options, value))
        errors.append(u"Choose one of the listed values"_s);
    return errors;
}

} // namespace portolan
