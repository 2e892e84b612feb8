#include "runapiserver.h"

#include "actionrun.h"
#include "runapireplies.h"
#include "runpatch.h"
#include "runstore.h"
#include "store/catalogstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

using namespace runapi;

namespace {

constexpr int kLogPage = 50; // Port pages run logs at 50

const QStringList kLogFields{u"message"_s, u"terminationStatus"_s, u"statusLabel"_s};

// Constant time, so the answer's timing says nothing about how much of a token was right.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QStringList pathSegments(const QUrl &url)
{
    QStringList segments;
    const QList<QByteArray> parts = url.path(QUrl::FullyEncoded).toUtf8().split('/');
    for (const QByteArray &part : parts)
        if (!part.isEmpty())
            segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    return segments;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    default: return u"this method"_s;
    }
}

QJsonObject logJson(const RunLogLine &line)
{
    return {{u"message"_s, line.message},
            {u"createdAt"_s, line.at.toUTC().toString(Qt::ISODateWithMs)},
            {u"seq"_s, line.seq}};
}

} // namespace

RunApiServer::RunApiServer(CatalogStore &store, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_http(new QHttpServer(this))
    , m_tcp(new QTcpServer(m_http))
{
    // One handler for every path: the API is small, and it answers unknown paths in its own JSON.
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(handle(request));
    });
}

RunApiServer::~RunApiServer() = default;

bool RunApiServer::listen(quint16 port)
{
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = u"the run API cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(m_tcp->errorString());
        return false;
    }
    if (!m_http->bind(m_tcp)) {
        m_error = u"the run API cannot serve HTTP on 127.0.0.1:%1"_s.arg(m_tcp->serverPort());
        m_tcp->close();
        return false;
    }
    m_error.clear();
    return true;
}

bool RunApiServer::isListening() const
{
    return m_tcp->isListening();
}

QUrl RunApiServer::baseUrl() const
{
    if (!m_tcp->isListening())
        return {};
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_tcp->serverPort()));
}

QHttpServerResponse RunApiServer::handle(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QStringList path = pathSegments(request.url());
    const Method method = request.method();
    auto notAllowed = [&] {
        return failure(Status::MethodNotAllowed, "method_not_allowed",
                       u"%1 is not supported on %2"_s.arg(methodName(method), request.url().path()));
    };
    if (path.size() >= 4 && path.at(0) == u"v1"_s && path.at(1) == u"actions"_s && path.at(2) == u"runs"_s) {
        const QString &runId = path.at(3);
        if (path.size() == 4) {
            if (method != Method::Get && method != Method::Patch)
                return notAllowed();
            if (std::optional<QHttpServerResponse> denied = authorise(request, runId))
                return std::move(*denied);
            return method == Method::Get ? getRun(runId) : patchRun(runId, request);
        }
        if (path.size() == 5 && path.at(4) == u"logs"_s) {
            if (method != Method::Get && method != Method::Post)
                return notAllowed();
            if (std::optional<QHttpServerResponse> denied = authorise(request, runId))
                return std::move(*denied);
            return method == Method::Get ? getLogs(runId, request) : postLog(runId, request);
        }
    }
    if (path.size() >= 4 && path.at(0) == u"v1"_s && path.at(1) == u"blueprints"_s && path.at(3) == u"entities"_s) {
        if (path.size() == 4)
            return method == Method::Post ? upsertEntity(path.at(2), request) : notAllowed();
        if (path.size() == 5)
            return method == Method::Delete ? deleteEntity(path.at(2), path.at(4), request) : notAllowed();
    }
    return failure(Status::NotFound, "not_found", u"no endpoint %1 %2"_s.arg(methodName(method), request.url().path()));
}

std::optional<QHttpServerResponse> RunApiServer::authorise(const QHttpServerRequest &request, const QString &runId)
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return failure(Status::Unauthorized, "unauthorized", u"send the run's token as \"Authorization: Bearer <token>\""_s);
    const QString token = QString::fromUtf8(header.mid(7).trimmed());
    RunStore runs(m_store.database());
    const QByteArray expected = runs.tokenHash(runId);
    if (expected.isEmpty()) {
        if (!runs.run(runId))
            return failure(Status::NotFound, "not_found", u"no run \"%1\""_s.arg(runId));
        return failure(Status::Unauthorized, "unauthorized", u"run %1 takes no API calls"_s.arg(runId));
    }
    if (!sameDigest(RunStore::hashToken(token), expected))
        return failure(Status::Unauthorized, "unauthorized", u"the token is not the token of run %1"_s.arg(runId));
    return std::nullopt;
}

