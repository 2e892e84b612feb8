#pragma once

#include <QStringList>

namespace portolan {

class CatalogStore;

// Renders the main screens of a portal (home, tables, an entity page's tabs, the graph, the
// palette, the audit log, dark mode) to PNG files in `folder` at 1280×800 and returns their
// paths. Works offscreen (QT_QPA_PLATFORM=offscreen).
QStringList renderScreens(CatalogStore &store, const QString &folder, QString *error);

} // namespace portolan
