#include "dora.h"

#include "dashboards/doradata.h"
#include "dashboards/widgetparts.h"

#include <QMap>
#include <numeric>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

double hoursBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) / 3'600'000.0;
}

double median(QList<double> values)
{
    return WidgetParts::calculate(u"median"_s, std::move(values)).value_or(0);
}

// The DORA 2024 clusters (scorecards-and-dora.md §5.2), as context only. Change fail rate: the
// clusters' typical values are not ordered (Medium 10 % < High 20 %), so the nearest one is named.
QString band(DoraMetric metric, double value)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return value >= 7 ? u"Elite"_s : value >= 1 ? u"High"_s : value >= 7.0 / 30.0 ? u"Medium"_s : u"Low"_s;
    case DoraMetric::ChangeLeadTime:
        return value < 24 ? u"Elite"_s : value < 168 ? u"High"_s : value < 720 ? u"Medium"_s : u"Low"_s;
    case DoraMetric::RecoveryTime:
        return value < 1 ? u"Elite"_s : value < 24 ? u"High"_s : value < 168 ? u"Medium"_s : u"Low"_s;
    case DoraMetric::ChangeFailRate: {
        const QList<std::pair<double, QString>> clusters{{0.05, u"Elite"_s}, {0.10, u"Medium"_s}, {0.20, u"High"_s}, {0.40, u"Low"_s}};
        QString nearest;
        double distance = 2;
        for (const auto &[typical, name] : clusters)
            if (qAbs(value - typical) < distance) {
                distance = qAbs(value - typical);
                nearest = name;
            }
        return nearest;
    }
    case DoraMetric::ReworkRate:
        return {}; // the 2024 clusters have no rework rate
    }
    return {};
}

struct Context {
    const DoraData &data;
    const DoraOptions &options;
    QDateTime from;
    QHash<QString, QList<const DoraIncident *>> incidentsCausedBy; // deployment → incidents
    // By service, so that each deployment looks only at its own service's history.
    QHash<QString, QList<const DoraDeployment *>> production;      // by finish time
    QHash<QString, QList<const DoraIncident *>> incidents;
    QHash<QString, QList<const DoraPullRequest *>> pullRequests;
};

bool inWindow(const Context &c, const QDateTime &t)
{
    return t >= c.from && t <= c.options.now;
}

// The next successful production deployment of `service` after `after`.
const DoraDeployment *nextSuccess(const Context &c, const QString &service, const QDateTime &after)
{
    for (const DoraDeployment *d : c.production.value(service))
        if (d->status == "success"_L1 && d->finishedAt > after)
            return d;
    return nullptr;
}

DoraSample sample(const DoraDeployment &d, double value, const QString &note)
{
    return {u"deployment"_s, d.identifier, d.title.isEmpty() ? d.identifier : d.title, d.finishedAt, value, note};
}

DoraFigure figure(DoraMetric metric, const QList<DoraSample> &samples, bool ratio, double value)
{
    DoraFigure f;
    f.metric = metric;
    f.samples = samples;
    f.count = samples.size();
    f.hasValue = !samples.isEmpty();
    if (f.hasValue) {
        QList<double> values;
        for (const DoraSample &s : samples)
            values.append(s.value);
        f.value = metric == DoraMetric::DeploymentFrequency ? value : ratio ? std::accumulate(values.begin(), values.end(), 0.0) / double(values.size())
                                                                             : median(values);
        f.band = band(metric, f.value);
    }
    return f;
}

