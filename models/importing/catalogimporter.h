#pragma once

#include "importplan.h"
#include "portreader.h"

#include <functional>
#include <optional>

namespace portolan {

class CatalogStore;

// Imports files and folders into the store, all or nothing: Port JSON (blueprints, entities,
// bundles), Portolan's own YAML export, and Backstage catalog-info.yaml (Locations followed).
// Blueprints are written before entities and relations are resolved after every entity is in,
// so the order of files does not matter. On any error nothing is written.
class CatalogImporter final
{
public:
    struct Options {
        QString defaultBlueprint;
        bool repairQuotes = false;
        bool dryRun = false; // validate everything, write nothing (`portolan validate`)
        QString actor;
        // Entities written so far and in all; called now and then during long imports.
        std::function<void(qsizetype done, qsizetype total)> progress;
    };
    struct Result {
        Problems problems;
        QStringList files;
        qsizetype blueprints = 0;
        qsizetype entities = 0;
        qsizetype actions = 0;
        qsizetype scorecards = 0;
        qsizetype initiatives = 0;
        qsizetype dashboards = 0;
        bool ok = false;
    };

    CatalogImporter(CatalogStore &store, Options options);

    Result importPaths(const QStringList &paths);
    // Reads without writing: the plan the paths describe.
    ImportPlan plan(const QStringList &paths) const;
    Result apply(const ImportPlan &plan);

private:
    std::optional<ImportPlan> readYamlBundle(const QString &path) const;
    ImportPlan readBackstage(const QStringList &paths) const;
    // Adds line:column to problems that name a JSON file and a JSON path.
    void placeProblems(Problems &problems);
    // Scorecards, initiatives and dashboards, in the import's transaction, after the actions.
    void writeScoring(const ImportPlan &plan, const QHash<QString, Blueprint> &blueprints, Result &result);

    CatalogStore &m_store;
    Options m_options;
};

} // namespace portolan
