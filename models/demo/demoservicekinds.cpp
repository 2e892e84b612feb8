#include "demoservicekinds.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
constexpr std::array product {
    ServiceKind { "api"_L1, "Public REST API for %1."_L1, {}, true },
    ServiceKind { "service"_L1, "Core %1 service: owns the %1 domain model and its database."_L1, {}, true },
    ServiceKind { "worker"_L1, "Background worker that processes %1 jobs from the queue."_L1, {}, false },
    ServiceKind { "consumer"_L1, "Consumes %1 events from Kafka and updates the read models."_L1, {}, false },
    ServiceKind { "web"_L1, "Customer-facing web front end for %1."_L1, "TypeScript"_L1, true },
    ServiceKind {
        "bff"_L1, "Backend for front end that shapes %1 data for the apps."_L1, "TypeScript"_L1, true },
    ServiceKind {
        "scheduler"_L1, "Runs scheduled %1 tasks: nightly batches, retries and expiries."_L1, {}, false },
    ServiceKind { "sync"_L1, "Keeps %1 data in sync with partner systems."_L1, {}, false },
    ServiceKind { "admin"_L1, "Internal admin console for %1 operations."_L1, "TypeScript"_L1, false },
    ServiceKind { "events"_L1, "Publishes %1 domain events to the event bus."_L1, {}, false },
    ServiceKind { "adapter"_L1, "Adapter between %1 and third-party providers."_L1, {}, false },
    ServiceKind { "store"_L1, "Storage service for %1 records with an audit history."_L1, {}, false },
};

constexpr std::array platform {
    ServiceKind { "gateway"_L1, "Gateway that routes and authenticates %1 traffic."_L1, {}, true },
    ServiceKind { "api"_L1, "Internal API for %1."_L1, {}, true },
    ServiceKind { "service"_L1, "Core %1 service used by most product teams."_L1, {}, true },
    ServiceKind { "proxy"_L1, "Proxy in front of %1 handling retries, timeouts and mTLS."_L1, {}, true },
    ServiceKind { "operator"_L1, "Kubernetes operator that manages %1 resources."_L1, "Go"_L1, false },
    ServiceKind { "controller"_L1, "Reconciles the desired %1 state across clusters."_L1, "Go"_L1, false },
    ServiceKind { "agent"_L1, "Node agent that collects %1 data."_L1, {}, false },
    ServiceKind { "cache"_L1, "Read-through cache for %1 lookups."_L1, {}, false },
    ServiceKind { "exporter"_L1, "Exports %1 metrics to the monitoring stack."_L1, "Go"_L1, false },
    ServiceKind { "cli"_L1, "Command-line tool engineers use to work with %1."_L1, {}, false },
    ServiceKind { "ui"_L1, "Web console for %1."_L1, "TypeScript"_L1, false },
};

constexpr std::array data {
    ServiceKind { "api"_L1, "Serving API for %1 results."_L1, {}, true },
    ServiceKind { "etl"_L1, "Nightly ETL job loading %1 data into the warehouse."_L1, "Python"_L1, false },
    ServiceKind { "pipeline"_L1, "Streaming pipeline that enriches %1 events."_L1, {}, false },
    ServiceKind { "ingest"_L1, "Ingests raw %1 data from upstream producers."_L1, {}, false },
    ServiceKind { "indexer"_L1, "Builds and refreshes the %1 index."_L1, {}, false },
    ServiceKind { "stream"_L1, "Stream processor computing %1 aggregates in near real time."_L1, {}, false },
    ServiceKind { "jobs"_L1, "Batch jobs for %1 maintenance and backfills."_L1, "Python"_L1, false },
    ServiceKind { "loader"_L1, "Loads %1 snapshots into the serving stores."_L1, {}, false },
    ServiceKind { "model"_L1, "Trains and serves the %1 model."_L1, "Python"_L1, true },
    ServiceKind { "service"_L1, "Online %1 service answering requests in milliseconds."_L1, {}, true },
};
} // namespace

std::span<const ServiceKind> serviceKinds(Stack stack)
{
    switch (stack) {
    case Stack::Product:
        return product;
    case Stack::Platform:
        return platform;
    case Stack::Data:
        return data;
    }
    return product;
}

} // namespace portolan::demo
