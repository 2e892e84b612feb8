#include "backstagereader.h"

#include "backstageassembler.h"
#include "backstageloader.h"

namespace portolan {

BackstageCatalog BackstageReader::read(const QString &path) const
{
    return read(QStringList{path});
}

BackstageCatalog BackstageReader::read(const QStringList &paths) const
{
    BackstageCatalog catalog;
    BackstageLoader loader(catalog.problems, catalog.files);
    for (const QString &path : paths)
        loader.readFile(path);
    BackstageAssembler(catalog).assemble(loader.documents());
    return catalog;
}

BackstageCatalog BackstageReader::readText(const QByteArray &yaml, const QString &fileName) const
{
    BackstageCatalog catalog;
    BackstageLoader loader(catalog.problems, catalog.files);
    loader.readText(yaml, fileName);
    BackstageAssembler(catalog).assemble(loader.documents());
    return catalog;
}

} // namespace portolan
