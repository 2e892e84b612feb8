#include "demoenvironments.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
struct EnvironmentSeed
{
    QLatin1StringView id;
    QLatin1StringView title;
    QLatin1StringView type;
    QLatin1StringView region;
    QLatin1StringView cluster;
};

constexpr std::array<EnvironmentSeed, environmentCount> environments {
    EnvironmentSeed { "dev"_L1, "Development"_L1, "development"_L1, "eu-west-1"_L1, "k8s-dev-euw1"_L1 },
    EnvironmentSeed { "staging"_L1, "Staging"_L1, "staging"_L1, "eu-west-1"_L1, "k8s-stg-euw1"_L1 },
    EnvironmentSeed {
        "production"_L1, "Production"_L1, "production"_L1, "eu-central-1"_L1, "k8s-prd-euc1"_L1 },
};
} // namespace

QLatin1StringView environmentId(int environment)
{
    return environments.at(size_t(environment)).id;
}

Entity environmentEntity(int environment)
{
    const EnvironmentSeed &seed = environments.at(size_t(environment));
    Entity e;
    e.blueprint = u"environment"_s;
    e.identifier = seed.id;
    e.title = seed.title;
    e.properties = QJsonObject {
        { u"type"_s, QString(seed.type) },
        { u"region"_s, QString(seed.region) },
        { u"cluster"_s, QString(seed.cluster) },
    };
    return e;
}

} // namespace portolan::demo
