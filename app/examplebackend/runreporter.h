#pragma once

#include "runscript.h"
#include "webhookcall.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

// Plays one run's script back to Portolan's run API, one request at a time with a pause before
// each, every request with `Authorization: Bearer <run token>`. A failed entity write ends the run
// with FAILURE and the reason; a 401, 404 or 409 (the run is unknown or already over) stops it.
class RunReporter final : public QObject
{
    Q_OBJECT

public:
    RunReporter(QNetworkAccessManager &network, WebhookCall call, RunScript script, int pauseMs,
        QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished();

private:
    void next();
    void send(const RunStep &step);
    void stepDone(QNetworkReply *reply, const RunStep &step);
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    void say(const QString &line) const;

    QNetworkAccessManager &m_network;
    WebhookCall m_call;
    QList<RunStep> m_steps;
    qsizetype m_next = 0;
    int m_pauseMs;
};
