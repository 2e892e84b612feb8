#include "backendpresets.h"

#include "payloadtemplate.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString apiBase(const QJsonObject &method, const QString &fallback)
{
    QString base = method.value(u"apiUrl"_s).toString(fallback);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QByteArray segment(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

int timeoutMs(const QJsonObject &method)
{
    const double seconds = method.value(u"timeoutSeconds"_s).toDouble(30);
    return seconds > 0 ? int(seconds * 1000) : 30000;
}

void requireString(const QJsonObject &method, const QString &key, const QString &what, Problems *problems)
{
    if (method.value(key).toString().isEmpty() && problems)
        problems->append(Problem::error(u"$.invocationMethod."_s + key, what));
}

// Where a rendered url must point: http(s) with a host.
bool checkUrl(const QUrl &url, const QString &path, Problems *problems)
{
    if (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty())
        return true;
    if (problems)
        problems->append(Problem::error(path, u"\"%1\" is not an http(s) url"_s.arg(url.toString())));
    return false;
}

} // namespace

QJsonValue renderAt(const QJsonValue &tmpl, const QJsonObject &context, const QString &path, Problems *problems)
{
    Problems found;
    const QJsonValue out = renderTemplate(tmpl, context, &found);
    for (Problem &problem : found)
        problem.path = path + problem.path.mid(1); // "$.a" under "$.invocationMethod.body" → "$.invocationMethod.body.a"
    if (problems)
        problems->append(found);
    return out;
}

QByteArray valueText(const QJsonValue &value)
{
    return value.isString() ? value.toString().toUtf8() : compactJson(value);
}

QList<std::pair<QByteArray, QByteArray>> renderHeaders(const QJsonObject &method, const QJsonObject &context,
                                                       Problems *problems)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QJsonObject templates = method.value(u"headers"_s).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        const QJsonValue value = renderAt(it.value(), context, u"$.invocationMethod.headers[\"%1\"]"_s.arg(it.key()), problems);
        if (value.isNull() || value.isUndefined())
            continue;
        headers.append({it.key().toUtf8(), valueText(value)});
    }
    return headers;
}

std::optional<WebhookRequest> buildGitHubRequest(const QJsonObject &method, const QJsonObject &context, Problems *problems)
{
    Problems found;
    for (const QString &key : {u"org"_s, u"repo"_s, u"workflow"_s})
        requireString(method, key, u"a GitHub workflow dispatch needs %1"_s.arg(key), &found);
    const QJsonValue rendered = renderAt(method.value(u"workflowInputs"_s).toObject(), context,
                                         u"$.invocationMethod.workflowInputs"_s, &found);
    WebhookRequest request;
    request.url = QUrl(apiBase(method, u"https://api.github.com"_s) + u"/repos/"_s
                       + QString::fromLatin1(segment(method.value(u"org"_s).toString())) + u'/'
                       + QString::fromLatin1(segment(method.value(u"repo"_s).toString())) + u"/actions/workflows/"_s
                       + QString::fromLatin1(segment(method.value(u"workflow"_s).toString())) + u"/dispatches"_s);
    checkUrl(request.url, u"$.invocationMethod.apiUrl"_s, &found);
    // GitHub takes string inputs only; Port's port_context carries the run id as JSON text.
    QJsonObject inputs;
    const QJsonObject workflowInputs = rendered.toObject();
    for (auto it = workflowInputs.begin(); it != workflowInputs.end(); ++it)
        if (!it.value().isNull())
            inputs.insert(it.key(), QString::fromUtf8(valueText(it.value())));
    const QJsonObject portContext{{u"runId"_s, context.value(u"run"_s).toObject().value(u"id"_s)}};
    inputs.insert(u"port_context"_s, QString::fromUtf8(compactJson(portContext)));
    const QJsonObject body{{u"ref"_s, method.value(u"ref"_s).toString(u"main"_s)}, {u"inputs"_s, inputs}};
    request.body = compactJson(body);
    request.timeoutMs = timeoutMs(method);
    request.headers = {{"Content-Type", "application/json"},
                       {"Accept", "application/vnd.github+json"},
                       {"X-GitHub-Api-Version", "2022-11-28"}};
    const QList<std::pair<QByteArray, QByteArray>> extra = renderHeaders(method, context, &found);
    request.headers.append(extra);
    if (request.header("Authorization").isEmpty() && method.contains(u"token"_s)) {
        const QString token = renderTemplateText(method.value(u"token"_s).toString(), context, u"$.invocationMethod.token"_s, &found);
        if (!token.isEmpty())
            request.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    }
    if (problems)
        problems->append(found);
    if (hasErrors(found))
        return std::nullopt;
    return request;
}

std::optional<WebhookRequest> buildGitLabRequest(const QJsonObject &method, const QJsonObject &context, Problems *problems)
{
    Problems found;
    QString project = method.value(u"projectName"_s).toString();
    const QJsonValue projectId = method.value(u"projectId"_s);
    if (projectId.isDouble())
        project = QString::number(projectId.toInteger());
    else if (projectId.isString() && !projectId.toString().isEmpty())
        project = projectId.toString();
    if (project.isEmpty())
        found.append(Problem::error(u"$.invocationMethod"_s, u"a GitLab pipeline needs projectId or projectName"_s));
    const QString token = renderTemplateText(method.value(u"token"_s).toString(), context, u"$.invocationMethod.token"_s, &found);
    if (token.isEmpty())
        found.append(Problem::error(u"$.invocationMethod.token"_s, u"a GitLab pipeline trigger needs a trigger token"_s));
    const QJsonValue variables = renderAt(method.value(u"pipelineVariables"_s).toObject(), context,
                                          u"$.invocationMethod.pipelineVariables"_s, &found);

    WebhookRequest request;
    // The project path's "/" must stay encoded (group%2Fproject): build the url from encoded text.
    const QByteArray url = apiBase(method, u"https://gitlab.com"_s).toUtf8() + "/api/v4/projects/" + segment(project)
                           + "/trigger/pipeline";
    request.url = QUrl::fromEncoded(url);
    checkUrl(request.url, u"$.invocationMethod.apiUrl"_s, &found);
    QList<std::pair<QByteArray, QByteArray>> fields{{"token", token.toUtf8()},
                                                    {"ref", method.value(u"defaultRef"_s).toString(u"main"_s).toUtf8()}};
    const QJsonObject values = variables.toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isNull())
            fields.append({QByteArray("variables[" + it.key().toUtf8() + "]"), valueText(it.value())});
    fields.append({"variables[PORT_RUN_ID]", context.value(u"run"_s).toObject().value(u"id"_s).toString().toUtf8()});
    QByteArrayList pairs;
    for (const auto &[key, value] : std::as_const(fields))
        pairs.append(key.toPercentEncoding() + '=' + value.toPercentEncoding());
    request.body = pairs.join('&');
    request.timeoutMs = timeoutMs(method);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.headers.append(renderHeaders(method, context, &found));
    if (problems)
        problems->append(found);
    if (hasErrors(found))
        return std::nullopt;
    return request;
}

} // namespace portolan
