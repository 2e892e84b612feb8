#include "valuedisplay.h"

#include "namedirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan::ValueDisplay {
namespace {

DisplayValue make(DisplayValue::Kind kind, const QString &text, const QVariant &sortKey = {})
{
    DisplayValue v;
    v.kind = kind;
    v.text = text;
    v.sortKey = sortKey.isValid() ? sortKey : QVariant(text);
    return v;
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString scalarText(const QJsonValue &value)
{
    if (value.isDouble()) // averages and ratios: two decimals are what a reader can use
        return QLocale().toString(std::round(value.toDouble() * 100) / 100, 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isString())
        return value.toString();
    return compactJson(value);
}

// The first line of a long text, with an ellipsis when more follows.
QString oneLine(const QString &text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline).trimmed() + u" …"_s;
}

DisplayValue dateTime(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return make(DisplayValue::Kind::Text, text);
    DisplayValue v = make(DisplayValue::Kind::DateTime, QLocale().toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm"_s), at);
    v.tooltip = at.toUTC().toString(Qt::ISODate);
    return v;
}

DisplayValue link(const QString &url, const QString &label)
{
    DisplayValue v = make(DisplayValue::Kind::Link, label.isEmpty() ? url : label);
    v.link = QUrl(url);
    v.tooltip = url;
    return v;
}

DisplayValue byFormat(const QString &format, const QJsonValue &value, const NameDirectory &names, const QDateTime &now)
{
    const QString text = value.toString();
    if (format == "date-time"_L1)
        return dateTime(text);
    if (format == "url"_L1)
        return link(text, {});
    if (format == "labeled-url"_L1 && value.isObject())
        return link(value[u"url"].toString(), value[u"displayText"].toString());
    if (format == "email"_L1 || format == "idn-email"_L1)
        return link(u"mailto:"_s + text, text);
    if (format == "user"_L1) {
        DisplayValue v = make(DisplayValue::Kind::User, names.user(text));
        v.tooltip = text;
        return v;
    }
    if (format == "team"_L1) {
        DisplayValue v = make(DisplayValue::Kind::Team, names.team(text));
        v.tooltip = text;
        return v;
    }
    if (format == "timer"_L1) {
        const QDateTime end = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!end.isValid())
            return make(DisplayValue::Kind::Text, text);
        DisplayValue v = make(DisplayValue::Kind::Timer, {}, end);
        v.text = timeRemaining(end, now, &v.expired);
        v.tooltip = end.toUTC().toString(Qt::ISODate);
        return v;
    }
    if (format == "markdown"_L1) {
        DisplayValue v = make(DisplayValue::Kind::Text, markdownToPlainLine(text));
        v.tooltip = text;
        return v;
    }
    DisplayValue v = make(DisplayValue::Kind::Text, oneLine(text));
    if (v.text != text)
        v.tooltip = text;
    return v;
}

} // namespace

DisplayValue untyped(const QJsonValue &value, const QString &format, const NameDirectory &names, const QDateTime &now)
{
    if (isEmpty(value))
        return {};
    if (!format.isEmpty() && (value.isString() || (format == "labeled-url"_L1 && value.isObject())))
        return byFormat(format, value, names, now);
    switch (value.type()) {
    case QJsonValue::Bool: {
        DisplayValue v = make(DisplayValue::Kind::Boolean, value.toBool() ? u"✓"_s : QString(), value.toBool());
        v.checked = value.toBool();
        return v;
    }
    case QJsonValue::Double:
        return make(DisplayValue::Kind::Number, scalarText(value), value.toDouble());
    case QJsonValue::String:
        return byFormat({}, value, names, now);
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        const bool scalars = std::all_of(items.begin(), items.end(), [](const QJsonValue &i) { return !i.isObject() && !i.isArray(); });
        if (!scalars)
            break;
        QStringList parts;
        for (const QJsonValue &item : items)
            parts.append(format == "user"_L1 ? names.user(item.toString()) : format == "team"_L1 ? names.team(item.toString()) : scalarText(item));
        return make(DisplayValue::Kind::List, parts.join(u", "_s));
    }
    default:
        break;
    }
    DisplayValue v = make(DisplayValue::Kind::Json, compactJson(value));
    v.tooltip = QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson() : QJsonDocument(value.toArray()).toJson());
    return v;
}

