#include "dashboardstore.h"

#include "store/database.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject storedDefinition(const Database &db, const QString &identifier)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT json FROM dashboards WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

Problems writeAudit(const Database &db, const QString &change, const QString &identifier, const QJsonObject &before,
                    const QJsonObject &after, const QString &actor, Origin origin)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, 'dashboard', '', ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.isNull() ? QString(u""_s) : actor);
    q.addBindValue(originName(origin));
    q.addBindValue(change);
    q.addBindValue(identifier);
    q.addBindValue(before.isEmpty() ? QVariant() : QVariant(compact(before)));
    q.addBindValue(after.isEmpty() ? QVariant() : QVariant(compact(after)));
    if (!q.exec())
        return {Problem::error({}, u"could not audit dashboard \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    return {};
}

} // namespace

DashboardStore::DashboardStore(const Database &db)
    : m_db(db)
{
}

QList<QJsonObject> DashboardStore::definitions() const
{
    QSqlQuery q(m_db.connection());
    QList<QJsonObject> out;
    if (q.exec(u"SELECT json FROM dashboards ORDER BY position, identifier"_s))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

QList<Dashboard> DashboardStore::dashboards() const
{
    QList<Dashboard> out;
    for (const QJsonObject &json : definitions())
        out.append(Dashboard::fromJson(json));
    return out;
}

std::optional<Dashboard> DashboardStore::dashboard(const QString &identifier) const
{
    const QJsonObject json = storedDefinition(m_db, identifier);
    if (json.isEmpty())
        return std::nullopt;
    return Dashboard::fromJson(json);
}

Problems DashboardStore::save(const QList<QJsonObject> &dashboards, const QHash<QString, Blueprint> &blueprints,
                              const QStringList &scorecards, const QStringList &initiatives, const QString &actor, Origin origin)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    Problems problems = write(dashboards, blueprints, scorecards, initiatives, actor, origin);
    if (hasErrors(problems))
        return problems; // the transaction rolls back: nothing of this save is kept
    if (!transaction.commit())
        problems.append(Problem::error({}, u"could not save the dashboards: "_s + transaction.error()));
    return problems;
}

Problems DashboardStore::write(const QList<QJsonObject> &dashboards, const QHash<QString, Blueprint> &blueprints,
                               const QStringList &scorecards, const QStringList &initiatives, const QString &actor, Origin origin)
{
    // Validate all first: one bad dashboard keeps the others from being written.
    Problems problems;
    QList<Dashboard> parsed;
    QSet<QString> seen;
    for (qsizetype i = 0; i < dashboards.size(); ++i) {
        Problems found;
        const Dashboard dashboard = Dashboard::fromJson(dashboards.at(i), &found);
        found.append(validateDashboard(dashboard, blueprints, scorecards, initiatives));
        if (!dashboard.identifier.isEmpty() && seen.contains(dashboard.identifier))
            found.append(Problem::error(u"$.identifier"_s, u"dashboard \"%1\" appears twice"_s.arg(dashboard.identifier)));
        seen.insert(dashboard.identifier);
        locate(found, {}, dashboards.size() > 1 ? u"$.dashboards[%1]"_s.arg(i) : QString());
        problems.append(found);
        parsed.append(dashboard);
    }
    if (hasErrors(problems))
        return problems;
    for (const Dashboard &dashboard : parsed) {
        const QJsonObject before = storedDefinition(m_db, dashboard.identifier);
        const QJsonObject after = dashboard.toJson();
        if (before == after)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO dashboards (identifier, json, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM dashboards))"
                  " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s);
        q.bindValue(0, dashboard.identifier);
        q.bindValue(1, compact(after));
        if (!q.exec())
            return {Problem::error({}, u"could not write dashboard \"%1\": %2"_s.arg(dashboard.identifier, q.lastError().text()))};
        problems.append(writeAudit(m_db, before.isEmpty() ? u"create"_s : u"update"_s, dashboard.identifier, before, after, actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems DashboardStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const QJsonObject before = storedDefinition(m_db, identifier);
    if (before.isEmpty())
        return {Problem::error({}, u"no dashboard \"%1\""_s.arg(identifier))};
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM dashboards WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec())
        return {Problem::error({}, u"could not delete dashboard \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    Problems problems = writeAudit(m_db, u"delete"_s, identifier, before, {}, actor, origin);
    if (!hasErrors(problems) && !transaction.commit())
        problems.append(Problem::error({}, u"could not delete the dashboard: "_s + transaction.error()));
    return problems;
}

QList<Dashboard> readyMadeDashboards()
{
    // Sorted by file name so the list is stable (the demo names them 10-home.json, 20-… if it cares).
    QStringList files;
    QDirIterator it(u":/dashboards"_s, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QList<Dashboard> out;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (doc.isObject())
            out.append(Dashboard::fromJson(doc.object()));
    }
    return out;
}

} // namespace portolan
