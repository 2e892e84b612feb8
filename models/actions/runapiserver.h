#pragma once

#include "store/changeset.h"

#include <QDateTime>
#include <QHttpServerResponse>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace portolan {

class CatalogStore;
struct ActionRun;

// Port's run API for action backends, on 127.0.0.1 only. Each call carries
// `Authorization: Bearer <run token>`; the token belongs to one run (RunStore keeps its hash).
//
//   PATCH  /v1/actions/runs/{id}        {status?, statusLabel?, link?, summary?, externalRunId?}
//                                       → {ok, run}   (rules: applyRunPatch, runpatch.h)
//   POST   /v1/actions/runs/{id}/logs   {message, terminationStatus?, statusLabel?} → {ok}
//   GET    /v1/actions/runs/{id}        → {ok, run}
//   GET    /v1/actions/runs/{id}/logs   ?limit=50 (at most 50, as Port) &after=<seq>
//                                       → {ok, runLogs: [{message, createdAt, seq}]}, oldest first
//   POST   /v1/blueprints/{bp}/entities?upsert=true&merge=true&run_id={id}   (Port's entity JSON)
//                                       → 201 {ok, entity} created / 200 updated
//   DELETE /v1/blueprints/{bp}/entities/{identifier}?run_id={id}             → {ok}
//
// Entity writes need ?run_id= with that run's token, and the run must be IN_PROGRESS; they go
// through one CatalogWriter (Origin::ActionRun, the run's creator as actor, setRun) so the audit
// entry and run_entities name the run. Without upsert=true an existing entity is a 409; with
// merge=true the properties and relations sent are merged into the stored ones, else replaced.
//
// Errors are Port-like {ok: false, error: "<code>", message}: 401 unauthorized (no or wrong
// token), 404 not_found (unknown run, entity or path), 400 invalid_json (with the parse error's
// offset) / invalid_request, 405 method_not_allowed, 409 conflict (a second terminal status,
// writes for an ended run), 422 invalid_request (unknown status or field) / validation_failed
// (with details [{path, message}]), 500 internal_error.
//
// Lives on the thread of `store` (the UI thread's store); requests are served by that event loop.
class RunApiServer final : public QObject
{
    Q_OBJECT
public:
    // `clock` stamps run updates and log lines (tests pass a fixed one); default: now.
    explicit RunApiServer(CatalogStore &store, std::function<QDateTime()> clock = {}, QObject *parent = nullptr);
    ~RunApiServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port). False, with errorString(), on failure.
    bool listen(quint16 port = 0);
    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>; empty until listening
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void runUpdated(const QString &runId); // status, label, links, summary or external id changed
    void runLogged(const QString &runId);  // a log line was appended
    void entitiesChanged(const portolan::ChangeSet &changes); // after a committed entity write

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    // An error response when the request does not carry the token of `runId`.
    std::optional<QHttpServerResponse> authorise(const QHttpServerRequest &request, const QString &runId);
    QHttpServerResponse getRun(const QString &runId);
    QHttpServerResponse patchRun(const QString &runId, const QHttpServerRequest &request);
    QHttpServerResponse getLogs(const QString &runId, const QHttpServerRequest &request);
    QHttpServerResponse postLog(const QString &runId, const QHttpServerRequest &request);
    // Defined in runapientities.cpp.
    QHttpServerResponse upsertEntity(const QString &blueprint, const QHttpServerRequest &request);
    QHttpServerResponse deleteEntity(const QString &blueprint, const QString &identifier, const QHttpServerRequest &request);
    // The run of an entity write: authorised by ?run_id= and IN_PROGRESS; else the error response.
    std::optional<QHttpServerResponse> entityWriteRun(const QHttpServerRequest &request, ActionRun *run);

    CatalogStore &m_store;
    std::function<QDateTime()> m_clock;
    QHttpServer *m_http;
    QTcpServer *m_tcp;
    QString m_error;
};

} // namespace portolan
