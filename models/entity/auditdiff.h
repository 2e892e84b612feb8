#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace portolan {

// One difference between an audit entry's before and after JSON.
struct AuditChange {
    enum class Kind { Added, Removed, Changed };
    QString path; // dotted JSON path: "properties.language", "team"
    Kind kind = Kind::Changed;
    QJsonValue before; // Undefined when added
    QJsonValue after;  // Undefined when removed
    friend bool operator==(const AuditChange &, const AuditChange &) = default;
};

namespace AuditDiff {
// The changes from `before` to `after`, in path order (meta-properties such as $updatedAt last). Nested objects are walked (a create lists
// each added leaf, a delete each removed one); arrays and scalars are compared as whole values.
QList<AuditChange> diff(const QJsonObject &before, const QJsonObject &after);
// "properties.language" for ("properties", "language"); keys that are not identifiers are quoted.
QString joinPath(const QString &parent, const QString &key);
} // namespace AuditDiff

} // namespace portolan
