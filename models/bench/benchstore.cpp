#include "benchstore.h"

#include "benchcatalog.h"
#include "store/bulkloader.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

Problems writeBenchCatalog(CatalogStore &store, const BenchCatalog &catalog)
{
    CatalogWriter writer(store, Origin::Import, u"bench"_s);
    Problems problems = writer.putBlueprints(catalog.blueprints());
    if (!hasErrors(problems)) {
        problems = BulkLoader(writer).load([&](const BulkLoader::Sink &sink) {
            catalog.generate([&](const Entity &e) { sink(e, {}); });
        });
    }
    if (!hasErrors(problems))
        problems = writer.commit();
    return problems;
}

QString ensureBenchStore(const QString &path, qint64 entities)
{
    if (QFile::exists(path)) {
        CatalogStore existing(path);
        if (existing.isOpen() && existing.stats().value("entityCount"_L1).toInteger() == entities)
            return {};
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    CatalogStore store(path);
    if (!store.isOpen())
        return store.error();
    const Problems problems = writeBenchCatalog(store, BenchCatalog(entities));
    return hasErrors(problems) ? problems.first().toString() : QString();
}

} // namespace portolan
