#pragma once

#include "actions/actiondefinition.h"
#include "schema/blueprint.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

class ActionEditor;
class ActionsPageSummary;
class CatalogStore;
class StoreLane;

// The portal's self-service actions: a list grouped by blueprint (operation chip, title,
// backend, approval), a search box, New / Edit / Duplicate / Delete (asks first) / Export JSON /
// Import JSON, and a summary of the selected action. Reads go through the lane; writes (the
// editor's Save, Delete, Import) through `store`, the UI thread's. Enter edits, Delete deletes,
// Ctrl+F searches.
class ActionsPage final : public QWidget
{
    Q_OBJECT
public:
    ActionsPage(StoreLane &lane, CatalogStore &store, QWidget *parent = nullptr);

    // Reloads actions and blueprints from the lane; loaded() follows.
    void refresh();

    QString currentIdentifier() const;
    void setCurrentIdentifier(const QString &identifier);
    const QList<ActionDefinition> &actions() const { return m_actions; }
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    ActionsPageSummary *summary() const { return m_summary; }
    // The editor open now (New, Edit, Duplicate), or null.
    ActionEditor *editor() const { return m_editor; }

    // The buttons' work, without file dialogs (tests, the command palette).
    void newAction();
    void editAction(const QString &identifier);
    void duplicateAction(const QString &identifier);
    // Asks, then deletes; false when the user said no or the store refused.
    bool deleteAction(const QString &identifier);
    // Every action as a JSON array of Port definitions; "" or why it failed.
    QString exportTo(const QString &path) const;
    // Reads a file of one definition, an array, or {"actions": […]}; all or nothing.
    Problems importFrom(const QString &path);

Q_SIGNALS:
    void runRequested(const QString &actionIdentifier);  // a CREATE action: open its form
    void runsRequested(const QString &actionIdentifier); // its runs
    void changed();                                      // after a save, delete or import
    void loaded();                                       // each time a refresh has been shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Snapshot {
        QList<ActionDefinition> actions;
        QList<Blueprint> blueprints;
    };
    void present(const Snapshot &snapshot);
    void rebuild();
    void filter();
    void selectionChanged();
    void openEditor(const QJsonObject &json, const QString &stored);
    const ActionDefinition *find(const QString &identifier) const;
    QString blueprintTitle(const QString &identifier) const;
    QStringList identifiers() const;
    QString actor() const;
    void exportClicked();
    void importClicked();

    StoreLane &m_lane;
    CatalogStore &m_store;
    QList<ActionDefinition> m_actions;
    QList<Blueprint> m_blueprints;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    ActionsPageSummary *m_summary = nullptr;
    ActionEditor *m_editor = nullptr;
    QString m_select; // to select once the next load is shown
};

} // namespace portolan
