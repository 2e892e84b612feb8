#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace portolan {

// A prepared SQLite statement on the raw handle of a Qt SQL connection. The bulk write path
// uses it because QSqlQuery's per-call binding and result caching cost more than SQLite's own
// work (measured: over half of import time). Same connection, same transaction as Qt SQL.
class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // The connection's sqlite3 handle (nullptr when it is not a QSQLITE connection).
    static sqlite3 *handle(const QSqlDatabase &db);

    bool isValid() const { return m_statement != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &text);   // an empty QString binds ''
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &text); // null when empty

    // Steps once: true while a row is available. Resets itself after the last row.
    bool next();
    // Runs to completion; false on error (see error()).
    bool exec();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    QString error() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace portolan
