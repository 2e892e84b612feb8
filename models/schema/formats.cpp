#include "formats.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portolan::formats {
namespace {

bool isDateTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() || QDateTime::fromString(s, Qt::ISODate).isValid();
}

bool isUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && (!url.host().isEmpty() || url.scheme() == "mailto"_L1);
}

bool isEmail(const QString &s)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(s).hasMatch();
}

bool isIp(const QString &s, QAbstractSocket::NetworkLayerProtocol protocol)
{
    QHostAddress address;
    return address.setAddress(s) && address.protocol() == protocol;
}

} // namespace

const QStringList &known()
{
    static const QStringList formats{u"date-time"_s, u"url"_s,      u"email"_s, u"idn-email"_s, u"ipv4"_s,
                                     u"ipv6"_s,      u"markdown"_s, u"yaml"_s,  u"user"_s,      u"team"_s,
                                     u"timer"_s,     u"proto"_s,    u"labeled-url"_s};
    return formats;
}

const QStringList &colors()
{
    static const QStringList palette{u"blue"_s,    u"turquoise"_s, u"orange"_s,    u"purple"_s, u"pink"_s,  u"yellow"_s,
                                     u"green"_s,   u"red"_s,       u"gold"_s,      u"silver"_s, u"paleBlue"_s,
                                     u"darkGray"_s, u"lightGray"_s, u"bronze"_s,   u"lime"_s,   u"olive"_s, u"brown"_s};
    return palette;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Undefined: break;
    }
    return u"undefined"_s;
}

QString check(const QString &format, const QJsonValue &value)
{
    if (format == "labeled-url"_L1) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value("url"_L1).isString())
            return u"a labeled-url is an object {\"url\": …, \"displayText\": …}"_s;
        return isUrl(o.value("url"_L1).toString()) ? QString() : u"\"url\" is not an absolute URL"_s;
    }
    if (!value.isString())
        return {};
    const QString s = value.toString();
    if (format == "date-time"_L1 || format == "timer"_L1)
        return isDateTime(s) ? QString() : u"\"%1\" is not an ISO 8601 date-time"_s.arg(s);
    if (format == "url"_L1)
        return isUrl(s) ? QString() : u"\"%1\" is not an absolute URL"_s.arg(s);
    if (format == "email"_L1 || format == "idn-email"_L1 || format == "user"_L1)
        return isEmail(s) ? QString() : u"\"%1\" is not an e-mail address"_s.arg(s);
    if (format == "ipv4"_L1)
        return isIp(s, QAbstractSocket::IPv4Protocol) ? QString() : u"\"%1\" is not an IPv4 address"_s.arg(s);
    if (format == "ipv6"_L1)
        return isIp(s, QAbstractSocket::IPv6Protocol) ? QString() : u"\"%1\" is not an IPv6 address"_s.arg(s);
    return {};
}

} // namespace portolan::formats
