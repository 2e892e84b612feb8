#pragma once

#include <QString>

class QWidget;

namespace portolan {

// Asks before a definition (an action, a scorecard, an initiative, a dashboard) is deleted:
// "Delete" is destructive, Cancel the default. `consequence` says what goes with it, if anything.
// True when the user chose Delete.
bool confirmDelete(QWidget *parent, const QString &title, const QString &question, const QString &consequence = {});

} // namespace portolan
