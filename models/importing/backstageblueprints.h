#pragma once

#include <QJsonObject>
#include <QString>

// What Portolan makes of each Backstage kind. Kinds are open-ended (AiResource arrived in 2025),
// so a kind not listed here still gets a blueprint with the properties every entity has.
namespace portolan::backstage {

// Port blueprint JSON for `kindId` (the kind lower-cased) with the given relation definitions.
QJsonObject blueprintJson(const QString &kindId, const QString &title, const QJsonObject &relations);
QString kindIcon(QStringView kindId);
// How Backstage spells a built-in kind ("API" for `api`); empty for other kinds.
QString builtInTitle(QStringView kindId);
// A readable title for a relation type in its forward form ("Owned by" for `ownedBy`).
QString relationTitle(QStringView type);

} // namespace portolan::backstage
