#include "sortindexes.h"

#include "store/database.h"
#include "store/propertyindexes.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan::SortIndexes {

QString find(const Database &db, const QString &blueprint, const QStringList &terms)
{
    // SQLite keeps each index's CREATE statement as written (without IF NOT EXISTS).
    const QString tail = u" ON entities ("_s + terms.join(u", "_s) + u") WHERE blueprint = "_s + PropertyIndexes::sqlLiteral(blueprint);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' AND sql IS NOT NULL"_s))
        return {};
    while (q.next()) {
        if (q.value(1).toString().endsWith(tail))
            return q.value(0).toString();
    }
    return {};
}

QString create(const Database &db, const QString &blueprint, const QStringList &terms, QString *error)
{
    const QString expression = terms.join(u", "_s);
    // Index names must be SQL identifiers; a hash keeps any blueprint and expression safe and short.
    const QString name = u"sort_"_s
        + QString::fromLatin1(QCryptographicHash::hash((blueprint + u'\n' + expression).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString message = db.exec(u"CREATE INDEX IF NOT EXISTS %1 ON entities (%2) WHERE blueprint = %3"_s.arg(
        name, expression, PropertyIndexes::sqlLiteral(blueprint)));
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    return name;
}

} // namespace portolan::SortIndexes
