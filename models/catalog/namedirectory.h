#pragma once

#include <QHash>
#include <QString>

namespace portolan {

class CatalogStore;

// People and teams by their keys, so that tables and pages show "Ada Lovelace" and "Payments"
// instead of "ada@example.com" and "payments". Users are the entities of a `user`/`_user`
// blueprint (keyed by their `email` property and their identifier); teams are the entities of a
// `team`/`_team` blueprint (keyed by identifier).
struct NameDirectory {
    QHash<QString, QString> users;
    QHash<QString, QString> teams;

    // Reads the directory from the store (run it on a StoreLane: it is a scan of two blueprints).
    static NameDirectory load(const CatalogStore &store);

    // The name for a key, or the key itself when it is unknown.
    QString user(const QString &key) const { return users.value(key, key); }
    QString team(const QString &key) const { return teams.value(key, key); }
};

} // namespace portolan
