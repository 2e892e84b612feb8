#pragma once

#include "store/catalogstore.h"
#include "store/changeset.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace portolan {

class ActionRunner;
class RunApiServer;
class StoreLane;
class TtlSweeper;

// The window's self-service engine room: the runner (permissions, limits, approvals, backends),
// the run API backends report to (127.0.0.1, a token per run), the TTL sweeper, and the way from
// "Run this action" to a filled form to a run. Writes happen on the UI thread's store (as every
// write of the window); reads for the form go through the lane.
class SelfService final : public QObject
{
    Q_OBJECT
public:
    SelfService(CatalogStore &store, StoreLane &lane, QWidget *window);
    ~SelfService() override;

    // Starts the run API (port from PORTOLAN_RUN_API_PORT, else any free one) and the TTL sweeper
    // (every minute). Returns an error message, or "".
    QString start();
    QString user() const;
    void setUser(const QString &user);

    ActionRunner &runner() const { return *m_runner; }
    RunApiServer &api() const { return *m_api; }
    TtlSweeper &sweeper() const { return *m_sweeper; }

    // Opens the action's form (for `entity`, empty for a CREATE action); Execute starts the run.
    void runAction(const QString &actionIdentifier, const EntityKey &entity = {});
    void decide(const QString &runId, bool approve, const QString &reason);
    void cancel(const QString &runId);

Q_SIGNALS:
    void runStarted(const QString &runId);
    void runChanged(const QString &runId); // status, log or approval changed (runner or backend)
    void entitiesChanged(const portolan::ChangeSet &changes);
    void message(const QString &text);

private:
    struct FormData;
    void openForm(const FormData &data);

    CatalogStore &m_store;
    StoreLane &m_lane;
    QPointer<QWidget> m_window;
    ActionRunner *m_runner = nullptr;
    RunApiServer *m_api = nullptr;
    TtlSweeper *m_sweeper = nullptr;
};

} // namespace portolan
