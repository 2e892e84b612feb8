#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct WebhookCall;

// One call the example backend makes to Portolan's run API (Port's shape).
struct RunStep
{
    enum class Kind {
        Log,          // POST /v1/actions/runs/{id}/logs {message}
        Update,       // PATCH /v1/actions/runs/{id} {statusLabel, link, summary}
        UpsertEntity, // POST /v1/blueprints/{blueprint}/entities?upsert=true&run_id={id}
        DeleteEntity, // DELETE /v1/blueprints/{blueprint}/entities/{identifier}?run_id={id}
        Finish,       // POST …/logs {message, terminationStatus}
    };
    Kind kind = Kind::Log;
    QString message;
    QJsonObject body; // Update: the patch; UpsertEntity: the entity
    QString blueprint;
    QString identifier;
    bool success = true; // Finish
};

// What a backend would do for an action, told as a few believable steps. Each builder call
// appends one step; the reporter plays them back with a pause in between.
class RunScript final
{
public:
    RunScript &log(const QString &message);
    RunScript &update(const QString &statusLabel, const QStringList &links = {}, const QString &summary = {});
    RunScript &upsert(const QString &blueprint, const QJsonObject &entity);
    RunScript &remove(const QString &blueprint, const QString &identifier);
    RunScript &succeed(const QString &message);
    RunScript &fail(const QString &reason);

    const QList<RunStep> &steps() const { return m_steps; }

    // The script for `call.action` (a generic one for actions it does not know). Any action fails
    // on purpose when its input `simulateFailure` is true or its `version` is 0.0.0.
    static RunScript forCall(const WebhookCall &call);

private:
    QList<RunStep> m_steps;
};
