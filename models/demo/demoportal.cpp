#include "demoportal.h"

#include "demoorganisation.h"
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
    CatalogImporter importer(store, {{}, false, false, actor, {}});
    return importer.apply(plan).problems;
}

} // namespace portolan
