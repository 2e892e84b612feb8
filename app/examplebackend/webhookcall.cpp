#include "webhookcall.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(valueText(item));
        return parts.join(u", "_s);
    }
    if (value.isObject()) {
        // An entity input arrives as the entity itself; name it by its identifier.
        const QJsonObject object = value.toObject();
        if (object.value("identifier"_L1).isString())
            return object.value("identifier"_L1).toString();
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}
} // namespace

WebhookCall WebhookCall::read(const QString &action, const QHttpServerRequest &request, QString *error)
{
    WebhookCall call;
    call.action = action;
    const QHttpHeaders &headers = request.headers();
    call.runId = QString::fromUtf8(headers.value("x-portolan-run-id"));
    call.token = QString::fromUtf8(headers.value("x-portolan-run-token"));
    call.api = QUrl(QString::fromUtf8(headers.value("x-portolan-run-api")), QUrl::StrictMode);
    if (call.runId.isEmpty() || call.token.isEmpty() || !call.api.isValid() || call.api.host().isEmpty()) {
        *error = u"missing X-Portolan-Run-Id, X-Portolan-Run-Token or X-Portolan-Run-Api header"_s;
        return call;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!request.body().isEmpty() && !document.isObject()) {
        *error = u"the body is not a JSON object: "_s + parseError.errorString();
        return call;
    }
    const QJsonObject body = document.object();
    const QJsonObject payload = body.value("payload"_L1).toObject();
    const bool portPayload = body.value("resourceType"_L1).toString() == "run"_L1 && !payload.isEmpty();
    call.actionTitle = body.value("action"_L1).toObject().value("title"_L1).toString(action);
    call.user = body.value("trigger"_L1).toObject().value("by"_L1).toObject().value("user"_L1).toObject()
                    .value("email"_L1).toString();
    if (portPayload) {
        call.inputs = payload.value("properties"_L1).toObject();
        call.entity = payload.value("entity"_L1).toObject();
        call.secretInputs = strings(payload.value("secretInputs"_L1));
    } else {
        call.inputs = body;
        call.entity = body.value("entity"_L1).toObject();
        call.secretInputs = strings(body.value("secretInputs"_L1));
    }
    error->clear();
    return call;
}

QString WebhookCall::text(const QString &key) const
{
    return valueText(inputs.value(key));
}

bool WebhookCall::flag(const QString &key) const
{
    const QJsonValue value = inputs.value(key);
    return value.toBool() || value.toString() == "true"_L1;
}

QString WebhookCall::entityId(const QStringList &fallbackInputs) const
{
    if (entity.value("identifier"_L1).isString())
        return entity.value("identifier"_L1).toString();
    for (const QString &key : fallbackInputs) {
        if (!text(key).isEmpty())
            return text(key);
    }
    return {};
}

bool WebhookCall::isSecret(const QString &key) const
{
    const QString lower = key.toLower();
    return secretInputs.contains(key) || lower.contains("secret"_L1) || lower.contains("token"_L1)
        || lower.contains("password"_L1);
}

QJsonObject WebhookCall::printableInputs() const
{
    QJsonObject result;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        result.insert(it.key(), isSecret(it.key()) ? QJsonValue(u"********"_s) : it.value());
    return result;
}