// The five figures of one group's production deployments in the window.
QList<DoraFigure> figures(const Context &c, const QList<const DoraDeployment *> &deployments)
{
    QList<DoraSample> frequency, lead, fail, recovery, rework;
    const int weeks = qMax(1, c.options.windowDays / 7);
    QList<double> perWeek(weeks, 0.0);
    for (const DoraDeployment *d : deployments) {
        const qint64 week = c.from.msecsTo(d->finishedAt) / (7LL * 24 * 3'600'000);
        if (week >= 0 && week < weeks)
            perWeek[week] += 1;
        frequency.append(sample(*d, 1, d->status));

        const QList<const DoraIncident *> caused = c.incidentsCausedBy.value(d->identifier);
        const bool failed = d->status == "failure"_L1 || d->status == "rolledBack"_L1;
        QString why = d->status == "rolledBack"_L1 ? u"rolled back"_s : failed ? u"failed"_s : QString();
        if (!caused.isEmpty())
            why += (why.isEmpty() ? QString() : u", "_s) + u"caused incident "_s + caused.first()->identifier;
        fail.append(sample(*d, why.isEmpty() ? 0 : 1, why.isEmpty() ? u"no intervention needed"_s : why));

        if (d->status == "success"_L1) {
            // Lead time: first commit, else the earliest pull request merged since the last deployment.
            QDateTime start = d->commitAt;
            QString from = u"from first commit"_s;
            if (!start.isValid()) {
                QDateTime previous;
                for (const DoraDeployment *p : c.production.value(d->service))
                    if (p->finishedAt < d->finishedAt)
                        previous = p->finishedAt;
                for (const DoraPullRequest *pr : c.pullRequests.value(d->service))
                    if (pr->mergedAt <= d->finishedAt && (!previous.isValid() || pr->mergedAt > previous)
                        && (!start.isValid() || pr->openedAt < start)) {
                        start = pr->openedAt;
                        from = u"from pull request "_s + pr->identifier + u" opened"_s;
                    }
            }
            if (start.isValid() && start < d->finishedAt)
                lead.append(sample(*d, hoursBetween(start, d->finishedAt), from));
        }

        if (failed || !caused.isEmpty()) {
            // Recovery: from the failure (or the incident's opening) to the incident's resolution or
            // the service's next successful deployment, whichever came first.
            const QDateTime start = failed ? d->finishedAt : caused.first()->openedAt;
            QDateTime end;
            QString how;
            for (const DoraIncident *i : caused)
                if (i->resolvedAt.isValid() && (!end.isValid() || i->resolvedAt < end)) {
                    end = i->resolvedAt;
                    how = u"incident "_s + i->identifier + u" resolved"_s;
                }
            if (const DoraDeployment *next = nextSuccess(c, d->service, start); next && (!end.isValid() || next->finishedAt < end)) {
                end = next->finishedAt;
                how = u"recovered by deployment "_s + next->identifier;
            }
            if (end.isValid() && end <= c.options.now)
                recovery.append(sample(*d, hoursBetween(start, end), how));
        }

        QString reworkWhy = d->hotfix ? u"hotfix"_s : QString();
        const QDateTime started = d->startedAt.isValid() ? d->startedAt : d->finishedAt;
        for (const DoraIncident *i : c.incidents.value(d->service))
            if (reworkWhy.isEmpty() && i->causedBy != d->identifier && i->openedAt <= started
                && (!i->resolvedAt.isValid() || i->resolvedAt >= d->finishedAt))
                reworkWhy = u"deployed during incident "_s + i->identifier;
        rework.append(sample(*d, reworkWhy.isEmpty() ? 0 : 1, reworkWhy.isEmpty() ? u"planned"_s : reworkWhy));
    }
    return {figure(DoraMetric::DeploymentFrequency, frequency, false, median(perWeek)),
            figure(DoraMetric::ChangeLeadTime, lead, false, 0), figure(DoraMetric::ChangeFailRate, fail, true, 0),
            figure(DoraMetric::RecoveryTime, recovery, false, 0), figure(DoraMetric::ReworkRate, rework, true, 0)};
}

} // namespace

const QList<DoraMetric> &doraMetrics()
{
    static const QList<DoraMetric> all{DoraMetric::DeploymentFrequency, DoraMetric::ChangeLeadTime, DoraMetric::ChangeFailRate,
                                       DoraMetric::RecoveryTime, DoraMetric::ReworkRate};
    return all;
}

QString doraMetricKey(DoraMetric metric)
{
    static const QStringList keys{u"deploymentFrequency"_s, u"changeLeadTime"_s, u"changeFailRate"_s, u"recoveryTime"_s, u"reworkRate"_s};
    return keys.value(int(metric));
}

