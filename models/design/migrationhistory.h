#pragma once

#include "design/migration.h"

#include <QList>
#include <optional>

namespace portolan {

class CatalogStore;

// The migrations applied to a portal, read back from its audit log (entries of kind "migration",
// identifier = the migration's id, `after` = its JSON), newest first.
QList<ModelMigration> appliedMigrations(CatalogStore &store);
// One applied migration by id (a unique prefix will do), or "latest".
std::optional<ModelMigration> appliedMigration(CatalogStore &store, const QString &id);

} // namespace portolan
