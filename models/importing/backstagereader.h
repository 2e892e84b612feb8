#pragma once

#include "backstagecatalog.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// Reads Backstage `catalog-info.yaml` files into blueprints and entities, offline: Location
// entities are followed to local files only. Nothing is written anywhere; the caller decides
// what to do with the result and its problems.
class BackstageReader final
{
public:
    BackstageCatalog read(const QString &path) const;
    // `fileName` names the text in problems; Location targets resolve relative to its folder.
    BackstageCatalog readText(const QByteArray &yaml, const QString &fileName) const;
};

} // namespace portolan
