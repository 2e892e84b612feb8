#pragma once

#include "actionrun.h"
#include "catalog/namedirectory.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>
#include <utility>

namespace portolan {

class CatalogStore;

// What a run page shows, read in one lane job: the run, its log lines after a sequence number,
// the entities it touched and their titles. A full load (opening the page) adds the names of
// people and the action's input titles in form order; the 500 ms polls skip those.
struct RunSnapshot {
    std::optional<ActionRun> run;
    QList<RunLogLine> logs;
    QList<RunEntityChange> entities;
    QHash<QString, QString> titles; // "blueprint/identifier" → title, only those not already known
    bool full = false;
    NameDirectory names;                               // full loads
    QList<std::pair<QString, QString>> inputTitles;    // full loads: (key, title) in the form's order

    static QString entityKey(const QString &blueprint, const QString &identifier) { return blueprint + u'/' + identifier; }

    // Run it on a StoreLane. `knownTitles`: entity keys the page already has titles for.
    static RunSnapshot load(CatalogStore &store, const QString &runId, qint64 afterSeq, bool full,
                            const QSet<QString> &knownTitles = {});
};

} // namespace portolan
