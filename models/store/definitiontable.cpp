#include "definitiontable.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// SQL NULL for "nothing" (before of a create, after of a delete), as the audit log expects.
QVariant compact(const QJsonObject &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

} // namespace

// The table name is one of the stores' constants, never user input, so it is spliced into the SQL.
DefinitionTable::DefinitionTable(const Database &db, QString table, QString auditKind, BlueprintOf blueprintOf)
    : m_db(db)
    , m_table(std::move(table))
    , m_kind(std::move(auditKind))
    , m_blueprintOf(std::move(blueprintOf))
{
}

QList<QJsonObject> DefinitionTable::all() const
{
    QSqlQuery q(m_db.connection());
    QList<QJsonObject> out;
    if (q.exec(u"SELECT json FROM %1 ORDER BY position, identifier"_s.arg(m_table)))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

QJsonObject DefinitionTable::one(const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT json FROM %1 WHERE identifier = ?"_s.arg(m_table));
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

Problems DefinitionTable::put(const QString &identifier, const QJsonObject &json, const QString &actor, Origin origin) const
{
    const QJsonObject before = one(identifier);
    if (before == json)
        return {}; // saving an unchanged definition must not fill the audit log
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO %1 (identifier, json, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM %1))"
              " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s.arg(m_table));
    q.addBindValue(identifier);
    q.addBindValue(compact(json));
    if (!q.exec())
        return {Problem::error({}, u"could not write %1 \"%2\": %3"_s.arg(m_kind, identifier, q.lastError().text()))};
    return audit(before.isEmpty() ? u"create"_s : u"update"_s, identifier, before, json, actor, origin);
}

Problems DefinitionTable::remove(const QString &identifier, const QString &actor, Origin origin) const
{
    const QJsonObject before = one(identifier);
    if (before.isEmpty())
        return {Problem::error({}, u"no %1 \"%2\""_s.arg(m_kind, identifier))};
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM %1 WHERE identifier = ?"_s.arg(m_table));
    q.addBindValue(identifier);
    if (!q.exec())
        return {Problem::error({}, u"could not delete %1 \"%2\": %3"_s.arg(m_kind, identifier, q.lastError().text()))};
    return audit(u"delete"_s, identifier, before, {}, actor, origin);
}

Problems DefinitionTable::inTransaction(const QString &failure, const std::function<Problems()> &work) const
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    Problems problems = work();
    if (hasErrors(problems))
        return problems; // the transaction rolls back: nothing of this write is kept
    if (!transaction.commit())
        problems.append(Problem::error({}, failure + transaction.error()));
    return problems;
}

Problems DefinitionTable::audit(const QString &change, const QString &identifier, const QJsonObject &before,
                                const QJsonObject &after, const QString &actor, Origin origin) const
{
    // The blueprint column lets the audit page show a definition's history next to its blueprint.
    const QString blueprint = m_blueprintOf ? m_blueprintOf(after.isEmpty() ? before : after) : QString();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.isNull() ? u""_s : actor);
    q.addBindValue(originName(origin));
    q.addBindValue(change);
    q.addBindValue(m_kind);
    q.addBindValue(blueprint.isNull() ? u""_s : blueprint); // NOT NULL column
    q.addBindValue(identifier);
    q.addBindValue(compact(before));
    q.addBindValue(compact(after));
    if (!q.exec())
        return {Problem::error({}, u"could not audit %1 \"%2\": %3"_s.arg(m_kind, identifier, q.lastError().text()))};
    return {};
}

} // namespace portolan
