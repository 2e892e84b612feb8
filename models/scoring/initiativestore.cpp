#include "initiative.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonObject storedDefinition(const Database &db, const QString &identifier)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT json FROM initiatives WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QVariant compact(const QJsonObject &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

Problems writeAudit(const Database &db, const QString &change, const QString &identifier, const QJsonObject &before,
                    const QJsonObject &after, const QString &actor, Origin origin)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, 'initiative', '', ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.isNull() ? QString(u""_s) : actor);
    q.addBindValue(originName(origin));
    q.addBindValue(change);
    q.addBindValue(identifier);
    q.addBindValue(compact(before));
    q.addBindValue(compact(after));
    if (!q.exec())
        return {Problem::error({}, u"could not audit initiative \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    return {};
}

} // namespace

InitiativeStore::InitiativeStore(const Database &db)
    : m_db(db)
{
}

QList<QJsonObject> InitiativeStore::definitions() const
{
    QSqlQuery q(m_db.connection());
    QList<QJsonObject> out;
    if (q.exec(u"SELECT json FROM initiatives ORDER BY position, identifier"_s))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

QList<Initiative> InitiativeStore::initiatives() const
{
    QList<Initiative> out;
    for (const QJsonObject &json : definitions())
        out.append(Initiative::fromJson(json));
    return out;
}

std::optional<Initiative> InitiativeStore::initiative(const QString &identifier) const
{
    const QJsonObject json = storedDefinition(m_db, identifier);
    if (json.isEmpty())
        return std::nullopt;
    return Initiative::fromJson(json);
}

Problems InitiativeStore::save(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor,
                               Origin origin)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    Problems problems = write(initiatives, scorecards, actor, origin);
    if (hasErrors(problems))
        return problems; // the transaction rolls back: all or nothing
    if (!transaction.commit())
        problems.append(Problem::error({}, u"could not save the initiatives: "_s + transaction.error()));
    return problems;
}

Problems InitiativeStore::write(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor,
                                Origin origin)
{
    Problems problems;
    QSet<QString> seen;
    QList<Initiative> parsed;
    for (qsizetype i = 0; i < initiatives.size(); ++i) {
        Problems found;
        const Initiative initiative = Initiative::fromJson(initiatives.at(i), &found);
        found.append(validateInitiative(initiative, scorecards));
        if (!initiative.identifier.isEmpty() && seen.contains(initiative.identifier))
            found.append(Problem::error(u"$.identifier"_s, u"initiative \"%1\" appears twice"_s.arg(initiative.identifier)));
        seen.insert(initiative.identifier);
        locate(found, {}, initiatives.size() > 1 ? u"$.initiatives[%1]"_s.arg(i) : QString());
        problems.append(found);
        parsed.append(initiative);
    }
    if (hasErrors(problems))
        return problems;
    for (const Initiative &initiative : std::as_const(parsed)) {
        const QJsonObject before = storedDefinition(m_db, initiative.identifier);
        const QJsonObject after = initiative.toJson();
        if (before == after)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO initiatives (identifier, json, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM initiatives))"
                  " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s);
        q.bindValue(0, initiative.identifier);
        q.bindValue(1, compact(after));
        if (!q.exec())
            return {Problem::error({}, u"could not write initiative \"%1\": %2"_s.arg(initiative.identifier, q.lastError().text()))};
        problems.append(writeAudit(m_db, before.isEmpty() ? u"create"_s : u"update"_s, initiative.identifier, before, after,
                                   actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems InitiativeStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const QJsonObject before = storedDefinition(m_db, identifier);
    if (before.isEmpty())
        return {Problem::error({}, u"no initiative \"%1\""_s.arg(identifier))};
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM initiatives WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec())
        return {Problem::error({}, u"could not delete initiative \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    Problems problems = writeAudit(m_db, u"delete"_s, identifier, before, {}, actor, origin);
    if (!hasErrors(problems) && !transaction.commit())
        problems.append(Problem::error({}, u"could not delete the initiative: "_s + transaction.error()));
    return problems;
}

} // namespace portolan
