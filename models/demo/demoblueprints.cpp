#include "demoblueprints.h"

#include "demoblueprintbuilder.h"
#include "demodeliveryblueprints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
QJsonObject direct()
{
    return { { u"type"_s, u"Direct"_s } };
}

QJsonObject team()
{
    QJsonObject b = blueprint("team"_L1, "Team"_L1, "Team"_L1, "A group of engineers that owns services."_L1,
        { { u"description"_s, text("Mission"_L1) },
            { u"department"_s,
                choice("Department"_L1,
                    { { "Platform"_L1, "blue"_L1 }, { "Security"_L1, "red"_L1 }, { "Data"_L1, "purple"_L1 },
                        { "Commerce"_L1, "green"_L1 }, { "Operations"_L1, "orange"_L1 },
                        { "Customer"_L1, "turquoise"_L1 } }) },
            { u"slackChannel"_s, text("Slack channel"_L1) },
            { u"manager"_s, text("Engineering manager"_L1, "user"_L1) } },
        {});
    b.insert(u"aggregationProperties"_s,
        QJsonObject { { u"serviceCount"_s, countOf("Services"_L1, "service"_L1) } });
    return b;
}

QJsonObject user()
{
    QJsonObject b = blueprint("user"_L1, "User"_L1, "User"_L1, "A person in the engineering organisation."_L1,
        { { u"email"_s, text("E-mail"_L1, "email"_L1) },
            { u"role"_s,
                choice("Role"_L1,
                    { { "Engineer"_L1, "lightGray"_L1 }, { "Senior Engineer"_L1, "blue"_L1 },
                        { "Staff Engineer"_L1, "purple"_L1 }, { "Site Reliability Engineer"_L1, "orange"_L1 },
                        { "Data Engineer"_L1, "turquoise"_L1 }, { "Engineering Manager"_L1, "green"_L1 },
                        { "Product Manager"_L1, "pink"_L1 } }) },
            { u"slackHandle"_s, text("Slack handle"_L1) } },
        { u"email"_s }, { { u"team"_s, relation("Team"_L1, "team"_L1, false) } });
    b.insert(u"ownership"_s, direct());
    return b;
}

QJsonObject environment()
{
    return blueprint("environment"_L1, "Environment"_L1, "Environment"_L1,
        "A place services run: a cluster in a region."_L1,
        { { u"type"_s,
              choice("Type"_L1,
                  { { "development"_L1, "lightGray"_L1 }, { "staging"_L1, "yellow"_L1 },
                      { "production"_L1, "green"_L1 } }) },
            { u"region"_s,
                choice("Region"_L1,
                    { { "eu-west-1"_L1, "blue"_L1 }, { "eu-central-1"_L1, "turquoise"_L1 },
                        { "us-east-1"_L1, "purple"_L1 } }) },
            { u"cluster"_s, text("Cluster"_L1) },
            // Developer environments expire: the "spin up" action sets it, "extend TTL" moves it.
            { u"ttl"_s, text("Time to live"_L1, "timer"_L1) } },
        { u"type"_s });
}

QJsonObject service()
{
    QJsonObject b = blueprint("service"_L1, "Service"_L1, "Microservice"_L1,
        "A deployable piece of software with one owning team."_L1,
        { { u"description"_s, text("Description"_L1) },
            { u"language"_s,
                choice("Language"_L1,
                    { { "Go"_L1, "turquoise"_L1 }, { "Java"_L1, "orange"_L1 }, { "Kotlin"_L1, "purple"_L1 },
                        { "Python"_L1, "yellow"_L1 }, { "TypeScript"_L1, "blue"_L1 },
                        { "Rust"_L1, "bronze"_L1 }, { "Ruby"_L1, "red"_L1 }, { "Scala"_L1, "pink"_L1 } }) },
            { u"tier"_s,
                choice("Tier"_L1,
                    { { "tier-1"_L1, "red"_L1 }, { "tier-2"_L1, "orange"_L1 },
                        { "tier-3"_L1, "blue"_L1 } }) },
            { u"lifecycle"_s,
                choice("Lifecycle"_L1,
                    { { "production"_L1, "green"_L1 }, { "experimental"_L1, "yellow"_L1 },
                        { "deprecated"_L1, "darkGray"_L1 } }) },
            { u"repo"_s, text("Repository"_L1, "url"_L1) }, { u"readme"_s, text("README"_L1, "markdown"_L1) },
            { u"onCall"_s, text("On call"_L1, "user"_L1) },
            { u"hasCodeowners"_s, property("Has CODEOWNERS"_L1, "boolean"_L1) },
            { u"testCoverage"_s, property("Test coverage (%)"_L1, "number"_L1) },
            { u"slo"_s, property("Availability SLO (%)"_L1, "number"_L1) },
            { u"lastPenTest"_s, text("Last penetration test"_L1, "date-time"_L1) } },
        { u"language"_s, u"tier"_s, u"lifecycle"_s },
        { { u"owningTeam"_s, relation("Owning team"_L1, "team"_L1, true) },
            { u"dependsOn"_s, relation("Depends on"_L1, "service"_L1, false, true) } });
    b.insert(u"ownership"_s, direct());
    b.insert(u"mirrorProperties"_s,
        QJsonObject { { u"teamName"_s,
            QJsonObject { { u"title"_s, u"Team name"_s }, { u"path"_s, u"owningTeam.$title"_s } } } });
    b.insert(u"calculationProperties"_s,
        QJsonObject { { u"slackChannel"_s,
            QJsonObject { { u"title"_s, u"Slack channel"_s }, { u"type"_s, u"string"_s },
                { u"format"_s, u"url"_s },
                { u"calculation"_s, u"\"https://slack.example.com/channels/\" + .identifier"_s } } } });
    QJsonObject openIncidents = countOf("Open incidents"_L1, "incident"_L1);
    openIncidents.insert(u"query"_s,
        QJsonObject { { u"combinator"_s, u"and"_s },
            { u"rules"_s,
                QJsonArray { QJsonObject { { u"property"_s, u"status"_s }, { u"operator"_s, u"!="_s },
                    { u"value"_s, u"resolved"_s } } } } });
    const QJsonObject meanTimeToRestore { { u"title"_s, u"Mean time to restore (minutes)"_s },
        { u"target"_s, u"incident"_s },
        { u"calculationSpec"_s,
            QJsonObject { { u"calculationBy"_s, u"property"_s }, { u"func"_s, u"average"_s },
                { u"property"_s, u"timeToRestoreMinutes"_s } } } };
    b.insert(u"aggregationProperties"_s,
        QJsonObject { { u"deploymentCount"_s, countOf("Deployments"_L1, "deployment"_L1) },
            { u"openIncidents"_s, openIncidents }, { u"meanTimeToRestore"_s, meanTimeToRestore } });
    return b;
}
} // namespace

QList<QJsonObject> demoBlueprintJson()
{
    return QList<QJsonObject> { team(), user(), environment(), service() } + deliveryBlueprintJson();
}

} // namespace portolan::demo
