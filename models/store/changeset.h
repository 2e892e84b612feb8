#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace portolan {

// Where a change came from; recorded in the audit log and passed to subscribers.
enum class Origin { Import, UI, Sync, ActionRun, Migration };
QString originName(Origin origin);

// What one committed write changed, by blueprint: subscribers (views, scorecards, automations)
// refresh just that.
struct ChangeSet {
    Origin origin = Origin::Import;
    QSet<QString> blueprints;                      // blueprint definitions written
    QHash<QString, QSet<QString>> createdEntities; // blueprint → identifiers
    QHash<QString, QSet<QString>> updatedEntities;
    QHash<QString, QSet<QString>> deletedEntities;

    bool isEmpty() const;
    qsizetype entityCount() const;
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::ChangeSet)
