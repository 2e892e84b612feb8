#pragma once

#include "scoring/initiative.h"
#include "store/catalogstore.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace portolan {

class InitiativeView;
class StoreLane;

// The portal's initiatives: a list (title, scorecard, deadline, progress, status) and the
// selected one in full (InitiativeView). New / Edit open InitiativeDialog; Delete asks. Reads
// (definitions, scorecards, progress replayed from history) go through the lane; writes through
// `store`, the UI thread's, with InitiativeStore.
class InitiativesPage final : public QWidget
{
    Q_OBJECT
public:
    InitiativesPage(StoreLane &lane, CatalogStore &store, QWidget *parent = nullptr);

    // Reloads everything from the lane (call when scorecard results change); loaded() follows.
    void refresh();
    QString currentIdentifier() const;
    void setCurrentIdentifier(const QString &identifier);
    // The day progress is measured on (tests; the current date unless set).
    void setToday(const QDate &today);

    const QList<Initiative> &initiatives() const { return m_initiatives; }
    QTreeWidget *list() const { return m_list; }
    InitiativeView *view() const { return m_view; }

    // The buttons' work. The dialog is modal; these return after it closes.
    void newInitiative();
    void editInitiative(const QString &identifier);
    bool deleteInitiative(const QString &identifier); // asks first

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void changed(); // after a save or delete
    void loaded();  // each time a refresh has been shown

private:
    struct Snapshot {
        QList<Initiative> initiatives;
        QList<QJsonObject> scorecards;
        QHash<QString, InitiativeProgress> progress;
    };
    void present(const Snapshot &snapshot);
    void selectionChanged();
    void openDialog(const Initiative *existing);
    QString actor() const;
    QStringList scorecardIdentifiers() const;
    QString scorecardTitle(const QString &identifier) const;

    StoreLane &m_lane;
    CatalogStore &m_store;
    QDate m_today;
    QList<Initiative> m_initiatives;
    QList<QJsonObject> m_scorecards;
    QHash<QString, InitiativeProgress> m_progress;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QTreeWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    InitiativeView *m_view = nullptr;
    QString m_select;
};

} // namespace portolan
