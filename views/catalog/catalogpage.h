#pragma once

#include "schema/blueprint.h"
#include "store/catalogstore.h"
#include "table/tablestate.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace portolan {

class CountLabel;
class DisplayValueDelegate;
class EntityTableModel;
class ExportRunner;
class FilterBar;
class FilterEditor;
class GroupedTableModel;
class GroupedTableView;
class SavedViewsMenu;
class SortHeader;
class StoreLane;
class TableModelBase;

// One blueprint's table: title and count, free-text search, filter rules, "owned by my teams",
// columns, multi-column sort, grouping, saved views and export. Everything is read on the
// StoreLane; the page shows the first rows as soon as they arrive and the count after them.
class CatalogPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(StoreLane &lane, QWidget *parent = nullptr);
    ~CatalogPage() override;

    void showBlueprint(const Blueprint &blueprint);
    QString blueprint() const { return m_blueprint.identifier; }
    void setMyTeams(const QStringList &teams);
    bool isLoading() const;
    QTableView *table() const { return m_table; }
    QTreeView *groupedTable() const;
    void setState(const TableState &state);
    TableState state() const { return m_state; }

    // Reads the blueprint's CREATE actions again (after actions were edited).
    void reloadCreateActions();

Q_SIGNALS:
    void entityActivated(const portolan::EntityKey &key);
    void createActionRequested(const QString &blueprint, const QString &actionIdentifier);
    void firstRowsShown(); // the first page of the current query is on screen

private:
    void build();
    void buildViews();
    TableModelBase *activeModel() const;
    void applyState();
    void applyHeader();
    void updateCount();
    void updateLoading();
    void headerClicked(int logical, bool add);
    void headerMoved();
    void chooseColumns();
    void exportView(bool csv);

    StoreLane &m_lane;
    Blueprint m_blueprint;
    TableState m_state;
    QHash<QString, TableState> m_visited; // blueprint → its table's state when last left
    QStringList m_myTeams;
    EntityTableModel *m_flat = nullptr;
    GroupedTableModel *m_grouped = nullptr;
    QLabel *m_title = nullptr;
    CountLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_create = nullptr; // the blueprint's CREATE actions; hidden when it has none
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_groupBy = nullptr;
    SavedViewsMenu *m_views = nullptr;
    FilterEditor *m_filterEditor = nullptr;
    FilterBar *m_filterBar = nullptr;
    QProgressBar *m_loading = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    GroupedTableView *m_tree = nullptr;
    SortHeader *m_tableHeader = nullptr;
    SortHeader *m_treeHeader = nullptr;
    DisplayValueDelegate *m_delegate = nullptr;
    ExportRunner *m_export = nullptr;
    QList<TableModelBase *> m_stale; // models to reload from scratch when next shown
};

} // namespace portolan
