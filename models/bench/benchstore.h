#pragma once

#include "common/problem.h"

#include <QString>

namespace portolan {

class BenchCatalog;
class CatalogStore;

// Writes the synthetic catalog into `store` (blueprints, then every entity through BulkLoader,
// one transaction).
Problems writeBenchCatalog(CatalogStore &store, const BenchCatalog &catalog);

// A benchmark store of `entities` at `path`: reused when the file already holds exactly that
// catalog, else (re)generated. Returns an error message, empty on success.
QString ensureBenchStore(const QString &path, qint64 entities);

} // namespace portolan