QString doraMetricTitle(DoraMetric metric)
{
    static const QStringList titles{u"Deployment frequency"_s, u"Change lead time"_s, u"Change fail rate"_s,
                                    u"Failed deployment recovery time"_s, u"Deployment rework rate"_s};
    return titles.value(int(metric));
}

QString doraUnit(DoraMetric metric)
{
    static const QStringList units{u"per week"_s, u"hours"_s, u"%"_s, u"hours"_s, u"%"_s};
    return units.value(int(metric));
}

QString doraDefinition(DoraMetric metric)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return u"DORA: the number of deployments over a given period, or the time between deployments. Portolan: the "
               "deployments to production (any outcome) in each week of the window; the figure is the median week."_s;
    case DoraMetric::ChangeLeadTime:
        return u"DORA: the time it takes for a change to go from being committed to version control to being deployed "
               "in production. Portolan: hours from a successful production deployment's first commit (commitAt; "
               "without it, the opening of the earliest pull request merged since the service's previous deployment) "
               "to its finish; the figure is the median."_s;
    case DoraMetric::ChangeFailRate:
        return u"DORA: the ratio of deployments that require immediate intervention following a deployment, likely "
               "resulting in a rollback or a hotfix. Portolan: the share of production deployments that failed, were "
               "rolled back or caused an incident (incident.causedBy)."_s;
    case DoraMetric::RecoveryTime:
        return u"DORA: the time it takes to recover from a failed deployment that needs immediate intervention. "
               "Portolan: hours from the failed deployment's finish (or the opening of the incident it caused) to the "
               "incident's resolution or the service's next successful production deployment, whichever came first; "
               "the figure is the median of the recovered ones."_s;
    case DoraMetric::ReworkRate:
        return u"DORA: the ratio of deployments that are unplanned and happen as a result of an incident in production. "
               "Portolan: the share of production deployments that are hotfixes (hotfix = true) or were started while "
               "an incident of the same service they did not cause was open."_s;
    }
    return {};
}

QList<DoraFigure> computeDora(CatalogStore &store, const DoraOptions &options)
{
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    DoraOptions o = options;
    o.now = now;
    const QDateTime from = now.addDays(-qMax(1, options.windowDays));
    // 30 days before the window too: the previous deployment of a lead time, the incident a rework follows.
    const DoraData data = readDoraData(store, from.addDays(-30), options.environment);
    Context c{data, o, from, {}, {}, {}, {}};
    for (const DoraIncident &i : data.incidents) {
        if (!i.causedBy.isEmpty())
            c.incidentsCausedBy[i.causedBy].append(&i);
        c.incidents[i.service].append(&i);
    }
    for (const DoraDeployment &d : data.deployments)
        if (d.production)
            c.production[d.service].append(&d);
    for (const DoraPullRequest &pr : data.pullRequests)
        c.pullRequests[pr.service].append(&pr);

    QMap<QString, QList<const DoraDeployment *>> groups; // sorted by group identifier
    for (const DoraDeployment &d : data.deployments) {
        if (!d.production || !inWindow(c, d.finishedAt))
            continue;
        QStringList keys;
        if (options.groupBy == "team"_L1)
            keys = data.serviceTeams.value(d.service);
        else if (options.groupBy == "service"_L1)
            keys = {d.service};
        else
            keys = {QString()};
        for (const QString &key : keys)
            if (options.groups.isEmpty() || options.groups.contains(key))
                groups[key].append(&d);
    }
    QList<DoraFigure> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString title = options.groupBy == "team"_L1      ? data.teamTitles.value(it.key(), it.key())
                              : options.groupBy == "service"_L1 ? data.serviceTitles.value(it.key(), it.key())
                                                                : u"All services"_s;
        for (DoraFigure f : figures(c, it.value())) {
            f.group = it.key();
            f.groupTitle = title;
            out.append(f);
        }
    }
    return out;
}

} // namespace portolan
