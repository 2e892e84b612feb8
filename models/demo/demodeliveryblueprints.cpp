#include "demodeliveryblueprints.h"

#include "demoblueprintbuilder.h"

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
QJsonObject owned(QJsonObject blueprint)
{
    blueprint.insert(u"ownership"_s, inheritedFromService());
    return blueprint;
}

QJsonObject runningService()
{
    return owned(blueprint("runningService"_L1, "Running Service"_L1, "Cloud"_L1,
        "A service as it runs in one environment."_L1,
        { { u"version"_s, text("Version"_L1) }, { u"replicas"_s, property("Replicas"_L1, "number"_L1) },
            { u"health"_s,
                choice("Health"_L1,
                    { { "healthy"_L1, "green"_L1 }, { "degraded"_L1, "yellow"_L1 },
                        { "unhealthy"_L1, "red"_L1 }, { "unknown"_L1, "lightGray"_L1 } }) },
            { u"lastDeployedAt"_s, text("Last deployed"_L1, "date-time"_L1) } },
        { u"version"_s },
        { { u"service"_s, relation("Service"_L1, "service"_L1, true) },
            { u"environment"_s, relation("Environment"_L1, "environment"_L1, true) } }));
}

QJsonObject deployment()
{
    QJsonObject b = owned(blueprint("deployment"_L1, "Deployment"_L1, "Deployment"_L1,
        "One version of a service rolled out to one environment."_L1,
        { { u"status"_s,
              choice("Status"_L1,
                  { { "success"_L1, "green"_L1 }, { "failure"_L1, "red"_L1 },
                      { "rolledBack"_L1, "orange"_L1 } }) },
            { u"startedAt"_s, text("Started"_L1, "date-time"_L1) },
            { u"finishedAt"_s, text("Finished"_L1, "date-time"_L1) },
            { u"commitAt"_s, text("First commit"_L1, "date-time"_L1) }, { u"version"_s, text("Version"_L1) },
            { u"hotfix"_s, property("Hotfix"_L1, "boolean"_L1) },
            { u"triggeredBy"_s, text("Triggered by"_L1, "user"_L1) } },
        { u"status"_s, u"startedAt"_s, u"version"_s },
        { { u"runningService"_s, relation("Running service"_L1, "runningService"_L1, true) },
            { u"service"_s, relation("Service"_L1, "service"_L1, false) } }));
    // DORA's change lead time, per deployment. jq's fromdateiso8601 does not take milliseconds.
    b.insert(u"calculationProperties"_s,
        QJsonObject { { u"leadTimeMinutes"_s,
            QJsonObject { { u"title"_s, u"Lead time (minutes)"_s }, { u"type"_s, u"number"_s },
                { u"calculation"_s,
                    u"((.properties.finishedAt | sub(\"\\\\.[0-9]+Z$\"; \"Z\") | fromdateiso8601)"
                    " - (.properties.commitAt | sub(\"\\\\.[0-9]+Z$\"; \"Z\") | fromdateiso8601))"
                    " / 60 | floor"_s } } } });
    return b;
}

QJsonObject pullRequest()
{
    return owned(blueprint("pullRequest"_L1, "Pull Request"_L1, "Git"_L1,
        "A proposed change to a service's repository."_L1,
        { { u"status"_s,
              choice("Status"_L1,
                  { { "open"_L1, "blue"_L1 }, { "merged"_L1, "purple"_L1 },
                      { "closed"_L1, "darkGray"_L1 } }) },
            { u"openedAt"_s, text("Opened"_L1, "date-time"_L1) },
            { u"mergedAt"_s, text("Merged"_L1, "date-time"_L1) },
            { u"closedAt"_s, text("Closed"_L1, "date-time"_L1) },
            { u"authorEmail"_s, text("Author e-mail"_L1, "user"_L1) },
            { u"additions"_s, property("Lines added"_L1, "number"_L1) },
            { u"deletions"_s, property("Lines deleted"_L1, "number"_L1) },
            { u"reviewCount"_s, property("Reviews"_L1, "number"_L1) },
            { u"url"_s, text("Link"_L1, "url"_L1) } },
        { u"status"_s, u"openedAt"_s },
        { { u"service"_s, relation("Service"_L1, "service"_L1, true) },
            { u"author"_s, relation("Author"_L1, "user"_L1, false) } }));
}

QJsonObject incident()
{
    return owned(blueprint("incident"_L1, "Incident"_L1, "Alert"_L1,
        "Something broke in production and someone was paged."_L1,
        { { u"severity"_s,
              choice("Severity"_L1,
                  { { "sev1"_L1, "red"_L1 }, { "sev2"_L1, "orange"_L1 }, { "sev3"_L1, "yellow"_L1 },
                      { "sev4"_L1, "lightGray"_L1 } }) },
            { u"status"_s,
                choice("Status"_L1,
                    { { "triggered"_L1, "red"_L1 }, { "acknowledged"_L1, "yellow"_L1 },
                        { "resolved"_L1, "green"_L1 } }) },
            { u"openedAt"_s, text("Opened"_L1, "date-time"_L1) },
            { u"resolvedAt"_s, text("Resolved"_L1, "date-time"_L1) },
            { u"timeToRestoreMinutes"_s, property("Time to restore (minutes)"_L1, "number"_L1) } },
        { u"severity"_s, u"status"_s, u"openedAt"_s },
        { { u"service"_s, relation("Service"_L1, "service"_L1, true) },
            { u"causedBy"_s, relation("Caused by"_L1, "deployment"_L1, false) } }));
}
} // namespace

QList<QJsonObject> deliveryBlueprintJson()
{
    return { runningService(), deployment(), pullRequest(), incident() };
}

} // namespace portolan::demo
