#include "actionstore.h"

#include "actions/ttlautomation.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

ActionStore::ActionStore(const Database &db)
    : m_db(db)
{
}

QList<ActionDefinition> ActionStore::actions() const
{
    QSqlQuery q(m_db.connection());
    QList<ActionDefinition> out;
    if (!q.exec(u"SELECT json FROM actions ORDER BY position, identifier"_s))
        return out;
    while (q.next())
        if (auto action = ActionDefinition::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            out.append(*action);
    return out;
}

std::optional<ActionDefinition> ActionStore::action(const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT json FROM actions WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ActionDefinition::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

QList<ActionDefinition> ActionStore::createActions(const QString &blueprint) const
{
    QList<ActionDefinition> out;
    for (const ActionDefinition &action : actions())
        if (action.operation == ActionOperation::Create && action.blueprint == blueprint)
            out.append(action);
    return out;
}

QList<ActionDefinition> ActionStore::entityActions(const QString &blueprint, const QJsonObject &entityJson) const
{
    QList<ActionDefinition> out;
    for (const ActionDefinition &action : actions())
        if (action.appliesTo(blueprint, entityJson))
            out.append(action);
    return out;
}

Problems ActionStore::save(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                           const QString &actor, Origin origin)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    Problems problems = write(actions, blueprints, actor, origin);
    if (hasErrors(problems))
        return problems;
    if (!transaction.commit())
        problems.append(Problem::error({}, u"could not save the actions: "_s + transaction.error()));
    return problems;
}

Problems ActionStore::write(const QList<QJsonObject> &actions, const QHash<QString, Blueprint> &blueprints,
                            const QString &actor, Origin origin)
{
    Problems problems;
    QSet<QString> seen;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const bool automation = actions.at(i).value(u"trigger"_s).toObject().value(u"type"_s).toString() == u"automation"_s;
        Problems found = automation ? validateAutomation(actions.at(i), blueprints) : validateAction(actions.at(i), blueprints);
        const QString identifier = actions.at(i).value(u"identifier"_s).toString();
        if (!identifier.isEmpty() && seen.contains(identifier))
            found.append(Problem::error(u"$.identifier"_s, u"action \"%1\" appears twice"_s.arg(identifier)));
        seen.insert(identifier);
        locate(found, {}, actions.size() > 1 ? u"$.actions[%1]"_s.arg(i) : QString());
        problems.append(found);
    }
    if (hasErrors(problems))
        return problems;
    for (const QJsonObject &json : actions) {
        // Automations (trigger type "automation") are kept as written; actions in their normal form.
        const std::optional<ActionDefinition> action = ActionDefinition::fromJson(json);
        const QString identifier = json.value(u"identifier"_s).toString();
        const QJsonObject before = definition(identifier);
        const QJsonObject after = action ? action->toJson() : json;
        if (before == after)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO actions (identifier, json, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM actions))"
                  " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s);
        q.bindValue(0, identifier);
        q.bindValue(1, QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return {Problem::error({}, u"could not write action \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
        problems.append(writeAudit(before.isEmpty() ? u"create"_s : u"update"_s, identifier, before, after, actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

QJsonObject ActionStore::definition(const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT json FROM actions WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QList<QJsonObject> ActionStore::definitions() const
{
    QSqlQuery q(m_db.connection());
    QList<QJsonObject> out;
    if (q.exec(u"SELECT json FROM actions ORDER BY position, identifier"_s))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

Problems ActionStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const QJsonObject before = definition(identifier);
    if (before.isEmpty())
        return {Problem::error({}, u"no action \"%1\""_s.arg(identifier))};
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM actions WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec())
        return {Problem::error({}, u"could not delete action \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    Problems problems = writeAudit(u"delete"_s, identifier, before, {}, actor, origin);
    if (!hasErrors(problems) && !transaction.commit())
        problems.append(Problem::error({}, u"could not delete the action: "_s + transaction.error()));
    return problems;
}

Problems ActionStore::writeAudit(const QString &change, const QString &identifier, const QJsonObject &before,
                                 const QJsonObject &after, const QString &actor, Origin origin)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, 'action', ?, ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.isNull() ? QString(u""_s) : actor);
    q.addBindValue(originName(origin));
    q.addBindValue(change);
    q.addBindValue((after.isEmpty() ? before : after).value(u"trigger"_s).toObject().value(u"blueprintIdentifier"_s).toString(u""_s));
    q.addBindValue(identifier);
    q.addBindValue(before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact))));
    q.addBindValue(after.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return {Problem::error({}, u"could not audit action \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    return {};
}

} // namespace portolan
