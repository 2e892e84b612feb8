#pragma once

#include "dashboards/dashboard.h"
#include "dashboards/widgetdata.h"
#include "drilldowndialog.h"
#include "schema/blueprint.h"
#include "store/catalogstore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace portolan {

class DashboardView;
class StoreLane;

// The portal's dashboards: choose one (New, New from ready-made…, Duplicate, Delete, Import /
// Export JSON), filter it dashboard-wide (a team, "My teams", the DORA window), see its widgets in
// their grid, edit it (add, edit, remove, move widgets; title and description; Save / Cancel),
// drill into any figure, and export the grid as PNG or PDF. Reads and computation run on the
// lane; definitions are written through DashboardStore on `store`, the UI thread's.
class DashboardsPage final : public QWidget
{
    Q_OBJECT
public:
    DashboardsPage(StoreLane &lane, CatalogStore &store, QWidget *parent = nullptr);

    // Reloads the dashboards and the catalog's names, then recomputes the widgets shown (the
    // catalog or the scorecard results changed). loaded() follows.
    void refresh();
    void showDashboard(const QString &identifier);

    QString currentIdentifier() const;
    const QList<Dashboard> &dashboards() const { return m_dashboards; }
    DashboardView *view() const { return m_view; }
    bool isEditing() const { return m_editing; }
    // The drill-down open now (the last one opened), or null.
    DrillDownDialog *drillDown() const { return m_drillDown; }

    // The buttons' work, without file dialogs (tests, the command palette).
    void newDashboard();
    void newFromReadyMade(const QString &identifier);
    void duplicateDashboard();
    bool deleteDashboard(); // asks first
    void setEditing(bool editing);
    void addWidget();                    // opens the widget editor (modal)
    void editWidget(const QString &id);  // opens the widget editor (modal)
    void removeWidget(const QString &id);
    void moveWidget(const QString &id, int delta);
    Problems save();                     // edit mode: writes the draft
    void cancelEditing();
    void openDrill(const Drill &drill);
    QString exportTo(const QString &path) const; // every dashboard as JSON; "" or why not
    Problems importFrom(const QString &path);
    QString exportPng(const QString &path);
    QString exportPdf(const QString &path);

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void changed(); // a dashboard was saved, deleted or imported
    void loaded();

private:
    struct Snapshot {
        QList<Dashboard> dashboards;
        QHash<QString, Blueprint> blueprints;
        QStringList scorecards;
        QStringList initiatives;
        QList<QPair<QString, QString>> teams; // identifier, title
        QStringList myTeams;
    };
    void present(const Snapshot &snapshot);
    void rebuildChooser();
    void showCurrent();
    void recomputeView();
    void updateButtons();
    WidgetContext context() const;
    QString actor() const;
    QString uniqueIdentifier(const QString &base) const;
    Problems write(const Dashboard &dashboard);
    void exportImage(const QString &format);
    void exportJsonClicked();
    void importJsonClicked();
    void chooseReadyMade();

    StoreLane &m_lane;
    CatalogStore &m_store;
    QList<Dashboard> m_dashboards;
    QHash<QString, Blueprint> m_blueprints;
    QStringList m_scorecards;
    QStringList m_initiatives;
    QStringList m_myTeams;
    Dashboard m_current; // as shown (the draft while editing)
    bool m_editing = false;
    QString m_select;

    QComboBox *m_chooser = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_readyMade = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QToolButton *m_json = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_team = nullptr;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_window = nullptr;
    QWidget *m_editBar = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    DashboardView *m_view = nullptr;
    QPointer<DrillDownDialog> m_drillDown;
};

} // namespace portolan
