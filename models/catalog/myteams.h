#pragma once

#include <QStringList>

namespace portolan {

class CatalogStore;

// The teams of the person using Portolan ("owned by my teams"): the user entity whose identifier
// or `email` is `user` (in a `user`/`_user` blueprint), its $team and its relations to teams.
QStringList teamsOfUser(const CatalogStore &store, const QString &user);

} // namespace portolan
