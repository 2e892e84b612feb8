#pragma once

#include "common/problem.h"
#include "design/datastep.h"
#include "design/modeldraft.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace portolan {

// A model change as a plain value and a file (portal-as-code): the blueprints it creates or
// changes (their new JSON), those it deletes, and the data steps that carry stored values over.
// Applied by applyMigration (migrationrunner.h); the audit log keeps every applied one.
struct ModelMigration {
    static constexpr int FormatVersion = 1; // "portolanMigration": 1

    QUuid id;
    QString createdAt; // ISO 8601, UTC
    QString actor;
    QString summary;
    QList<QJsonObject> blueprints; // created or changed, in the draft's order
    QStringList removedBlueprints;
    DataSteps steps;
    QString appliedAt; // set when read from the audit log (not part of the file)

    static ModelMigration fromDraft(const ModelDraft &draft, const QString &actor);
    bool isEmpty() const { return blueprints.isEmpty() && removedBlueprints.isEmpty() && steps.isEmpty(); }
    QString idText() const { return id.toString(QUuid::WithoutBraces); }

    QJsonObject toJson() const;
    // Problems carry JSON paths ($.steps[2].from).
    static std::optional<ModelMigration> fromJson(const QJsonObject &json, Problems *problems);
    // Reads a migration file; problems name the file.
    static std::optional<ModelMigration> load(const QString &path, Problems *problems);
    // Writes the file (indented JSON); returns an error message, empty on success.
    QString save(const QString &path) const;

    // Replays the migration onto a portal's stored blueprints: its steps as designer edits (so a
    // rename of a property that portal lacks is refused), then its blueprints. Refusals go to
    // `problems` at the step's or blueprint's path.
    ModelDraft draftOn(const QList<Blueprint> &stored, Problems *problems) const;
};

} // namespace portolan
