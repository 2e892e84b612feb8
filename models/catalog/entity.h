#pragma once

#include "common/problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// An entity in Port's JSON shape. Relations keep Port's form: a relation's value is one identifier,
// a list of identifiers, or null.
struct Entity {
    QString identifier;
    QString title;
    QString blueprint;
    QString icon;
    QStringList team;
    QJsonObject properties;
    QJsonObject relations;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
    QString updatedBy;

    // Reads the Port shape; `team` may be a string or a list. Shape errors go to `problems`.
    static Entity fromJson(const QJsonObject &json, Problems *problems = nullptr);
    // Port's shape; meta-properties ($createdAt …) are included when `withMeta` is set.
    QJsonObject toJson(bool withMeta = true) const;

    // The identifiers a relation points at, whatever its form.
    QStringList relationTargets(const QString &relation) const;
    static QStringList targetsOf(const QJsonValue &relationValue);
};

} // namespace portolan
