#include "doradata.h"

#include "dashboards/widgetparts.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QDateTime time(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

// One identifier of a relation value (Port keeps one, a list, or null).
QString target(const QJsonObject &relations, const QString &name)
{
    const QJsonValue v = relations.value(name);
    return v.isArray() ? v.toArray().first().toString() : v.toString();
}

} // namespace

DoraData readDoraData(CatalogStore &store, const QDateTime &since, const QString &environment)
{
    DoraData data;
    QString error;
    // Day precision in SQL (stored times are ISO text), exact times afterwards.
    const QString day = since.toUTC().date().addDays(-1).toString(Qt::ISODate);
    QSet<QString> production;
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier FROM entities WHERE blueprint = 'environment'"
                                                            " AND (identifier = ? OR json_extract(properties, '$.type') = ?)"_s,
                                                     {environment, environment}, &error))
        production.insert(row.value(0).toString());
    QHash<QString, std::pair<QString, QString>> running; // runningService → (service, environment)
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, relations FROM entities WHERE blueprint = 'runningService'"_s, {}, &error)) {
        const QJsonObject relations = object(row.value(1));
        running.insert(row.value(0).toString(), {target(relations, u"service"_s), target(relations, u"environment"_s)});
    }
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, title, team FROM entities WHERE blueprint = 'service'"_s, {}, &error)) {
        const QString id = row.value(0).toString();
        data.serviceTitles.insert(id, row.value(1).toString().isEmpty() ? id : row.value(1).toString());
        QStringList teams;
        for (const QJsonValue &t : QJsonDocument::fromJson(row.value(2).toByteArray()).array())
            teams.append(t.toString());
        data.serviceTeams.insert(id, teams);
    }
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, title FROM entities WHERE blueprint IN ('team', '_team')"_s, {}, &error))
        data.teamTitles.insert(row.value(0).toString(), row.value(1).toString().isEmpty() ? row.value(0).toString() : row.value(1).toString());
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, title, properties, relations FROM entities WHERE blueprint = 'deployment'"
                                                            " AND substr(COALESCE(json_extract(properties, '$.finishedAt'), json_extract(properties, '$.startedAt')), 1, 10) >= ?"_s,
                                                     {day}, &error)) {
        const QJsonObject properties = object(row.value(2));
        const QJsonObject relations = object(row.value(3));
        DoraDeployment d;
        d.identifier = row.value(0).toString();
        d.title = row.value(1).toString();
        const auto rs = running.value(target(relations, u"runningService"_s));
        d.service = target(relations, u"service"_s);
        if (d.service.isEmpty())
            d.service = rs.first;
        d.production = production.contains(rs.second);
        d.status = properties.value("status"_L1).toString();
        d.startedAt = time(properties.value("startedAt"_L1));
        d.finishedAt = time(properties.value("finishedAt"_L1));
        if (!d.finishedAt.isValid())
            d.finishedAt = d.startedAt;
        d.commitAt = time(properties.value("commitAt"_L1));
        d.hotfix = properties.value("hotfix"_L1).toBool();
        if (d.finishedAt.isValid())
            data.deployments.append(d);
    }
    std::sort(data.deployments.begin(), data.deployments.end(),
              [](const DoraDeployment &a, const DoraDeployment &b) { return a.finishedAt < b.finishedAt; });
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, title, properties, relations FROM entities WHERE blueprint = 'incident'"
                                                            " AND substr(json_extract(properties, '$.openedAt'), 1, 10) >= ?"_s,
                                                     {day}, &error)) {
        const QJsonObject properties = object(row.value(2));
        const QJsonObject relations = object(row.value(3));
        DoraIncident i{row.value(0).toString(), row.value(1).toString(), target(relations, u"service"_s), target(relations, u"causedBy"_s),
                       time(properties.value("openedAt"_L1)), time(properties.value("resolvedAt"_L1))};
        if (i.openedAt.isValid())
            data.incidents.append(i);
    }
    // Pull requests give the lead time of deployments that do not know their first commit.
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT identifier, properties, relations FROM entities WHERE blueprint = 'pullRequest'"
                                                            " AND substr(json_extract(properties, '$.mergedAt'), 1, 10) >= ?"_s,
                                                     {since.toUTC().date().addDays(-60).toString(Qt::ISODate)}, &error)) {
        const QJsonObject properties = object(row.value(1));
        DoraPullRequest pr{row.value(0).toString(), target(object(row.value(2)), u"service"_s), time(properties.value("openedAt"_L1)),
                           time(properties.value("mergedAt"_L1))};
        if (pr.openedAt.isValid() && pr.mergedAt.isValid())
            data.pullRequests.append(pr);
    }
    data.error = error;
    return data;
}

} // namespace portolan
