#include "demophrases.h"

#include "demorandom.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
// {domain} is the domain in words, {service} the service identifier, {version} a version.
constexpr std::array changeTitles {
    "Add retry with backoff to the {domain} client"_L1,
    "Fix null handling in the {domain} mapper"_L1,
    "Refactor {domain} repository to use prepared statements"_L1,
    "Add latency metrics for {domain} endpoints"_L1,
    "Remove deprecated v1 {domain} endpoint"_L1,
    "Improve validation errors for {domain} requests"_L1,
    "Add integration tests for the {domain} flow"_L1,
    "Migrate {domain} configuration to the new schema"_L1,
    "Paginate {domain} list responses"_L1,
    "Cache {domain} lookups for 60 seconds"_L1,
    "Handle timeouts from downstream {domain} calls"_L1,
    "Log correlation ids in {service}"_L1,
    "Tune connection pool size for {service}"_L1,
    "Add feature flag for the new {domain} rules"_L1,
    "Fix flaky {domain} test"_L1,
    "Update CODEOWNERS for {service}"_L1,
    "Document {domain} events in the README"_L1,
    "Raise memory limit for {service} in production"_L1,
    "Add index on {domain} created_at"_L1,
    "Backfill missing {domain} records"_L1,
};

constexpr std::array rolloutTitles {
    "Elevated 5xx on {service} after {version} rollout"_L1,
    "Latency spike on {service} after deploying {version}"_L1,
    "{service} pods crash-looping after {version}"_L1,
    "Error rate above SLO on {service} following release {version}"_L1,
    "{domain} requests failing after {service} {version} went out"_L1,
};

constexpr std::array latentTitles {
    "Wrong {domain} totals since {version}"_L1,
    "{service} {version} silently dropping events"_L1,
    "Intermittent 500s on {service} traced to {version}"_L1,
};

constexpr std::array unrelatedTitles {
    "Database connection pool exhausted on {service}"_L1,
    "TLS certificate expiry alert on {service}"_L1,
    "Upstream provider outage degrading {service}"_L1,
    "Disk pressure on {service} nodes"_L1,
    "Kafka consumer lag on {service}"_L1,
    "Memory leak in {service} causing restarts"_L1,
    "Cache stampede on {domain} lookups"_L1,
    "DNS resolution failures from {service}"_L1,
};

struct Library
{
    QLatin1StringView language;
    QLatin1StringView name;
};

constexpr std::array libraries {
    Library { "Go"_L1, "google.golang.org/grpc"_L1 },
    Library { "Go"_L1, "golang.org/x/net"_L1 },
    Library { "Java"_L1, "spring-boot"_L1 },
    Library { "Java"_L1, "jackson-databind"_L1 },
    Library { "Kotlin"_L1, "ktor"_L1 },
    Library { "Kotlin"_L1, "kotlinx-coroutines"_L1 },
    Library { "Python"_L1, "pydantic"_L1 },
    Library { "Python"_L1, "requests"_L1 },
    Library { "TypeScript"_L1, "react"_L1 },
    Library { "TypeScript"_L1, "typescript"_L1 },
    Library { "Rust"_L1, "tokio"_L1 },
    Library { "Rust"_L1, "serde"_L1 },
    Library { "Ruby"_L1, "rails"_L1 },
    Library { "Ruby"_L1, "sidekiq"_L1 },
    Library { "Scala"_L1, "cats-effect"_L1 },
    Library { "Scala"_L1, "akka-http"_L1 },
};

QString dependencyBump(const ServiceInfo &service, DemoRandom &random)
{
    QList<QLatin1StringView> candidates;
    for (const Library &library : libraries) {
        if (library.language == service.language)
            candidates.append(library.name);
    }
    if (candidates.isEmpty())
        return {};
    const int major = random.between(1, 9);
    const int minor = random.between(0, 20);
    return u"Bump %1 from %2.%3.%4 to %2.%5.0"_s.arg(random.pick(candidates))
        .arg(major)
        .arg(minor)
        .arg(random.between(0, 9))
        .arg(minor + 1);
}

QString fill(QLatin1StringView text, const ServiceInfo &service, const Version &version = {})
{
    QString filled = QString(text)
                         .replace("{domain}"_L1, service.domainWords)
                         .replace("{service}"_L1, service.id)
                         .replace("{version}"_L1, version.toString());
    if (text.startsWith("{domain}"_L1)) // identifiers stay lower-case, words start a sentence
        filled[0] = filled.at(0).toUpper();
    return filled;
}
} // namespace

QString pullRequestTitle(const ServiceInfo &service, DemoRandom &random)
{
    if (random.chance(0.15)) { // routine dependency upgrades
        const QString bump = dependencyBump(service, random);
        if (!bump.isEmpty())
            return bump;
    }
    return fill(random.pick(std::span<const QLatin1StringView>(changeTitles)), service);
}

QString incidentTitle(const ServiceInfo &service, const IncidentRecord &incident, DemoRandom &random)
{
    std::span<const QLatin1StringView> titles = unrelatedTitles;
    if (incident.cause == IncidentCause::BadRollout || incident.cause == IncidentCause::FailedDeployment)
        titles = rolloutTitles;
    else if (incident.cause == IncidentCause::LatentBug)
        titles = latentTitles;
    return fill(random.pick(titles), service, incident.version);
}

} // namespace portolan::demo
