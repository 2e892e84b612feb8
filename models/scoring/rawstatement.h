#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace portolan {

// A raw prepared SQLite statement that binds doubles too (store/statement.h does not). Result
// writes run a million times a full evaluation, where QSqlQuery's per-call overhead would dominate.
class RawStatement final
{
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    Q_DISABLE_COPY_MOVE(RawStatement)

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QByteArray &utf8);
    // Without SQLite's copy: `utf8` must stay unchanged until the statement is stepped and reset.
    void bindView(int index, const QByteArray &utf8);
    void bindNull(int index);
    bool next();  // true while a row is available; resets after the last
    bool exec();  // runs to completion
    void reset();
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // Column text without a copy; valid until the next step.
    QByteArray bytes(int column) const;
    QString text(int column) const;
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace portolan
