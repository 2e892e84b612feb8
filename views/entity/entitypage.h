#pragma once

#include "store/catalogstore.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace portolan {

class EntityHeader;
class HistoryTab;
class JsonTab;
class OverviewTab;
class RelatedTab;
class StoreLane;
struct EntitySnapshot;

// One entity: a header and tabs (Overview, Related, JSON, History; later issues add more).
// Everything is read on the StoreLane in one job (EntitySnapshot) and shown when it arrives;
// the previous entity stays on screen meanwhile, a "Loading…" state appears only if it takes long.
class EntityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPage(StoreLane &lane, QWidget *parent = nullptr);

    void showEntity(const EntityKey &key);
    void reload(); // reads the shown entity again (after a change to the store)
    EntityKey entity() const;
    bool isLoading() const;
    void setCurrentTab(const QString &name); // "overview", "related", "json", "history"
    QString currentTab() const;
    int addTab(QWidget *page, const QString &title);

Q_SIGNALS:
    void entityActivated(const portolan::EntityKey &key);
    void graphRequested(const portolan::EntityKey &key);
    void actionRequested(const portolan::EntityKey &key, const QString &actionIdentifier);
    void loaded(); // the snapshot is on screen

private:
    void showSnapshot(const EntitySnapshot &snapshot);
    void showMessage(const QString &title, const QString &detail);
    void loadRelated(int depth);
    QString channel(const char *job) const;

    StoreLane &m_lane;
    EntityKey m_key;
    bool m_loading = false;
    bool m_hasContent = false;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_message = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageDetail = nullptr;
    QTimer *m_slow = nullptr;
    EntityHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    RelatedTab *m_related = nullptr;
    JsonTab *m_json = nullptr;
    HistoryTab *m_history = nullptr;
};

} // namespace portolan
