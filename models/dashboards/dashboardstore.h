#pragma once

#include "dashboards/dashboard.h"
#include "schema/blueprint.h"
#include "store/changeset.h"

#include <optional>

namespace portolan {

class Database;

// The portal's saved dashboards (table `dashboards`, in the order first written). Writes validate
// each dashboard (validateDashboard), write an audit entry of kind "dashboard" and are all or
// nothing, like ActionStore.
class DashboardStore final
{
public:
    explicit DashboardStore(const Database &db);

    QList<Dashboard> dashboards() const;
    QList<QJsonObject> definitions() const;
    std::optional<Dashboard> dashboard(const QString &identifier) const;
    // Own transaction. `scorecards`, `initiatives`: identifiers widgets may refer to.
    Problems save(const QList<QJsonObject> &dashboards, const QHash<QString, Blueprint> &blueprints,
                  const QStringList &scorecards, const QStringList &initiatives, const QString &actor, Origin origin);
    Problems remove(const QString &identifier, const QString &actor, Origin origin);
    // Inside a transaction the caller holds (bundle import).
    Problems write(const QList<QJsonObject> &dashboards, const QHash<QString, Blueprint> &blueprints,
                   const QStringList &scorecards, const QStringList &initiatives, const QString &actor, Origin origin);

private:
    const Database &m_db;
};

// The ready-made dashboards shipped with Portolan (resources/dashboards: a developer's home, an
// initiative dashboard, a scorecard overview, DORA), to start a new dashboard from.
QList<Dashboard> readyMadeDashboards();

} // namespace portolan
