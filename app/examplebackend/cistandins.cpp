#include "cistandins.h"

#include <QHttpHeaders>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

bool secretName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains("secret"_L1) || lower.contains("token"_L1) || lower.contains("password"_L1);
}

QHttpServerResponse dispatchWorkflow(const QString &org, const QString &repo, const QString &workflow,
    const QHttpServerRequest &request)
{
    if (!request.headers().value("authorization").startsWith("Bearer ")) {
        say(u"GitHub stand-in: refused a dispatch of %1 without a token"_s.arg(workflow));
        return QHttpServerResponse(QJsonObject { { u"message"_s, u"Bad credentials"_s } },
            QHttpServerResponse::StatusCode::Unauthorized);
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QJsonObject inputs = body.value("inputs"_L1).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        if (secretName(it.key()))
            it.value() = u"********"_s;
    }
    say(u"GitHub stand-in: dispatched %1/%2 %3 on %4, inputs %5"_s.arg(org, repo, workflow,
        body.value("ref"_L1).toString(), QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact))));
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QHttpServerResponse triggerPipeline(const QString &project, const QHttpServerRequest &request)
{
    // A form: token, ref, variables[NAME]=value ('+' is a space in forms; QUrlQuery keeps it).
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    if (form.queryItemValue(u"token"_s).isEmpty()) {
        say(u"GitLab stand-in: refused a trigger of %1 without a token"_s.arg(project));
        return QHttpServerResponse(QJsonObject { { u"message"_s, u"401 Unauthorized"_s } },
            QHttpServerResponse::StatusCode::Unauthorized);
    }
    QStringList variables;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith("variables["_L1))
            variables.append(key.mid(10).chopped(1) + u'=' + (secretName(key) ? u"********"_s : value));
    }
    static int pipeline = 4100;
    ++pipeline;
    say(u"GitLab stand-in: pipeline %1 of %2 on %3, %4"_s.arg(QString::number(pipeline), project,
        form.queryItemValue(u"ref"_s), variables.join(u", "_s)));
    return QHttpServerResponse(QJsonObject { { u"id"_s, pipeline },
                                   { u"web_url"_s, u"https://gitlab.example.com/%1/-/pipelines/%2"_s.arg(project).arg(pipeline) } },
        QHttpServerResponse::StatusCode::Created);
}
} // namespace

void addCiStandIns(QHttpServer &server, QObject *context)
{
    server.route(u"/github/repos/<arg>/<arg>/actions/workflows/<arg>/dispatches"_s, QHttpServerRequest::Method::Post,
        context, &dispatchWorkflow);
    // GitLab names a project by its url-encoded path ("group%2Fproject"), which the router decodes
    // into two segments; so the trigger is matched here, among the requests no route took.
    server.setMissingHandler(context, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        static const QRegularExpression trigger(u"^/gitlab/api/v4/projects/([^/]+)/trigger/pipeline$"_s);
        const QRegularExpressionMatch match = trigger.match(request.url().path(QUrl::FullyEncoded));
        if (request.method() != QHttpServerRequest::Method::Post || !match.hasMatch()) {
            responder.write(QHttpServerResponder::StatusCode::NotFound);
            return;
        }
        responder.sendResponse(triggerPipeline(QUrl::fromPercentEncoding(match.captured(1).toUtf8()), request));
    });
}
