#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace portolan {

struct ActionDefinition;

// One HTTP call to an action's backend, ready to send.
struct WebhookRequest {
    QUrl url;
    QByteArray method = "POST";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;
    // When set, send() adds `X-Portolan-Signature: sha256=<hex HMAC-SHA256(secret, body)>`.
    QByteArray signingSecret;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

struct WebhookResult {
    int httpStatus = 0; // 0 when no HTTP answer came
    QByteArray body;
    QString error;      // empty on success; otherwise what went wrong, said for the run's log
    bool timedOut = false;
    bool ok() const { return httpStatus >= 200 && httpStatus < 300 && error.isEmpty(); }
};

// The request for a WEBHOOK, GITHUB (workflow dispatch) or GITLAB (pipeline trigger) action.
// `context` is the run's template context (see payloadtemplate.h):
//   {inputs, entity, trigger {by {user {email, identifier}}, operation, at},
//    run {id, url, token}, action {identifier, title}}
// where run.url is the run API's base url (http://127.0.0.1:<port>; a longer url is cut to it).
//
// WEBHOOK {url, method (POST), headers {name: template}, body (template), timeoutSeconds (30),
//          signingSecret (template)}: url and headers may hold {{ }}; a header whose value is null
//   is left out. Without a body Portolan sends Port's default run payload:
//   {action {identifier, title}, resourceType: "run", status: "TRIGGERED",
//    trigger {by {user {email}}, origin: "UI", at}, context {blueprint, entity, runId},
//    payload {entity | null, properties: inputs}}.
//   Always added: Content-Type: application/json, X-Portolan-Run-Id, X-Portolan-Run-Token,
//   X-Portolan-Run-Api (the run API base url), X-Portolan-Timestamp (Unix seconds).
// GITHUB {org, repo, workflow, workflowInputs (template), ref ("main"), apiUrl
//         (https://api.github.com), headers {Authorization: "Bearer …"} or token (template)}:
//   POST {apiUrl}/repos/{org}/{repo}/actions/workflows/{workflow}/dispatches
//   {"ref", "inputs": workflowInputs as strings + port_context, the JSON text {"runId": …}}.
// GITLAB {projectId | projectName, defaultRef ("main"), pipelineVariables (template), token
//         (template), apiUrl (https://gitlab.com)}:
//   POST {apiUrl}/api/v4/projects/{url-encoded id}/trigger/pipeline, a form with token, ref,
//   variables[KEY]=value and variables[PORT_RUN_ID].
// The run token and X-Portolan-* headers go to WEBHOOK backends only, never to GitHub or GitLab.
// Problems carry JSON paths ($.invocationMethod.body.x); nullopt when there are errors.
std::optional<WebhookRequest> buildWebhookRequest(const ActionDefinition &action, const QJsonObject &context,
                                                  Problems *problems);

// "sha256=" + lower-hex HMAC-SHA256(secret, body): the X-Portolan-Signature value (backends
// recompute it over the raw body bytes they received).
QByteArray webhookSignature(const QByteArray &secret, const QByteArray &body);

// Sends webhook requests without blocking; each answer (or failure) comes back once to `done`,
// on the invoker's thread, unless `context` is gone by then.
class WebhookInvoker final : public QObject
{
    Q_OBJECT
public:
    explicit WebhookInvoker(QObject *parent = nullptr);

    // Timeout: no complete answer within request.timeoutMs aborts the call (timedOut, error says
    // so). HTTP errors: status and the body's first 500 bytes in `error`. Connection failures
    // (refused, unknown host) are said as such.
    void send(const WebhookRequest &request, QObject *context, std::function<void(const WebhookResult &)> done);

private:
    QNetworkAccessManager *m_network;
};

} // namespace portolan
