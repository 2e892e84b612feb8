#pragma once

#include "actiondefinition.h"
#include "actionrun.h"
#include "store/changeset.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace portolan {

class CatalogStore;
class WebhookInvoker;

// What a person (or an automation) asks to run.
struct RunRequest {
    ActionDefinition action;
    QJsonObject entity;       // Port's entity JSON the run is about; empty for CREATE
    QJsonObject inputs;       // in clear: kept in memory only, handed to the backend
    QJsonObject maskedInputs; // secrets as "********": what the run records
};

// The run that was started, or why none was.
struct RunStart {
    QString runId;
    Problems problems;
};

// Runs self-service actions: checks who may run them and the limits, records the run (inputs with
// secrets masked, the hash of a fresh run token), waits for approval when the action needs it,
// then invokes the backend:
//   WEBHOOK / GITHUB / GITLAB  the request goes out with the run's id, API url and token; a 2xx
//                              leaves the run IN_PROGRESS for the backend to report through the run
//                              API (SUCCESS at once when the method says `synchronized: true`); an
//                              error status, a network error or a timeout ends it FAILURE;
//   UPSERT_ENTITY              the jq mapping writes the entity, tied to the run → SUCCESS / FAILURE;
//   DELETE_ENTITY              Portolan's built-in for DELETE actions and TTL automations: deletes
//                              the entity the run is about, tied to the run → SUCCESS / FAILURE.
// The token and clear inputs live in memory only, until the backend has been called. Secret values
// are never stored and are blanked from every log line this class writes.
// Date-time and timer values of `.entity` reach jq and templates as "YYYY-MM-DDTHH:MM:SSZ" (UTC,
// whole seconds): the form jq's fromdateiso8601 reads.
// Lives on the store's thread.
class ActionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(CatalogStore &store, QObject *parent = nullptr);
    ~ActionRunner() override;

    void setRunApiUrl(const QUrl &url) { m_runApiUrl = url; }
    void setSigningSecret(const QByteArray &secret) { m_signingSecret = secret; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setUser(const QString &user) { m_user = user.trimmed(); }
    QString user() const { return m_user; }
    QDateTime now() const { return m_clock(); }

    // Runs `request` as the current user: permission, approval and limits first (a refusal is a
    // problem and no run is recorded), then the run.
    RunStart execute(const RunRequest &request);
    // Runs an automation as user "automation" (no permissions, approval or limits); `event` is the
    // automation's trigger event, passed to the backend as .trigger.event.
    Problems missingEntities(const ActionDefinition &action, const QJsonObject &inputs) const;
    // Posts the action's approvalNotification webhook for a run that waits for approval.
    void notifyApprovers(const ActionDefinition &action, const ActionRun &run);
    RunStart executeAutomation(const RunRequest &request, const QJsonObject &event);

    // An approver's answer. Returns "" or why it was refused: only the run's approvers may decide,
    // a decline needs a reason, and a run no longer waiting takes no decisions. ANY: the first
    // approval invokes the backend; ALL: the last one does; one decline declines the run.
    QString decide(const QString &runId, const QString &approver, bool approve, const QString &reason);
    // The person who started a run withdraws it while it waits for approval (DECLINED, "Cancelled").
    QString cancel(const QString &runId, const QString &reason);

    static QString automationUser() { return QStringLiteral("automation"); }

Q_SIGNALS:
    // The run's status, approvals or log changed (a backend's reports come from RunApiServer).
    void runChanged(const QString &runId);
    void approvalRequested(const QString &runId, const QStringList &approvers);
    // After a run wrote or deleted entities (the catalog notifier announces them too).
    void entitiesChanged(const portolan::ChangeSet &changes);

private:
    // What a run needs until its backend has been called (memory only).
    struct Live {
        RunRequest request;
        QString token;
        QString user;
        QJsonObject trigger;     // .trigger of the context
        QStringList secrets;     // clear secret values, blanked from log lines
    };

    RunStart start(const RunRequest &request, const QString &user, const QStringList &teams,
                   const RunApproval &approval, const QJsonObject &trigger);
    void invoke(const QString &runId);
    void invokeWebhook(const QString &runId, const Live &live, const QJsonObject &context);
    void invokeUpsert(const QString &runId, const Live &live, const QJsonObject &context);
    void invokeDelete(const QString &runId, const Live &live);
    QJsonObject context(const QString &runId, const Live &live) const;
    QJsonObject entityForJq(const QJsonObject &entity) const;
    // Rebuilds what a run waiting for approval needs after a restart (secrets are gone: nullopt).
    std::optional<Live> restore(const ActionRun &run, QString *why);

    void log(const QString &runId, const QString &message);
    // Sets the terminal status (unless the backend already reported one), label and summary.
    void finish(const QString &runId, RunStatus status, const QString &label, const QString &summary = {},
                const QStringList &links = {});
    QString blank(const QString &runId, QString text) const;

    CatalogStore &m_store;
    QUrl m_runApiUrl;
    QByteArray m_signingSecret;
    std::function<QDateTime()> m_clock;
    QString m_user;
    QHash<QString, Live> m_live;
    WebhookInvoker *m_invoker = nullptr;
};

} // namespace portolan
