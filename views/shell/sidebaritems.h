#pragma once

#include "place.h"

#include <QList>
#include <optional>

class QModelIndex;
class QStandardItem;
class QStandardItemModel;

namespace portolan::SidebarItems {

// The sidebar's entries: what each one is, and the item flags that make drag and drop move only
// blueprints, and only into folders or the catalog.
enum class Kind { Home, Heading, Folder, Blueprint, Audit, Designer, Actions, Runs, Scorecards, Initiatives, Dashboards, Later };
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

QStandardItem *home();
QStandardItem *heading(const QString &title, bool acceptsDrops);
QStandardItem *folder(const QString &name);
QStandardItem *blueprint(const QString &identifier, const QString &title, qint64 count);
QStandardItem *audit();
QStandardItem *designer();
QStandardItem *actions();
QStandardItem *runs();
QStandardItem *scorecards();
QStandardItem *initiatives();
QStandardItem *dashboards();
// Entries for what later features add (disabled, with what they will be).
QList<QStandardItem *> laterPlaces();

// The place an entry opens, if any.
std::optional<Place> place(const QModelIndex &index);
// The entry for `place` (entity and graph pages select their blueprint).
QModelIndex find(const QStandardItemModel *model, const Place &place);

} // namespace portolan::SidebarItems
