#include "demoreleaseplanner.h"

#include "demoenvironments.h"
#include "demotime.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
// Releases per week reaching production, before the team's own pace is applied.
constexpr std::array tierReleaseRate { 2.5, 1.2, 0.5 };
// Slow teams have lead times of weeks: releases they ship after the history ends were already
// moving through dev and staging inside it.
constexpr qint64 pipelineOverhang = 21 * day;

double weekdayShare(qint64 when)
{
    const int weekday = dayOfWeek(when);
    return weekday <= 4 ? 1.0 : weekday == 5 ? 0.6 : 0.05; // nobody likes a Friday deploy
}

qint64 minutes(double count)
{
    return qint64(count * minute);
}
} // namespace

ReleasePlanner::ReleasePlanner(const DemoWorld &world, int service)
    : m_world(world)
    , m_service(world.services.at(service))
    , m_traits(traits(world.teamOf(m_service).profile))
    , m_serviceIndex(service)
    , m_random(world.seed, ReleaseStream, quint32(service))
    , m_version(m_service.version)
{
}

ServiceHistory ReleasePlanner::plan()
{
    scheduleReleases();
    while (!m_queue.empty()) {
        const Release release = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        ship(release);
    }
    // Incidents that no change caused: disks fill up, certificates expire, providers go down.
    const double unrelated = m_service.tier == 1 ? 0.2 : m_service.tier == 2 ? 0.1 : 0.05;
    for (int n = m_random.poisson(unrelated); n > 0; --n) {
        const qint64 at = m_world.historyStart
            + qint64(m_random.uniform(0, double(m_world.historyEnd - m_world.historyStart)));
        openIncident(-1, at, IncidentCause::Unrelated);
    }
    return finish();
}

void ReleasePlanner::scheduleReleases()
{
    const double lifecycle = m_service.lifecycle == "deprecated"_L1 ? 0.12
        : m_service.lifecycle == "experimental"_L1                  ? 0.7
                                                                    : 1.0;
    const double perWeek = tierReleaseRate.at(size_t(m_service.tier - 1)) * m_traits.releaseRate * lifecycle
        * m_random.uniform(0.7, 1.3);
    const double workingDaysPerWeek = 4 + 0.6 + 2 * 0.05;
    for (qint64 day0 = m_world.historyStart; day0 < m_world.historyEnd + pipelineOverhang; day0 += day) {
        for (int n = m_random.poisson(perWeek * weekdayShare(day0) / workingDaysPerWeek); n > 0; --n) {
            const qint64 productionAt = day0 + qint64(m_random.uniform(7 * hour, 19 * hour));
            const qint64 leadTime = minutes(m_random.logUniform(m_traits.leadTime[0], m_traits.leadTime[1]));
            m_queue.insert({ productionAt, Release { productionAt - leadTime, productionAt, false } });
        }
    }
}

void ReleasePlanner::scheduleHotfix(qint64 after)
{
    const qint64 commitAt = after + minutes(m_random.logUniform(15, 180));
    const qint64 productionAt = commitAt + minutes(m_random.logUniform(30, 240));
    m_queue.insert({ productionAt, Release { commitAt, productionAt, true } });
}

void ReleasePlanner::ship(const Release &release)
{
    m_current = release;
    nextVersion(release.hotfix);
    const TeamInfo &team = m_world.teamOf(m_service);
    m_person = m_random.pick(team.members);
    const qint64 leadTime = release.productionAt - release.commitAt;
    if (!release.hotfix) // hotfixes skip dev and go straight to staging
        deployBefore(0, release.commitAt + qint64(double(leadTime) * m_random.uniform(0.05, 0.15)), leadTime);
    deployBefore(1, release.productionAt - qint64(double(leadTime) * m_random.uniform(0.25, 0.45)), leadTime);
    deployToProduction(release.productionAt, leadTime);
}

void ReleasePlanner::deployBefore(int environment, qint64 finishBy, qint64 leadTime)
{
    const qint64 duration = std::min(minutes(m_random.between(2, 12)), leadTime / 20);
    record(environment, finishBy - duration, finishBy, u"success"_s);
    // A flaky pipeline now and then: a failed attempt, retried with the same version.
    if (m_random.chance(environment == 0 ? 0.05 : 0.04)) {
        const qint64 failedAt = finishBy - duration - minutes(m_random.between(10, 45));
        if (failedAt - duration > m_current.commitAt) // nothing is deployed before it is committed
            record(environment, failedAt - duration, failedAt, u"failure"_s);
    }
}

