#pragma once

#include "place.h"
#include "schema/blueprint.h"
#include "sidebarlayout.h"

#include <QHash>
#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace portolan {

// The window's sidebar: Home, the catalog (a page per blueprint, in folders the user arranges by
// drag and drop or the context menu), the audit log, and the places later features will fill.
class Sidebar final : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(const QString &portalPath, QWidget *parent = nullptr);

    void setBlueprints(const QList<Blueprint> &blueprints, const QHash<QString, qint64> &counts);
    // Highlights the entry of `place` (its blueprint for entity and graph pages) without signalling.
    void select(const Place &place);
    SidebarLayout layout() const { return m_layout; }
    QTreeView *tree() const { return m_tree; }
    // Blueprint identifiers in the order the sidebar shows them.
    QStringList blueprintOrder() const;

    void newFolder(const QString &name);
    void moveToFolder(const QString &blueprint, const QString &folder); // empty folder: top level

Q_SIGNALS:
    void placeRequested(const portolan::Place &place);

private:
    void rebuild();
    void readLayoutFromTree();
    void showContextMenu(const QPoint &pos);
    QStandardItem *blueprintItem(const QString &identifier, const QString &title) const;

    QString m_portalPath;
    QList<Blueprint> m_blueprints;
    QHash<QString, qint64> m_counts;
    SidebarLayout m_layout;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QStandardItem *m_catalog = nullptr;
    bool m_rebuilding = false;
};

} // namespace portolan
