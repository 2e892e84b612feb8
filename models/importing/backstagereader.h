#pragma once

#include "backstagecatalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace portolan {

// Reads Backstage `catalog-info.yaml` files into blueprints and entities, offline: Location
// entities are followed to local files only. Nothing is written anywhere; the caller decides
// what to do with the result and its problems.
class BackstageReader final
{
public:
    BackstageCatalog read(const QString &path) const;
    // Several files as one catalog: each file is read once even when Locations name it again,
    // and each kind gets one blueprint covering what all the files use.
    BackstageCatalog read(const QStringList &paths) const;
    // `fileName` names the text in problems; Location targets resolve relative to its folder.
    BackstageCatalog readText(const QByteArray &yaml, const QString &fileName) const;
};

} // namespace portolan
