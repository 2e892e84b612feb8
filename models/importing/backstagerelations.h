#pragma once

#include "backstagedocument.h"
#include "backstagelink.h"
#include "common/problem.h"

#include <QList>
#include <QStringList>

// Backstage's well-known relations and how they become Port relations.
namespace portolan::backstage {

// The spec fields that carry relations for this kind; they do not reappear under `spec`.
QStringList relationFields(QStringView kindId);
// Every reference in the document's spec, then in its `relations` array (the API's shape).
// Malformed references and unknown relation types are reported, not returned.
QList<BackstageLink> linksOf(const BackstageDocument &document, Problems &problems);
// A Port relation has one target blueprint, so a target of another kind than the type's usual
// one gets its own relation: `ownedBy` for a group, `ownedBy_user` for a user. partOf and
// dependsOn have no usual kind and always carry it.
QString relationId(const QString &type, const QString &targetKindId);
// Everything but ownership may point at several entities.
bool isMany(QStringView type);

} // namespace portolan::backstage
