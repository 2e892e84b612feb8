#pragma once

#include "catalog/entity.h"
#include "schema/blueprint.h"

#include <functional>

namespace portolan {

// A synthetic catalog of any size for benchmarks: teams, systems, services, APIs and deployments
// (70% of all entities), about two relations per entity, every relation target emitted before use.
// Deterministic: entity i is the same in every run.
class BenchCatalog final
{
public:
    explicit BenchCatalog(qint64 entities);

    QList<Blueprint> blueprints() const;
    void generate(const std::function<void(const Entity &)> &sink) const;

    qint64 teams() const { return m_teams; }
    qint64 systems() const { return m_systems; }
    qint64 services() const { return m_services; }
    qint64 apis() const { return m_apis; }
    qint64 deployments() const { return m_deployments; }
    static QString serviceId(qint64 i);

private:
    qint64 m_teams, m_systems, m_services, m_apis, m_deployments;
};

} // namespace portolan
