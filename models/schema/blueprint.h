#pragma once

#include "common/problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portolan {

// A property of a blueprint's schema (Port: `schema.properties.<id>`).
struct PropertyDef {
    QString id;
    QString title;
    QString description;
    QString icon;
    QString type;   // string | number | boolean | object | array
    QString format; // for strings: date-time, url, email, … (empty when none)
    QJsonArray enumValues;
    QJsonObject enumColors;
    QJsonValue defaultValue = QJsonValue::Undefined;
    QJsonObject items; // for arrays: the items' schema
    bool required = false;
};

// `relations.<id>`: {title, target, required, many}.
struct RelationDef {
    QString id;
    QString title;
    QString target;
    bool required = false;
    bool many = false;
};

// `mirrorProperties.<id>`: {title, path: "rel1.rel2.prop"}.
struct MirrorDef {
    QString id;
    QString title;
    QString path;
};

// `calculationProperties.<id>`: {title, type, format, calculation: "<jq>"}.
struct CalculationDef {
    QString id;
    QString title;
    QString type;
    QString format;
    QString calculation;
};

// `aggregationProperties.<id>`: {title, target, calculationSpec, query}.
// calculationBy "entities" → func count; calculationBy "property" → func sum|min|max|average|median.
struct AggregationDef {
    QString id;
    QString title;
    QString target;
    QString calculationBy = QStringLiteral("entities");
    QString func = QStringLiteral("count");
    QString property;
    QString averageOf = QStringLiteral("total");         // entities/average: hour | day | week | month | total
    QString measureTimeBy = QStringLiteral("$createdAt"); // entities/average: the date that places an entity in time
    QJsonObject query; // optional Port search rules {combinator, rules[]} over the target entities
};

// A blueprint in Port's JSON shape. `json` is kept as given (normalised on save) so that export
// round-trips fields Portolan does not interpret; the typed members are what the engine uses.
struct Blueprint {
    QString identifier;
    QString title;
    QString description;
    QString icon;
    QList<PropertyDef> properties;
    QStringList required;
    QList<RelationDef> relations;
    QList<MirrorDef> mirrors;
    QList<CalculationDef> calculations;
    QList<AggregationDef> aggregations;
    QJsonObject ownership;
    QJsonObject json;

    // Reads the Port shape; shape errors (a string where an object belongs…) go to `problems`
    // with their JSON path. The result is usable for validation even when problems were found.
    static Blueprint fromJson(const QJsonObject &json, Problems *problems = nullptr);
    QJsonObject toJson() const { return json; }

    const PropertyDef *property(QStringView id) const;
    const RelationDef *relation(QStringView id) const;
    const MirrorDef *mirror(QStringView id) const;
};

} // namespace portolan
