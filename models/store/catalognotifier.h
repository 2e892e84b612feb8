#pragma once

#include "changeset.h"

#include <QObject>

namespace portolan {

// Announces committed changes to the store. The GUI and the engines (scorecards, automations)
// connect to it; it emits on the thread that wrote, after the transaction committed.
class CatalogNotifier final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const portolan::ChangeSet &changes);
};

} // namespace portolan
