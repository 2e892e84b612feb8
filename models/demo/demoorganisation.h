#pragma once

#include "catalog/entity.h"
#include "schema/blueprint.h"

#include <QDate>
#include <QList>
#include <functional>

namespace portolan {

// A made-up but believable engineering organisation for demos, screenshots, benchmarks and tests:
// ~20 teams, their people, ~300 services with dependencies, three environments, and 90 days of
// deployments, pull requests and incidents shaped so that scorecards and DORA dashboards have
// something to say. Deterministic: the seed and the anchor date decide every byte.
class DemoOrganisation final
{
public:
    // Same seed + same anchor → byte-identical output. `anchor` is "today" for the 90 days of
    // history, which cover the 90 whole days before it (UTC): nothing happens on or after it.
    explicit DemoOrganisation(quint32 seed = 20261122, QDate anchor = QDate::currentDate());

    QList<Blueprint> blueprints() const;
    // Emits every entity once, relation targets before the entities that point at them.
    void generate(const std::function<void(const Entity &)> &sink) const;

    quint32 seed() const { return m_seed; }
    QDate anchor() const { return m_anchor; }

private:
    quint32 m_seed;
    QDate m_anchor;
};

} // namespace portolan
