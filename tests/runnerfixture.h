#pragma once

// Shared by the action policy, runner and TTL tests: a small organisation (teams, users, services,
// environments with a timer) and a fake webhook backend on 127.0.0.1.
#include "storefixture.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>
#include <QUrl>
#include <list>

namespace portolan::testing {

inline QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

// team, user (e-mail, relation to teams), service (owned by teams), environment (a timer).
inline QList<Blueprint> runnerBlueprints()
{
    return {
        blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {}}})"),
        blueprint(R"({"identifier": "user", "title": "User", "schema": {"properties": {"email": {"type": "string", "format": "email"}}},
                      "relations": {"team": {"target": "team", "many": true}}})"),
        blueprint(R"({"identifier": "service", "title": "Service", "schema": {"properties": {"language": {"type": "string"}}},
                      "relations": {"owningTeam": {"target": "team", "many": true}}})"),
        blueprint(R"({"identifier": "environment", "title": "Environment",
                      "schema": {"properties": {"expiresAt": {"type": "string", "format": "timer"}, "region": {"type": "string"}}}})"),
    };
}

// ada: platform; bob: payments; cy: payments ($team) and sre (relation); dee (no e-mail): sre.
// cart is owned by payments (relation), infra by platform ($team).
inline QList<Entity> runnerEntities()
{
    return {
        entity(R"({"identifier": "platform", "blueprint": "team", "title": "Platform"})"),
        entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments"})"),
        entity(R"({"identifier": "sre", "blueprint": "team", "title": "SRE"})"),
        entity(R"({"identifier": "ada", "blueprint": "user", "title": "Ada", "properties": {"email": "ada@example.com"},
                   "relations": {"team": ["platform"]}})"),
        entity(R"({"identifier": "bob", "blueprint": "user", "title": "Bob", "properties": {"email": "bob@example.com"},
                   "relations": {"team": ["payments"]}})"),
        entity(R"({"identifier": "cy", "blueprint": "user", "title": "Cy", "team": ["payments"], "properties": {"email": "cy@example.com"},
                   "relations": {"team": ["sre"]}})"),
        entity(R"({"identifier": "dee", "blueprint": "user", "title": "Dee", "relations": {"team": ["sre"]}})"),
        entity(R"({"identifier": "cart", "blueprint": "service", "title": "Cart", "properties": {"language": "Go"},
                   "relations": {"owningTeam": ["payments"]}})"),
        entity(R"({"identifier": "infra", "blueprint": "service", "title": "Infra", "team": ["platform"]})"),
    };
}

// A webhook backend: records every request and answers with `status` (after `delayMs`, or never
// when `hang` is set — the caller's timeout must end the run).
class FakeBackend final : public QObject
{
public:
    struct Received {
        QString method;
        QString path;
        QHash<QString, QString> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    int status = 202;
    QByteArray reply = "{\"ok\": true}";
    bool hang = false;
    QList<Received> received;

    FakeBackend()
    {
        m_server.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            Received r;
            r.method = methodName(request.method());
            r.path = request.url().path();
            for (const auto &[name, value] : request.headers().toListOfPairs())
                r.headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
            r.body = request.body();
            received.append(r);
            if (hang) {
                m_parked.push_back(std::move(responder)); // never answered while the test runs
                return;
            }
            responder.write(reply, "application/json", QHttpServerResponder::StatusCode(status));
        });
        m_tcp = new QTcpServer(&m_server);
        if (!m_tcp->listen(QHostAddress::LocalHost, 0) || !m_server.bind(m_tcp))
            qWarning("FakeBackend could not listen");
    }

    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(path));
    }

private:
    static QString methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
        case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
        case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
        case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
        case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
        default: return QStringLiteral("OTHER");
        }
    }

    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    std::list<QHttpServerResponder> m_parked;
};

} // namespace portolan::testing
