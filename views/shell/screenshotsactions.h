#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace portolan {

class CatalogStore;
class MainWindow;

// Saves a screen: its name, how long the page took to load (negative: it did not), and the widget
// to grab (null: the window).
using SaveScreen = std::function<void(const QString &name, double waited, QWidget *what)>;

// The self-service screens: the actions page, an action's form, a wizard's second step, the runs
// list, a finished run with its log and a run waiting for approval.
void renderActionScreens(MainWindow &window, CatalogStore &store, const SaveScreen &save);

} // namespace portolan
