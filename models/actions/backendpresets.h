#pragma once

#include "webhookinvoker.h"

namespace portolan {

// Pieces buildWebhookRequest puts together (see webhookinvoker.h for the shapes).

// `tmpl` rendered over `context`; problems get `path` in front of the template's own path.
QJsonValue renderAt(const QJsonValue &tmpl, const QJsonObject &context, const QString &path, Problems *problems);

// A rendered value as header or form text: strings as they are, the rest as compact JSON.
QByteArray valueText(const QJsonValue &value);

// invocationMethod.headers rendered; a header whose value renders to null is left out.
QList<std::pair<QByteArray, QByteArray>> renderHeaders(const QJsonObject &method, const QJsonObject &context,
                                                       Problems *problems);

// GitHub's workflow dispatch and GitLab's pipeline trigger, as webhook requests.
std::optional<WebhookRequest> buildGitHubRequest(const QJsonObject &method, const QJsonObject &context,
                                                 Problems *problems);
std::optional<WebhookRequest> buildGitLabRequest(const QJsonObject &method, const QJsonObject &context,
                                                 Problems *problems);

} // namespace portolan
