#pragma once

#include <QStringList>

class QSqlDatabase;

namespace portolan {

// The store's schema, as numbered steps. PRAGMA user_version holds the last step applied; opening
// an older file applies the missing steps in one transaction each.
struct Migration {
    int version;
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();
// Applies every step above the file's version; returns an error message or an empty string.
// `upTo` stops early (tests use it to build an old file).
QString migrate(QSqlDatabase &db, int upTo = -1);

} // namespace portolan
