#include "demoportal.h"

#include "demoactions.h"
#include "demoorganisation.h"
#include "demoruns.h"
#include "demoscoring.h"
#include "importing/catalogimporter.h"
#include "seedcatalog.h"
#include "store/catalogstore.h"

using namespace Qt::StringLiterals;

namespace portolan {

Problems createDemoPortal(CatalogStore &store, quint32 seed, QDate anchor, const QString &actor)
{
    ImportPlan plan = seedCatalogPlan();
    const DemoOrganisation organisation(seed, anchor);
    for (const Blueprint &bp : organisation.blueprints())
        plan.blueprints.append({bp, {u"demo organisation"_s, 0, 0, {}}});
    organisation.generate([&plan](const Entity &e) { plan.entities.append({e, {u"demo organisation"_s, 0, 0, {}}}); });
    // The self-service catalogue (resources/actions), written in the same transaction.
    for (const QJsonObject &action : demoActions() + demoAutomations())
        plan.actions.append({action, {u"demo actions"_s, 0, 0, {}}});
    CatalogImporter importer(store, {{}, false, false, actor, {}});
    const CatalogImporter::Result result = importer.apply(plan);
    if (!result.ok)
        return result.problems;
    addDemoRuns(store, anchor);
    // Scorecards, initiative and dashboards grade the catalog just written, with their history.
    Problems problems = result.problems;
    problems.append(addDemoScoring(store, seed, anchor, actor));
    return problems;
}

} // namespace portolan
