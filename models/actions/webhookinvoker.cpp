#include "webhookinvoker.h"

#include "actiondefinition.h"
#include "backendpresets.h"
#include "payloadtemplate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qsizetype kBodyExcerpt = 500;

// Port's default run payload, for webhooks without a body template.
QJsonObject defaultPayload(const ActionDefinition &action, const QJsonObject &context)
{
    const QJsonObject trigger = context.value(u"trigger"_s).toObject();
    const QJsonObject user = trigger.value(u"by"_s).toObject().value(u"user"_s).toObject();
    const QJsonObject entity = context.value(u"entity"_s).toObject();
    const QJsonValue entityId = entity.isEmpty() ? QJsonValue() : entity.value(u"identifier"_s);
    const QJsonObject contextAction = context.value(u"action"_s).toObject();
    return {
        {u"action"_s, QJsonObject{{u"identifier"_s, contextAction.value(u"identifier"_s).toString(action.identifier)},
                                  {u"title"_s, contextAction.value(u"title"_s).toString(action.title)}}},
        {u"resourceType"_s, u"run"_s},
        {u"status"_s, u"TRIGGERED"_s},
        {u"trigger"_s, QJsonObject{{u"by"_s, QJsonObject{{u"user"_s, QJsonObject{{u"email"_s, user.value(u"email"_s)}}}}},
                                   {u"origin"_s, u"UI"_s},
                                   {u"at"_s, trigger.value(u"at"_s)}}},
        {u"context"_s, QJsonObject{{u"blueprint"_s, action.blueprint},
                                   {u"entity"_s, entityId},
                                   {u"runId"_s, context.value(u"run"_s).toObject().value(u"id"_s)}}},
        {u"payload"_s, QJsonObject{{u"entity"_s, entity.isEmpty() ? QJsonValue() : QJsonValue(entity)},
                                   {u"properties"_s, context.value(u"inputs"_s).toObject()}}},
    };
}

// The run API's base url: run.url cut to scheme, host and port.
QByteArray runApiBase(const QJsonObject &run)
{
    const QUrl url(run.value(u"url"_s).toString());
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toEncoded();
}

