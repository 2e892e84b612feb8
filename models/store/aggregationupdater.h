#pragma once

#include "schema/blueprint.h"

#include <QHash>
#include <QSet>

namespace portolan {

class Database;

// Keeps aggregation properties current inside a write: recomputes them for every host entity that
// was written, that gained or lost a related entity, or whose related entities changed.
// (Port recomputes every 15 minutes and caps hosts at 20,000 entities; here it is part of the write.)
class AggregationUpdater final
{
public:
    AggregationUpdater(Database &db, const QHash<QString, Blueprint> &blueprints);

    bool update(const QSet<qint64> &written, const QSet<qint64> &neighbours, const QSet<QString> &changedBlueprints);
    QString error() const { return m_error; }

private:
    QSet<qint64> affectedHosts(const Blueprint &host, const QSet<qint64> &touched, bool all);
    bool recompute(const Blueprint &host, qint64 id);

    Database &m_db;
    const QHash<QString, Blueprint> &m_blueprints;
    QString m_error;
};

} // namespace portolan
