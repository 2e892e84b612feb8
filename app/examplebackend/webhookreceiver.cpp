#include "webhookreceiver.h"

#include "cistandins.h"
#include "runreporter.h"
#include "runscript.h"
#include "webhookcall.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QHttpServerResponse error(const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject { { u"ok"_s, false }, { u"error"_s, message } }, status);
}
} // namespace

WebhookReceiver::WebhookReceiver(QByteArray secret, int pauseMs, QObject *parent)
    : QObject(parent)
    , m_secret(std::move(secret))
    , m_pauseMs(pauseMs)
{
    m_server.route(u"/hooks/<arg>"_s, QHttpServerRequest::Method::Post, this,
        [this](const QString &action, const QHttpServerRequest &request) { return receive(action, request); });
    m_server.route(u"/health"_s, QHttpServerRequest::Method::Get, this,
        [] { return QHttpServerResponse(QByteArray("ok\n")); });
    addCiStandIns(m_server, this);
}

quint16 WebhookReceiver::listen(quint16 port)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port) || !m_server.bind(m_tcp)) {
        say(u"cannot listen on 127.0.0.1:%1: %2"_s.arg(QString::number(port), m_tcp->errorString()));
        return 0;
    }
    return m_tcp->serverPort();
}

bool WebhookReceiver::signatureMatches(const QByteArray &secret, const QByteArray &body, const QByteArray &signatureHeader)
{
    const QByteArray expected
        = "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    const QByteArray given = signatureHeader.trimmed().toLower();
    if (given.size() != expected.size())
        return false;
    // Constant time: do not tell an attacker how many leading characters were right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}

QHttpServerResponse WebhookReceiver::receive(const QString &action, const QHttpServerRequest &request)
{
    if (!m_secret.isEmpty()
        && !signatureMatches(m_secret, request.body(), request.headers().value("x-portolan-signature").toByteArray())) {
        say(u"rejected %1: bad or missing X-Portolan-Signature"_s.arg(action));
        return error(u"bad signature"_s, QHttpServerResponse::StatusCode::Unauthorized);
    }
    QString problem;
    WebhookCall call = WebhookCall::read(action, request, &problem);
    if (!problem.isEmpty()) {
        say(u"rejected %1: %2"_s.arg(action, problem));
        return error(problem, QHttpServerResponse::StatusCode::BadRequest);
    }
    say(u"[%1] %2 by %3 on %4, inputs %5"_s.arg(call.runId, call.action,
        call.user.isEmpty() ? u"?"_s : call.user, call.entityId().isEmpty() ? u"(new)"_s : call.entityId(),
        QString::fromUtf8(QJsonDocument(call.printableInputs()).toJson(QJsonDocument::Compact))));
    RunScript script = RunScript::forCall(call);
    auto *reporter = new RunReporter(m_network, std::move(call), std::move(script), m_pauseMs, this);
    connect(reporter, &RunReporter::finished, reporter, &QObject::deleteLater);
    reporter->start();
    return QHttpServerResponse(QJsonObject { { u"ok"_s, true }, { u"accepted"_s, true } },
        QHttpServerResponse::StatusCode::Accepted);
}