DisplayValue property(const PropertyDef &property, const QJsonValue &value, const NameDirectory &names, const QDateTime &now)
{
    if (isEmpty(value))
        return {};
    if (!property.enumValues.isEmpty() && (value.isString() || value.isDouble() || value.isBool())) {
        const QString text = scalarText(value);
        DisplayValue v = make(DisplayValue::Kind::Enum, text);
        v.color = paletteColor(property.enumColors.value(text).toString());
        return v;
    }
    if (property.type == "array"_L1)
        return untyped(value, property.items.value(u"format").toString(), names, now);
    return untyped(value, property.format, names, now);
}

DisplayValue relation(const QString &targetBlueprint, const QJsonValue &value, const QHash<QString, QString> &titles)
{
    if (isEmpty(value))
        return {};
    QStringList ids;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            ids.append(item.toString());
    } else {
        ids.append(value.toString());
    }
    DisplayValue v = make(DisplayValue::Kind::Entity, {});
    QStringList shown;
    for (const QString &id : std::as_const(ids)) {
        v.entities.append(targetBlueprint + u'/' + id);
        shown.append(titles.value(id, id));
    }
    v.text = shown.join(u", "_s);
    v.sortKey = v.text;
    v.tooltip = ids.join(u", "_s);
    return v;
}

DisplayValue teams(const QStringList &teams, const NameDirectory &names)
{
    if (teams.isEmpty())
        return {};
    QStringList shown;
    for (const QString &team : teams)
        shown.append(names.team(team));
    DisplayValue v = make(DisplayValue::Kind::Team, shown.join(u", "_s));
    v.tooltip = teams.join(u", "_s);
    return v;
}

QString timeRemaining(const QDateTime &end, const QDateTime &now, bool *expired)
{
    const qint64 seconds = now.secsTo(end);
    if (expired)
        *expired = seconds <= 0;
    if (seconds <= 0)
        return QCoreApplication::translate("ValueDisplay", "Expired");
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return QCoreApplication::translate("ValueDisplay", "%1d %2h left").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("ValueDisplay", "%1h %2m left").arg(hours).arg(minutes);
    return QCoreApplication::translate("ValueDisplay", "%1m left").arg(std::max<qint64>(1, minutes));
}

QString markdownToPlainLine(const QString &markdown)
{
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression marks(u"(^|\\s)(#{1,6}\\s+|[-*+]\\s+|>\\s*|\\d+\\.\\s+)"_s);
    static const QRegularExpression emphasis(u"(\\*\\*|__|\\*|_|`{1,3}|~~)"_s);
    static const QRegularExpression space(u"\\s+"_s);
    QStringList lines;
    for (QString line : markdown.split(u'\n')) {
        line.replace(link, u"\\1"_s).replace(marks, u"\\1"_s).replace(emphasis, QString());
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines.join(u" · "_s).replace(space, u" "_s);
}

QString paletteColor(const QString &name)
{
    // Port's enum palette, as its web app paints the chips.
    static const QHash<QString, QString> palette{
        {u"blue"_s, u"#3b82f6"_s},     {u"turquoise"_s, u"#14b8a6"_s}, {u"orange"_s, u"#f97316"_s},
        {u"purple"_s, u"#8b5cf6"_s},   {u"pink"_s, u"#ec4899"_s},      {u"yellow"_s, u"#eab308"_s},
        {u"green"_s, u"#22c55e"_s},    {u"red"_s, u"#ef4444"_s},       {u"gold"_s, u"#d4a017"_s},
        {u"silver"_s, u"#a8a9ad"_s},   {u"paleBlue"_s, u"#93c5fd"_s},  {u"darkGray"_s, u"#4b5563"_s},
        {u"lightGray"_s, u"#d1d5db"_s}, {u"bronze"_s, u"#cd7f32"_s},   {u"lime"_s, u"#84cc16"_s},
        {u"olive"_s, u"#808000"_s},    {u"brown"_s, u"#92400e"_s}};
    if (name.startsWith(u'#') && (name.size() == 7 || name.size() == 4))
        return name;
    return palette.value(name);
}

} // namespace portolan::ValueDisplay
