#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// One SQLite connection to a portal file, migrated to the current schema on open.
// A connection belongs to the thread that opened it (Qt SQL's rule): open one per thread.
class Database final
{
public:
    explicit Database(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs `sql` (one statement); on failure returns the driver's message.
    QString exec(const QString &sql) const;

private:
    QString m_path;
    QString m_name;
    QString m_error;
};

// RAII transaction: rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool commit();
    void rollback();
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_connection;
    bool m_open = false;
    QString m_error;
};

} // namespace portolan
