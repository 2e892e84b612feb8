#pragma once

#include "actions/runstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace portolan {

class RunListModel;
class StoreLane;

// The runs list: newest first, filtered by text, status, "Mine" and "Waiting for my approval"
// (the current user is QSettings "identity/user"), optionally scoped to an action or an entity.
// Reads go through the lane; while any listed run is open the list polls every 2 s.
class RunsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPage(StoreLane &lane, QWidget *parent = nullptr);

    // Reloads the list (the window calls it when a run changes).
    void refresh();
    // The scope the page shows ("runs of this action / this entity"): its action, blueprint and
    // entity fields are kept; the filter bar adds status and user. `title` names the scope.
    void setFilter(const RunFilter &filter, const QString &title = {});
    // What the next load asks the store for (the scope plus the filter bar).
    RunFilter effectiveFilter() const;

    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isPolling() const;
    QString emptyText() const; // the empty state's text ("" while the table shows)

Q_SIGNALS:
    void runRequested(const QString &runId);
    void loaded(); // each time a load has been swapped in

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(bool withNames);
    void updateEmptyState();
    void updateUserFilters();
    QString currentUser() const;

    StoreLane &m_lane;
    RunFilter m_scope;
    RunListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_myApproval = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_poll = nullptr;
    bool m_namesLoaded = false;
};

} // namespace portolan
