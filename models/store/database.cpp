#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

Q_LOGGING_CATEGORY(lcStore, "portolan.store")

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"portolan-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_name(nextConnectionName())
{
    if (path != ":memory:"_L1)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
        return;
    }
    // Refuse a file from a newer Portolan before changing anything about it (even its journal mode).
    QSqlQuery version(db);
    if (version.exec(u"PRAGMA user_version"_s) && version.next() && version.value(0).toInt() > latestSchemaVersion()) {
        m_error = u"%1: the portal file has schema version %2, newer than this Portolan (%3): update Portolan"_s
                      .arg(path)
                      .arg(version.value(0).toInt())
                      .arg(latestSchemaVersion());
        return;
    }
    version.finish();
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY", "PRAGMA busy_timeout = 5000"}) {
        const QString error = exec(QLatin1StringView(pragma));
        if (!error.isEmpty()) {
            m_error = u"cannot set up %1: %2"_s.arg(path, error);
            return;
        }
    }
    const QString error = migrate(db);
    if (!error.isEmpty())
        m_error = u"%1: %2"_s.arg(path, error);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

QString Database::exec(const QString &sql) const
{
    QSqlQuery query(connection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

Transaction::Transaction(const Database &db)
    : m_connection(db.connection())
{
    // IMMEDIATE takes the write lock now, so a second writer waits (busy_timeout) instead of
    // failing halfway through.
    QSqlQuery begin(m_connection);
    m_open = begin.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_open) {
        m_error = begin.lastError().text();
        qCWarning(lcStore) << "cannot begin a transaction:" << m_error;
    }
}

Transaction::~Transaction()
{
    if (m_open)
        m_connection.rollback();
}

void Transaction::rollback()
{
    if (m_open)
        QSqlQuery(m_connection).exec(u"ROLLBACK"_s);
    m_open = false;
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    QSqlQuery commit(m_connection);
    if (!commit.exec(u"COMMIT"_s)) {
        m_error = commit.lastError().text();
        rollback(); // never leave the connection inside a transaction
        return false;
    }
    m_open = false;
    return true;
}

} // namespace portolan