QHttpServerResponse RunApiServer::getRun(const QString &runId)
{
    const std::optional<ActionRun> run = RunStore(m_store.database()).run(runId);
    if (!run)
        return failure(Status::NotFound, "not_found", u"no run \"%1\""_s.arg(runId));
    return ok({{u"run"_s, run->toJson()}});
}

QHttpServerResponse RunApiServer::patchRun(const QString &runId, const QHttpServerRequest &request)
{
    QJsonObject patch;
    if (std::optional<QHttpServerResponse> bad = readObject(request, &patch))
        return std::move(*bad);
    RunStore runs(m_store.database());
    std::optional<ActionRun> run = runs.run(runId);
    if (!run)
        return failure(Status::NotFound, "not_found", u"no run \"%1\""_s.arg(runId));
    RunPatchError why = RunPatchError::None;
    const QString error = applyRunPatch(*run, patch, m_clock(), &why);
    if (!error.isEmpty())
        return why == RunPatchError::Conflict ? failure(Status::Conflict, "conflict", error)
                                              : failure(Status::UnprocessableEntity, "invalid_request", error);
    if (const QString stored = runs.update(*run); !stored.isEmpty())
        return failure(Status::InternalServerError, "internal_error", stored);
    Q_EMIT runUpdated(runId);
    return ok({{u"run"_s, run->toJson()}});
}

QHttpServerResponse RunApiServer::getLogs(const QString &runId, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    int limit = kLogPage;
    qint64 after = 0;
    bool valid = true;
    if (query.hasQueryItem(u"limit"_s))
        limit = query.queryItemValue(u"limit"_s).toInt(&valid);
    if (!valid || limit < 1)
        return failure(Status::BadRequest, "invalid_request", u"limit must be a whole number from 1 to %1"_s.arg(kLogPage));
    if (query.hasQueryItem(u"after"_s))
        after = query.queryItemValue(u"after"_s).toLongLong(&valid);
    if (!valid || after < 0)
        return failure(Status::BadRequest, "invalid_request", u"after must be the seq of a log line"_s);
    QJsonArray lines;
    for (const RunLogLine &line : RunStore(m_store.database()).logs(runId, after, qMin(limit, kLogPage)))
        lines.append(logJson(line));
    return ok({{u"runLogs"_s, lines}});
}

QHttpServerResponse RunApiServer::postLog(const QString &runId, const QHttpServerRequest &request)
{
    QJsonObject body;
    if (std::optional<QHttpServerResponse> bad = readObject(request, &body))
        return std::move(*bad);
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!kLogFields.contains(it.key()))
            return failure(Status::UnprocessableEntity, "invalid_request",
                           u"unknown field \"%1\" (a log line takes %2)"_s.arg(it.key(), kLogFields.join(u", "_s)));
    const QJsonValue message = body.value(u"message"_s);
    if (!message.isString() || message.toString().isEmpty())
        return failure(Status::UnprocessableEntity, "invalid_request", u"a log line needs a message (a non-empty string)"_s);

    // The run changes first in memory: a refused termination logs nothing.
    RunStore runs(m_store.database());
    std::optional<ActionRun> run = runs.run(runId);
    if (!run)
        return failure(Status::NotFound, "not_found", u"no run \"%1\""_s.arg(runId));
    const QDateTime now = m_clock();
    QJsonObject patch;
    if (body.contains(u"terminationStatus"_s)) {
        const std::optional<RunStatus> status = runStatusFromName(body.value(u"terminationStatus"_s).toString());
        if (!status || !isTerminal(*status) || *status == RunStatus::Declined)
            return failure(Status::UnprocessableEntity, "invalid_request", u"terminationStatus must be SUCCESS or FAILURE"_s);
        patch.insert(u"status"_s, runStatusName(*status));
    }
    if (body.contains(u"statusLabel"_s))
        patch.insert(u"statusLabel"_s, body.value(u"statusLabel"_s));
    if (!patch.isEmpty()) {
        RunPatchError why = RunPatchError::None;
        const QString error = applyRunPatch(*run, patch, now, &why);
        if (!error.isEmpty())
            return why == RunPatchError::Conflict ? failure(Status::Conflict, "conflict", error)
                                                  : failure(Status::UnprocessableEntity, "invalid_request", error);
    }
    if (const QString logged = runs.appendLog(runId, message.toString(), now); !logged.isEmpty())
        return failure(Status::InternalServerError, "internal_error", logged);
    Q_EMIT runLogged(runId);
    if (!patch.isEmpty()) {
        if (const QString stored = runs.update(*run); !stored.isEmpty())
            return failure(Status::InternalServerError, "internal_error", stored);
        Q_EMIT runUpdated(runId);
    }
    return ok();
}

} // namespace portolan
