#pragma once

#include "catalog/entity.h"
#include "common/problem.h"
#include "schema/blueprint.h"
#include "store/catalogwriter.h"

namespace portolan {

// What a set of input files asks to write, each item with where it came from.
struct ImportPlan {
    struct PlannedBlueprint {
        Blueprint blueprint;
        CatalogWriter::Source source;
    };
    struct PlannedEntity {
        Entity entity;
        CatalogWriter::Source source;
    };

    // A self-service action or automation, written after the blueprints and entities.
    struct PlannedAction {
        QJsonObject json;
        CatalogWriter::Source source;
    };

    QList<PlannedBlueprint> blueprints;
    QList<PlannedEntity> entities;
    QList<PlannedAction> actions;
    // Scorecards, initiatives and dashboards, written after the actions (in that order: each may
    // name the ones before).
    QList<PlannedAction> scorecards;
    QList<PlannedAction> initiatives;
    QList<PlannedAction> dashboards;
    Problems problems;
    QStringList files;
    // Backstage catalogs keep references to entities they do not contain (with a warning);
    // Port files must be complete.
    bool keepDanglingRelations = false;
    // Backstage blueprints are generated from what a catalog uses: they add to a stored blueprint
    // of the same kind instead of replacing it (another catalog may use more).
    bool mergeBlueprints = false;

    void append(const ImportPlan &other);
};

} // namespace portolan
