#include "runlinks.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
const QLatin1StringView kEntityPrefix("portolan://entity/");

QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

QString entityLinkUrl(const QString &blueprint, const QString &identifier)
{
    return kEntityPrefix + encode(blueprint) + u'/' + encode(identifier);
}

std::optional<std::pair<QString, QString>> parseEntityLink(const QString &url)
{
    if (!url.startsWith(kEntityPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    // Blueprint identifiers have no '/', entity identifiers may: split at the first one.
    const QStringView rest = QStringView(url).mid(kEntityPrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0 || slash == rest.size() - 1)
        return std::nullopt;
    return std::pair{QUrl::fromPercentEncoding(rest.left(slash).toUtf8()), QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8())};
}

QString linkHtml(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace portolan
