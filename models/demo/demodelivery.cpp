#include "demodelivery.h"

#include "demoenvironments.h"
#include "demopullrequests.h"
#include "demorandom.h"
#include "demoreleaseplanner.h"
#include "demotime.h"


using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
QString runningServiceId(const ServiceInfo &service, int environment)
{
    return service.id + u'-' + environmentId(environment);
}

QString health(const ServiceHistory &history, int environment, DemoRandom &random)
{
    if (environment == production) {
        // An incident still open at the end of the history shows on the production instance.
        int worst = 5;
        for (const IncidentRecord &incident : history.incidents) {
            if (incident.open)
                worst = std::min(worst, incident.severity);
        }
        if (worst <= 2)
            return u"unhealthy"_s;
        if (worst <= 4)
            return u"degraded"_s;
    }
    static const QStringList states { u"healthy"_s, u"degraded"_s, u"unhealthy"_s, u"unknown"_s };
    return states.at(
        environment == production ? random.weighted({ 94, 5, 1, 0 }) : random.weighted({ 84, 9, 4, 3 }));
}

Entity runningServiceEntity(
    const DemoWorld &world, int index, int environment, const ServiceHistory &history, DemoRandom &random)
{
    const ServiceInfo &service = world.services.at(index);
    Version version = service.version;
    qint64 deployedAt = 0;
    for (const DeploymentRecord &d : history.deployments) {
        if (d.environment == environment && d.status == "success"_L1 && d.finishedAt >= deployedAt) {
            version = d.version;
            deployedAt = d.finishedAt;
        }
    }
    const int replicas = environment != production ? random.between(1, 2)
        : service.tier == 1                        ? random.between(3, 12)
        : service.tier == 2                        ? random.between(2, 6)
                                                   : random.between(1, 3);
    Entity e;
    e.blueprint = u"runningService"_s;
    e.identifier = runningServiceId(service, environment);
    e.title = service.title + u" ("_s + environmentId(environment) + u')';
    e.properties = QJsonObject {
        { u"version"_s, version.toString() },
        { u"replicas"_s, replicas },
        { u"health"_s, health(history, environment, random) },
    };
    if (deployedAt > 0)
        e.properties.insert(u"lastDeployedAt"_s, isoTime(deployedAt));
    e.relations = QJsonObject { { u"service"_s, service.id },
        { u"environment"_s, QString(environmentId(environment)) } };
    return e;
}

Entity deploymentEntity(const DemoWorld &world, const ServiceInfo &service, const DeploymentRecord &d)
{
    Entity e;
    e.blueprint = u"deployment"_s;
    e.identifier = d.id;
    e.title = u"%1 %2 to %3"_s.arg(service.id, d.version.toString(), environmentId(d.environment));
    e.properties = QJsonObject {
        { u"status"_s, d.status },
        { u"startedAt"_s, isoTime(d.startedAt) },
        { u"finishedAt"_s, isoTime(d.finishedAt) },
        { u"commitAt"_s, isoTime(d.commitAt) },
        { u"version"_s, d.version.toString() },
        { u"hotfix"_s, d.hotfix },
        { u"triggeredBy"_s, world.users.at(d.triggeredBy).email },
    };
    e.relations = QJsonObject { { u"runningService"_s, runningServiceId(service, d.environment) },
        { u"service"_s, service.id } };
    return e;
}
} // namespace

QList<IncidentRecord> emitDelivery(const DemoWorld &world, int service, const EntitySink &sink)
{
    const ServiceHistory history = ReleasePlanner(world, service).plan();
    DemoRandom random(world.seed, RunningServiceStream, quint32(service));
    for (int environment = 0; environment < environmentCount; ++environment)
        sink(runningServiceEntity(world, service, environment, history, random));
    for (const DeploymentRecord &d : history.deployments)
        sink(deploymentEntity(world, world.services.at(service), d));
    emitPullRequests(world, service, history, sink);
    return history.incidents;
}

} // namespace portolan::demo
