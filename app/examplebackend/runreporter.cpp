#include "runreporter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;

RunReporter::RunReporter(QNetworkAccessManager &network, WebhookCall call, RunScript script, int pauseMs,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_call(std::move(call))
    , m_steps(script.steps())
    , m_pauseMs(pauseMs)
{
}

void RunReporter::start()
{
    next();
}

void RunReporter::next()
{
    if (m_next >= m_steps.size()) {
        Q_EMIT finished();
        return;
    }
    const RunStep step = m_steps.at(m_next++);
    QTimer::singleShot(m_pauseMs, this, [this, step] { send(step); });
}

QUrl RunReporter::url(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl result = m_call.api;
    result.setPath(result.path().chopped(result.path().endsWith(u'/') ? 1 : 0) + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, value);
    result.setQuery(items);
    return result;
}

void RunReporter::send(const RunStep &step)
{
    const QString run = u"/v1/actions/runs/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_call.runId));
    QNetworkRequest request;
    request.setRawHeader("Authorization", "Bearer " + m_call.token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = nullptr;
    const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
    switch (step.kind) {
    case RunStep::Kind::Log:
        request.setUrl(url(run + u"/logs"_s));
        reply = m_network.post(request, json({ { u"message"_s, step.message } }));
        say(u"log: "_s + step.message);
        break;
    case RunStep::Kind::Update:
        request.setUrl(url(run));
        reply = m_network.sendCustomRequest(request, "PATCH", json(step.body));
        say(u"update: "_s + QString::fromUtf8(json(step.body)));
        break;
    case RunStep::Kind::UpsertEntity:
        request.setUrl(url(u"/v1/blueprints/%1/entities"_s.arg(step.blueprint),
            { { u"upsert"_s, u"true"_s }, { u"run_id"_s, m_call.runId } }));
        reply = m_network.post(request, json(step.body));
        say(u"upsert %1 entity %2"_s.arg(step.blueprint, step.identifier));
        break;
    case RunStep::Kind::DeleteEntity:
        request.setUrl(url(u"/v1/blueprints/%1/entities/%2"_s.arg(step.blueprint,
                               QString::fromUtf8(QUrl::toPercentEncoding(step.identifier))),
            { { u"run_id"_s, m_call.runId } }));
        reply = m_network.deleteResource(request);
        say(u"delete %1 entity %2"_s.arg(step.blueprint, step.identifier));
        break;
    case RunStep::Kind::Finish:
        request.setUrl(url(run + u"/logs"_s));
        reply = m_network.post(request,
            json({ { u"message"_s, step.message },
                { u"terminationStatus"_s, step.success ? u"SUCCESS"_s : u"FAILURE"_s } }));
        say(u"%1: %2"_s.arg(step.success ? u"SUCCESS"_s : u"FAILURE"_s, step.message));
        break;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { stepDone(reply, step); });
}

void RunReporter::stepDone(QNetworkReply *reply, const RunStep &step)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError) {
        next();
        return;
    }
    const QString answer = QString::fromUtf8(reply->readAll()).left(300);
    say(u"  Portolan answered %1 %2 %3"_s.arg(QString::number(status), reply->errorString(), answer));
    if (status == 401 || status == 404 || status == 409 || step.kind == RunStep::Kind::Finish) {
        say(u"  giving up on this run"_s);
        Q_EMIT finished();
        return;
    }
    if (step.kind == RunStep::Kind::UpsertEntity || step.kind == RunStep::Kind::DeleteEntity) {
        // The catalog refused the change: the run cannot claim success.
        m_steps = RunScript()
                      .fail(u"The catalog refused the change to %1 %2: HTTP %3 %4"_s.arg(
                          step.blueprint, step.identifier, QString::number(status), answer))
                      .steps();
        m_next = 0;
    }
    next();
}

void RunReporter::say(const QString &line) const
{
    std::fprintf(stdout, "[%s] %s\n", qPrintable(m_call.runId), qPrintable(line));
    std::fflush(stdout);
}
