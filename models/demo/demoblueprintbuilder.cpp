#include "demoblueprintbuilder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::demo {

QJsonObject property(QLatin1StringView title, QLatin1StringView type, QLatin1StringView format)
{
    QJsonObject p { { u"title"_s, QString(title) }, { u"type"_s, QString(type) } };
    if (!format.isEmpty())
        p.insert(u"format"_s, QString(format));
    return p;
}

QJsonObject text(QLatin1StringView title, QLatin1StringView format)
{
    return property(title, "string"_L1, format);
}

QJsonObject choice(QLatin1StringView title, Choices choices)
{
    QJsonArray values;
    QJsonObject colors;
    for (const auto &[value, color] : choices) {
        values.append(QString(value));
        colors.insert(value, QString(color));
    }
    QJsonObject p = text(title);
    p.insert(u"enum"_s, values);
    p.insert(u"enumColors"_s, colors);
    return p;
}

QJsonObject relation(QLatin1StringView title, QLatin1StringView target, bool required, bool many)
{
    return { { u"title"_s, QString(title) }, { u"target"_s, QString(target) }, { u"required"_s, required },
        { u"many"_s, many } };
}

QJsonObject countOf(QLatin1StringView title, QLatin1StringView target)
{
    return { { u"title"_s, QString(title) }, { u"target"_s, QString(target) },
        { u"calculationSpec"_s,
            QJsonObject { { u"calculationBy"_s, u"entities"_s }, { u"func"_s, u"count"_s } } } };
}

QJsonObject blueprint(QLatin1StringView identifier, QLatin1StringView title, QLatin1StringView icon,
    QLatin1StringView description, const QJsonObject &properties, const QStringList &required,
    const QJsonObject &relations)
{
    return { { u"identifier"_s, QString(identifier) }, { u"title"_s, QString(title) },
        { u"icon"_s, QString(icon) }, { u"description"_s, QString(description) },
        { u"schema"_s,
            QJsonObject {
                { u"properties"_s, properties }, { u"required"_s, QJsonArray::fromStringList(required) } } },
        { u"relations"_s, relations } };
}

QJsonObject inheritedFromService()
{
    return { { u"type"_s, u"Inherited"_s }, { u"path"_s, u"service"_s } };
}

} // namespace portolan::demo
