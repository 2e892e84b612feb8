#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace portolan {

// Links on a run page: backends report http(s) links; Portolan's own entity links read
// portolan://entity/<blueprint>/<identifier> (each part percent-encoded).
QString entityLinkUrl(const QString &blueprint, const QString &identifier);
// (blueprint, identifier) of an entity link; nullopt for any other URL.
std::optional<std::pair<QString, QString>> parseEntityLink(const QString &url);
// <a href="url">text</a>, both escaped.
QString linkHtml(const QString &url, const QString &text);

} // namespace portolan
