#pragma once

#include "common/problem.h"
#include "store/changeset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace portolan {

class Database;

// One table of JSON definitions (actions, scorecards, initiatives, dashboards: columns identifier,
// json, position) with an audit entry per change. The stores validate and convert; this class
// only reads and writes rows, so the four stores share one way to keep order and audit.
class DefinitionTable final
{
public:
    // What the audit's blueprint column holds for a definition ("" when the kind has none).
    using BlueprintOf = std::function<QString(const QJsonObject &definition)>;

    // `auditKind` is also the noun of every message ("could not write scorecard …").
    DefinitionTable(const Database &db, QString table, QString auditKind, BlueprintOf blueprintOf = {});

    QList<QJsonObject> all() const; // in the order first written
    QJsonObject one(const QString &identifier) const; // empty when there is none

    // In the caller's transaction. A new identifier goes last; an update keeps its position; an
    // unchanged definition writes nothing, not even an audit entry.
    Problems put(const QString &identifier, const QJsonObject &json, const QString &actor, Origin origin) const;
    // In the caller's transaction; a missing identifier is an error ("no dashboard \"x\"").
    Problems remove(const QString &identifier, const QString &actor, Origin origin) const;

    // Runs `work` in a transaction of its own, committed only when it reports no errors (all or
    // nothing); `failure` prefixes a commit error ("could not save the actions: ").
    Problems inTransaction(const QString &failure, const std::function<Problems()> &work) const;

private:
    Problems audit(const QString &change, const QString &identifier, const QJsonObject &before,
                   const QJsonObject &after, const QString &actor, Origin origin) const;

    const Database &m_db;
    QString m_table;
    QString m_kind;
    BlueprintOf m_blueprintOf;
};

} // namespace portolan
