#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace portolan {

class CatalogStore;

// The five DORA metrics as dora.dev defines them (2026): throughput — deployment frequency,
// change lead time, failed deployment recovery time; instability — change fail rate, deployment
// rework rate. Computed from the portal's entities:
// - deployments: blueprint `deployment` (status success|failure|rolledBack, startedAt, finishedAt,
//   commitAt, hotfix; relations service / runningService);
// - pull requests: blueprint `pullRequest` (mergedAt, openedAt, relation service) — lead time is
//   first commit (deployment.commitAt, else the PR opening) to the production deployment;
// - incidents: blueprint `incident` (openedAt, resolvedAt, relation causedBy → deployment, service).
// A deployment "needs immediate intervention" when it failed, was rolled back, or caused an
// incident; a deployment is rework when it is a hotfix or follows an incident it resolves.
enum class DoraMetric { DeploymentFrequency, ChangeLeadTime, ChangeFailRate, RecoveryTime, ReworkRate };
QString doraMetricKey(DoraMetric metric);   // deploymentFrequency, changeLeadTime, …
QString doraMetricTitle(DoraMetric metric); // "Deployment frequency"
QString doraDefinition(DoraMetric metric);  // dora.dev's definition, and how Portolan computes it
QString doraUnit(DoraMetric metric);        // "per week", "hours", "%"
const QList<DoraMetric> &doraMetrics();

// One of the numbers behind a figure: a deployment, incident or pull request and what it added.
struct DoraSample {
    QString blueprint;
    QString identifier;
    QString title;
    QDateTime at;
    double value = 0; // hours for durations, 1/0 for rates
    QString note;     // "rolled back", "caused incident INC-42", "hotfix"
};

struct DoraFigure {
    DoraMetric metric = DoraMetric::DeploymentFrequency;
    QString group;    // service or team identifier ("" for all)
    QString groupTitle;
    double value = 0; // the median (durations, frequency per week) or the ratio (rates, 0..1)
    bool hasValue = false;
    qint64 count = 0; // how many samples
    QString band;     // DORA 2024 cluster the value falls in (Elite/High/Medium/Low), as context only
    QList<DoraSample> samples;
};

struct DoraOptions {
    QDateTime now;
    int windowDays = 90;
    QString groupBy = QStringLiteral("service"); // service | team | all
    QStringList groups;                          // only these (empty: every group)
    QString environment = QStringLiteral("production"); // deployments to this environment count
};

// Every metric per group over the window. Medians, not means (dora.dev, fourkeys).
QList<DoraFigure> computeDora(CatalogStore &store, const DoraOptions &options);

} // namespace portolan
