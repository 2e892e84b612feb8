#pragma once

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QObject>

class QTcpServer;

// The example backend's HTTP side: POST /hooks/<action> checks the signature
// (X-Portolan-Signature: sha256=<hex HMAC-SHA256 of the raw body>) when a secret is set, answers
// 202 at once and starts a RunReporter that reports progress back to Portolan's run API.
// GET /health answers "ok" (for scripts that wait until the backend is up). GitHub and GitLab
// stand-ins live on the same port (cistandins.h).
class WebhookReceiver final : public QObject
{
    Q_OBJECT

public:
    // An empty `secret` accepts unsigned requests. `pauseMs`: the pause before each report.
    WebhookReceiver(QByteArray secret, int pauseMs, QObject *parent = nullptr);

    // Listens on 127.0.0.1:`port` (0: any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

    // Whether `signatureHeader` is "sha256=" + hex(HMAC-SHA256(secret, body)), compared in
    // constant time.
    static bool signatureMatches(const QByteArray &secret, const QByteArray &body, const QByteArray &signatureHeader);

private:
    QHttpServerResponse receive(const QString &action, const QHttpServerRequest &request);

    QByteArray m_secret;
    int m_pauseMs;
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    QNetworkAccessManager m_network;
};
