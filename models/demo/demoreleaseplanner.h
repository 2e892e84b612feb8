#pragma once

#include "demohistory.h"
#include "demorandom.h"

#include <map>

namespace portolan::demo {

struct ProfileTraits;

// Decides a service's 90 days of delivery: when releases reach production (more often for tier-1
// services and better-performing teams, mostly on working days), how each passes through dev and
// staging, which production deployments fail or are rolled back, the incidents that follow and
// the hotfixes that answer them.
class ReleasePlanner final
{
public:
    explicit ReleasePlanner(const DemoWorld &world, int service);

    ServiceHistory plan();

private:
    struct Release
    {
        qint64 commitAt = 0;
        qint64 productionAt = 0; // when the production deployment is meant to finish
        bool hotfix = false;
    };

    void scheduleReleases();
    void scheduleHotfix(qint64 after);
    void ship(const Release &release);
    void deployBefore(int environment, qint64 finishBy, qint64 leadTime);
    void deployToProduction(qint64 finishAt, qint64 leadTime);
    int record(int environment, qint64 startedAt, qint64 finishedAt, const QString &status);
    void openIncident(int deployment, qint64 openedAt, IncidentCause cause);
    void nextVersion(bool hotfix);
    ServiceHistory finish();

    const DemoWorld &m_world;
    const ServiceInfo &m_service;
    const ProfileTraits &m_traits;
    int m_serviceIndex;
    DemoRandom m_random;
    std::multimap<qint64, Release> m_queue; // by productionAt: versions rise in production order
    Release m_current;
    int m_person = 0;
    Version m_version;
    QList<DeploymentRecord> m_deployments;
    QList<IncidentRecord> m_incidents;
    QList<int> m_incidentDeployments; // per incident: index into m_deployments, or -1
};

} // namespace portolan::demo
