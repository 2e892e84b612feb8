#pragma once

// The inputs of the DORA metrics, read from the store once per computation (dora.cpp).
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace portolan {

class CatalogStore;

struct DoraDeployment {
    QString identifier;
    QString title;
    QString service;
    QString status; // success | failure | rolledBack
    QDateTime startedAt;
    QDateTime finishedAt; // startedAt when it has no finish time
    QDateTime commitAt;   // invalid when unknown
    bool hotfix = false;
    bool production = false;
};

struct DoraIncident {
    QString identifier;
    QString title;
    QString service;
    QString causedBy; // deployment identifier
    QDateTime openedAt;
    QDateTime resolvedAt; // invalid while open
};

struct DoraPullRequest {
    QString identifier;
    QString service;
    QDateTime openedAt;
    QDateTime mergedAt;
};

struct DoraData {
    QList<DoraDeployment> deployments; // by finish time
    QList<DoraIncident> incidents;
    QList<DoraPullRequest> pullRequests;
    QHash<QString, QString> serviceTitles;
    QHash<QString, QStringList> serviceTeams;
    QHash<QString, QString> teamTitles;
    QString error;
};

// Deployments, incidents and pull requests from `since` on; a deployment is to production when its
// running service's environment has the identifier or `type` `environment`.
DoraData readDoraData(CatalogStore &store, const QDateTime &since, const QString &environment);

} // namespace portolan