void ReleasePlanner::deployToProduction(qint64 finishAt, qint64 leadTime)
{
    const bool critical = m_service.tier == 1;
    const qint64 duration
        = std::min(minutes(m_random.between(critical ? 8 : 4, critical ? 35 : 20)), leadTime / 5);
    const qint64 startAt = finishAt - duration;
    if (!m_random.chance(m_traits.changeFailRate * (critical ? 0.8 : 1.0))) {
        const int deployment = record(production, startAt, finishAt, u"success"_s);
        if (m_random.chance(0.005)) { // a bug that hides for a while
            const qint64 openedAt = finishAt + minutes(m_random.logUniform(60, 2880));
            openIncident(deployment, openedAt, IncidentCause::LatentBug);
            if (!m_current.hotfix)
                scheduleHotfix(openedAt);
        }
    } else if (m_random.chance(0.6)) { // it went out, hurt, and was rolled back
        const qint64 rolledBackAt = finishAt + minutes(m_random.between(5, 40));
        const int deployment = record(production, startAt, rolledBackAt, u"rolledBack"_s);
        if (m_random.chance(0.7))
            openIncident(deployment, finishAt + minutes(m_random.between(2, 15)), IncidentCause::BadRollout);
        if (!m_current.hotfix)
            scheduleHotfix(rolledBackAt);
    } else { // the pipeline failed before traffic moved; someone retries
        const int deployment = record(production, startAt, finishAt, u"failure"_s);
        if (m_random.chance(0.1))
            openIncident(
                deployment, finishAt + minutes(m_random.between(1, 10)), IncidentCause::FailedDeployment);
        const qint64 retryAt = finishAt + minutes(m_random.between(15, 90));
        record(production, retryAt, retryAt + duration, u"success"_s);
    }
}

int ReleasePlanner::record(int environment, qint64 startedAt, qint64 finishedAt, const QString &status)
{
    DeploymentRecord d;
    d.environment = environment;
    d.startedAt = startedAt;
    d.finishedAt = finishedAt;
    d.commitAt = m_current.commitAt;
    d.version = m_version;
    d.status = status;
    d.hotfix = m_current.hotfix;
    d.triggeredBy = m_person;
    m_deployments.append(d);
    return int(m_deployments.size()) - 1;
}

void ReleasePlanner::openIncident(int deployment, qint64 openedAt, IncidentCause cause)
{
    static constexpr std::array<std::array<double, 4>, 3> severityByTier { { { 10, 30, 40, 20 },
        { 4, 20, 46, 30 }, { 1, 10, 45, 44 } } };
    IncidentRecord incident;
    incident.service = m_serviceIndex;
    incident.cause = cause;
    incident.version = deployment >= 0 ? m_deployments.at(deployment).version : m_version;
    incident.openedAt = openedAt;
    incident.severity = 1 + m_random.weighted(severityByTier.at(size_t(m_service.tier - 1)));
    incident.minutesToRestore
        = qint64(m_random.logUniform(m_traits.timeToRestore[0], m_traits.timeToRestore[1]));
    // Recent low-severity incidents often wait for a follow-up before anyone resolves them.
    incident.open = incident.severity >= 3 && openedAt > m_world.historyEnd - 3 * day && m_random.chance(0.4);
    incident.settle(m_world.historyEnd);
    m_incidents.append(incident);
    m_incidentDeployments.append(deployment);
}

void ReleasePlanner::nextVersion(bool hotfix)
{
    const int bump
        = hotfix ? 0 : m_random.weighted({ 78, 20, m_service.lifecycle == "deprecated"_L1 ? 0.0 : 2.0 });
    if (bump == 2)
        m_version = { m_version.major + 1, 0, 0 };
    else if (bump == 1)
        m_version = { m_version.major, m_version.minor + 1, 0 };
    else
        ++m_version.patch;
}

ServiceHistory ReleasePlanner::finish()
{
    // Only what happened inside the 90 days is history; the rest was planned but is cut off.
    const auto inHistory = [this](const DeploymentRecord &d) {
        return d.startedAt >= m_world.historyStart && d.finishedAt < m_world.historyEnd;
    };
    QList<int> order;
    for (int i = 0; i < m_deployments.size(); ++i) {
        if (inHistory(m_deployments.at(i)))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_deployments.at(a).startedAt < m_deployments.at(b).startedAt; });
    ServiceHistory history;
    std::array<int, environmentCount> numbers {};
    for (int i : std::as_const(order)) {
        DeploymentRecord d = m_deployments.at(i);
        d.id = u"deploy-%1-%2-%3"_s.arg(m_service.id, environmentId(d.environment))
                   .arg(++numbers.at(size_t(d.environment)), 4, 10, QChar(u'0'));
        m_deployments[i].id = d.id;
        history.deployments.append(d);
    }
    for (int i = 0; i < m_incidents.size(); ++i) {
        IncidentRecord incident = m_incidents.at(i);
        const int deployment = m_incidentDeployments.at(i);
        if (incident.openedAt >= m_world.historyEnd
            || (deployment >= 0 && m_deployments.at(deployment).id.isEmpty()))
            continue;
        if (deployment >= 0)
            incident.causedBy = m_deployments.at(deployment).id;
        history.incidents.append(incident);
    }
    return history;
}

} // namespace portolan::demo
