#pragma once

#include "common/problem.h"

#include <QDate>

namespace portolan {

class CatalogStore;

// Fills an empty store with the demo portal: the brief's C4 catalog exactly, plus the generated
// SDLC organisation (teams, users, services, environments, deployments, PRs, incidents),
// in one transaction. Deterministic for a given seed and anchor date.
Problems createDemoPortal(CatalogStore &store, quint32 seed, QDate anchor, const QString &actor);

} // namespace portolan
