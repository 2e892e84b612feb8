#pragma once

#include "demotime.h"
#include "demoworld.h"

#include <QList>
#include <QString>

namespace portolan::demo {

// One deployment of one version of a service to one environment.
struct DeploymentRecord
{
    QString id; // set once the history is final, numbered per environment in time order
    int environment = 0; // index into environmentIds()
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 commitAt = 0; // the oldest commit in the release: lead time = finishedAt − commitAt
    Version version;
    QString status; // success | failure | rolledBack
    bool hotfix = false;
    int triggeredBy = 0; // index into DemoWorld::users
};

// Why an incident happened; it picks the incident's wording.
enum class IncidentCause { BadRollout, FailedDeployment, LatentBug, Unrelated };

struct IncidentRecord
{
    int service = 0;
    IncidentCause cause = IncidentCause::Unrelated;
    QString causedBy; // deployment identifier, empty when no change caused it
    Version version; // of the deployment that caused it
    qint64 openedAt = 0;
    qint64 minutesToRestore = 0;
    int severity = 3; // 1 is the worst
    bool open = false; // still unresolved when the history ends

    // Decided when the incident is planned, so that the running services can show it too.
    void settle(qint64 historyEnd) { open = open || openedAt + minutesToRestore * minute >= historyEnd; }
};

// A service's 90 days, as the release planner decided them: deployments in time order, and the
// incidents they (and the world) caused, which the organisation writes out after all services.
struct ServiceHistory
{
    QList<DeploymentRecord> deployments;
    QList<IncidentRecord> incidents;
};

} // namespace portolan::demo
