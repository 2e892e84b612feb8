#include "demoorganisation.h"

#include "demoblueprints.h"
#include "demodelivery.h"
#include "demoenvironments.h"
#include "demoincidents.h"
#include "demolog.h"
#include "demoroster.h"
#include "demoservices.h"
#include "demotime.h"
#include "demoworld.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int serviceCount = 300;
constexpr int historyDays = 90;
} // namespace

DemoOrganisation::DemoOrganisation(quint32 seed, QDate anchor)
    : m_seed(seed)
    , m_anchor(anchor)
{
}

QList<Blueprint> DemoOrganisation::blueprints() const
{
    QList<Blueprint> result;
    for (const QJsonObject &json : demo::demoBlueprintJson()) {
        Problems problems;
        result.append(Blueprint::fromJson(json, &problems));
        for (const Problem &problem : std::as_const(problems))
            qCWarning(lcDemo) << "demo blueprint" << json.value("identifier"_L1).toString()
                              << problem.toString();
    }
    return result;
}

void DemoOrganisation::generate(const std::function<void(const Entity &)> &sink) const
{
    QElapsedTimer timer;
    timer.start();
    qsizetype emitted = 0;
    const demo::EntitySink counted = [&](const Entity &entity) {
        ++emitted;
        sink(entity);
    };

    demo::DemoWorld world;
    world.seed = m_seed;
    world.historyEnd = QDateTime(m_anchor, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    world.historyStart = world.historyEnd - historyDays * demo::day;
    demo::buildRoster(world);
    demo::buildServices(world, serviceCount);

    for (int i = 0; i < demo::environmentCount; ++i)
        counted(demo::environmentEntity(i));
    for (int i = 0; i < world.teams.size(); ++i)
        counted(demo::teamEntity(world, i));
    for (int i = 0; i < world.users.size(); ++i)
        counted(demo::userEntity(world, i));
    for (int i = 0; i < world.services.size(); ++i)
        counted(demo::serviceEntity(world, i));
    // Each service's running instances, deployments and pull requests; incidents wait until all
    // services are done because they are numbered across the organisation.
    QList<demo::IncidentRecord> incidents;
    for (int i = 0; i < world.services.size(); ++i)
        incidents += demo::emitDelivery(world, i, counted);
    demo::emitIncidents(world, incidents, counted);

    qCDebug(lcDemo) << "generated" << emitted << "entities for seed" << m_seed << "and anchor" << m_anchor
                    << "in" << timer.elapsed() << "ms";
}

} // namespace portolan
