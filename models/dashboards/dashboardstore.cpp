#include "dashboardstore.h"

#include "store/definitiontable.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Dashboards span blueprints, so their audit entries name none.
DefinitionTable table(const Database &db)
{
    return DefinitionTable(db, u"dashboards"_s, u"dashboard"_s);
}

} // namespace

DashboardStore::DashboardStore(const Database &db)
    : m_db(db)
{
}

QList<QJsonObject> DashboardStore::definitions() const
{
    return table(m_db).all();
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
    const QJsonObject json = table(m_db).one(identifier);
    if (json.isEmpty())
        return std::nullopt;
    return Dashboard::fromJson(json);
}

Problems DashboardStore::save(const QList<QJsonObject> &dashboards, const QHash<QString, Blueprint> &blueprints,
                              const QStringList &scorecards, const QStringList &initiatives, const QString &actor, Origin origin)
{
    return table(m_db).inTransaction(u"could not save the dashboards: "_s, [&] {
        return write(dashboards, blueprints, scorecards, initiatives, actor, origin);
    });
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
    const DefinitionTable definitions = table(m_db);
    for (const Dashboard &dashboard : std::as_const(parsed)) {
        problems.append(definitions.put(dashboard.identifier, dashboard.toJson(), actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems DashboardStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const DefinitionTable definitions = table(m_db);
    return definitions.inTransaction(u"could not delete the dashboard: "_s,
                                     [&] { return definitions.remove(identifier, actor, origin); });
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
