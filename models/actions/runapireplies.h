#pragma once

// Port-like JSON answers of the run API (internal to runapiserver*.cpp).
#include "common/problem.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace portolan::runapi {

using Status = QHttpServerResponse::StatusCode;

inline QHttpServerResponse ok(QJsonObject body = {}, Status status = Status::Ok)
{
    body.insert(QStringLiteral("ok"), true);
    return QHttpServerResponse(body, status);
}

// {ok: false, error: code, message}
inline QHttpServerResponse failure(Status status, const char *code, const QString &message, const QJsonArray &details = {})
{
    QJsonObject body{{QStringLiteral("ok"), false},
                     {QStringLiteral("error"), QString::fromLatin1(code)},
                     {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    return QHttpServerResponse(body, status);
}

inline QHttpServerResponse problemsFailure(const Problems &problems)
{
    QJsonArray details;
    QString first;
    for (const Problem &problem : problems) {
        if (!problem.isError())
            continue;
        details.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("message"), problem.message}});
        if (first.isEmpty())
            first = problem.toString();
    }
    return failure(Status::UnprocessableEntity, "validation_failed", first, details);
}

// The body as a JSON object, or the 400 answer saying where it stops being JSON.
inline std::optional<QHttpServerResponse> readObject(const QHttpServerRequest &request, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        return failure(Status::BadRequest, "invalid_json",
                       QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return failure(Status::BadRequest, "invalid_json", QStringLiteral("the body must be a JSON object"));
    *object = document.object();
    return std::nullopt;
}

} // namespace portolan::runapi
