#pragma once

#include "common/problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace portolan {

// What a model change must do to stored data beyond what the blueprints' difference says.
// Values of properties and relations that no longer exist are simply dropped (the impact preview
// counts them); these steps say what the difference cannot: a rename carries values over, a type
// change converts them with a jq program, a deleted blueprint takes its entities with it.
// Steps apply in order to every stored entity of their blueprint.
struct DataStep {
    enum class Kind { RenameProperty, RenameRelation, TransformProperty, DeleteBlueprint };

    Kind kind = Kind::RenameProperty;
    QString blueprint;
    QString from;      // Rename*: the old identifier; TransformProperty: the property
    QString to;        // Rename*: the new identifier
    QString transform; // TransformProperty: jq over the old value (`.`), giving the new one
    bool cascade = false; // DeleteBlueprint: relations of other blueprints to it were removed too

    QJsonObject toJson() const;
    // Problems carry JSON paths under `path`.
    static std::optional<DataStep> fromJson(const QJsonObject &json, const QString &path, Problems *problems);
    QString describe() const; // one line for people: "rename property tier → level on service"
    friend bool operator==(const DataStep &, const DataStep &) = default;
};

using DataSteps = QList<DataStep>;

} // namespace portolan
