#include "rawstatement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace portolan {

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void RawStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::bindView(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool RawStatement::next()
{
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    return false;
}

bool RawStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double RawStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray RawStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QString RawStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QString RawStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"not an SQLite connection"_s;
}

} // namespace portolan
