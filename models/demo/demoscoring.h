#pragma once

#include "common/problem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace portolan {

class CatalogStore;

// The demo's scorecards (production readiness, DORA, security), its initiative and the ready-made
// dashboards, read from the resources (resources/scorecards, resources/initiatives,
// resources/dashboards). Their dates were written for the anchor 2026-11-22 and move with `anchor`,
// so the upcoming rule is always a month ahead and the deadline six weeks ahead.
inline const QDate demoScoringAuthoredAnchor{2026, 11, 22};
QList<QJsonObject> demoScorecards(QDate anchor);
QList<QJsonObject> demoInitiatives(QDate anchor);
QList<QJsonObject> demoDashboards();

// Writes the scorecards, initiative and dashboards into a demo portal whose catalog is already
// written, grades every entity (as of `anchor`, 00:00 UTC), writes ~120 days of history leading
// to today's results, and two exemptions (one approved with an expiry, one pending).
Problems addDemoScoring(CatalogStore &store, quint32 seed, QDate anchor, const QString &actor);

} // namespace portolan