std::optional<WebhookRequest> buildPlainWebhook(const ActionDefinition &action, const QJsonObject &context, Problems *problems)
{
    const QJsonObject &method = action.invocationMethod;
    Problems found;
    const QString urlText = renderTemplateText(method.value(u"url"_s).toString(), context, u"$.invocationMethod.url"_s, &found);
    WebhookRequest request;
    request.url = QUrl(urlText, QUrl::StrictMode);
    if (urlText.isEmpty())
        found.append(Problem::error(u"$.invocationMethod.url"_s, u"a webhook needs a url"_s));
    else if (!request.url.isValid() || (request.url.scheme() != u"http"_s && request.url.scheme() != u"https"_s)
             || request.url.host().isEmpty())
        found.append(Problem::error(u"$.invocationMethod.url"_s, u"\"%1\" is not an http(s) url"_s.arg(urlText)));
    request.method = method.value(u"method"_s).toString(u"POST"_s).toUpper().toLatin1();
    const QJsonValue bodyTemplate = method.value(u"body"_s);
    const QJsonValue body = bodyTemplate.isUndefined() || bodyTemplate.isNull()
                                ? QJsonValue(defaultPayload(action, context))
                                : renderAt(bodyTemplate, context, u"$.invocationMethod.body"_s, &found);
    request.body = compactJson(body);
    const double seconds = method.value(u"timeoutSeconds"_s).toDouble(30);
    request.timeoutMs = seconds > 0 ? int(seconds * 1000) : 30000;
    if (method.contains(u"signingSecret"_s))
        request.signingSecret = renderTemplateText(method.value(u"signingSecret"_s).toString(), context,
                                                   u"$.invocationMethod.signingSecret"_s, &found).toUtf8();

    const QJsonObject run = context.value(u"run"_s).toObject();
    const QList<std::pair<QByteArray, QByteArray>> ours{
        {"Content-Type", "application/json"},
        {"X-Portolan-Run-Id", run.value(u"id"_s).toString().toUtf8()},
        {"X-Portolan-Run-Token", run.value(u"token"_s).toString().toUtf8()},
        {"X-Portolan-Run-Api", runApiBase(run)},
        {"X-Portolan-Timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())},
    };
    request.headers = ours;
    // The action's own headers, except where they would overwrite Portolan's.
    for (const auto &header : renderHeaders(method, context, &found))
        if (request.header(header.first).isEmpty())
            request.headers.append(header);
    if (problems)
        problems->append(found);
    if (hasErrors(found))
        return std::nullopt;
    return request;
}

QString shortUrl(const QUrl &url)
{
    // Queries may carry secrets; the log shows where, not with what.
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

WebhookResult resultOf(QNetworkReply *reply, bool timedOut, const WebhookRequest &request)
{
    WebhookResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!timedOut) // an aborted reply is closed
        result.body = reply->readAll();
    result.timedOut = timedOut;
    const QString where = shortUrl(request.url);
    if (timedOut) {
        result.httpStatus = 0;
        result.error = u"%1 %2 did not answer within %3 s"_s.arg(QString::fromLatin1(request.method), where)
                           .arg(request.timeoutMs / 1000.0);
    } else if (result.httpStatus != 0 && (result.httpStatus < 200 || result.httpStatus >= 300)) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString excerpt = QString::fromUtf8(result.body.left(kBodyExcerpt));
        if (result.body.size() > kBodyExcerpt)
            excerpt += u"…"_s;
        result.error = u"%1 %2 answered HTTP %3%4%5"_s.arg(QString::fromLatin1(request.method), where)
                           .arg(result.httpStatus)
                           .arg(reason.isEmpty() ? QString() : QString(u' ' + reason),
                                excerpt.isEmpty() ? QString() : QString(u": "_s + excerpt));
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        result.error = u"could not connect to %1:%2: connection refused (is the backend running?)"_s
                           .arg(request.url.host()).arg(request.url.port(request.url.scheme() == u"https"_s ? 443 : 80));
    } else if (reply->error() == QNetworkReply::HostNotFoundError) {
        result.error = u"could not reach %1: host not found"_s.arg(request.url.host());
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = u"%1 %2 failed: %3"_s.arg(QString::fromLatin1(request.method), where, reply->errorString());
    } else if (result.httpStatus == 0) {
        result.error = u"%1 %2 gave no HTTP answer"_s.arg(QString::fromLatin1(request.method), where);
    }
    return result;
}

} // namespace

QByteArray WebhookRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<WebhookRequest> buildWebhookRequest(const ActionDefinition &action, const QJsonObject &context,
                                                  Problems *problems)
{
    const QString type = action.invocationType();
    if (type == u"WEBHOOK"_s)
        return buildPlainWebhook(action, context, problems);
    if (type == u"GITHUB"_s)
        return buildGitHubRequest(action.invocationMethod, context, problems);
    if (type == u"GITLAB"_s)
        return buildGitLabRequest(action.invocationMethod, context, problems);
    if (problems)
        problems->append(Problem::error(u"$.invocationMethod.type"_s,
                                        u"\"%1\" is not sent over HTTP (WEBHOOK, GITHUB or GITLAB)"_s.arg(type)));
    return std::nullopt;
}

QByteArray webhookSignature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

WebhookInvoker::WebhookInvoker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void WebhookInvoker::send(const WebhookRequest &request, QObject *context, std::function<void(const WebhookResult &)> done)
{
    QNetworkRequest http(request.url);
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    if (!request.signingSecret.isEmpty())
        http.setRawHeader("X-Portolan-Signature", webhookSignature(request.signingSecret, request.body));
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, request.body);

    // Our own timer (not setTransferTimeout) so a timeout is told apart from other aborts.
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(request.timeoutMs);
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [reply, timedOut, request, done = std::move(done)] { done(resultOf(reply, *timedOut, request)); });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace portolan
