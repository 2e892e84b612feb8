// portolan-example-backend: a self-service backend in a few hundred lines, to show how little a
// team needs to plug its automation into Portolan. It receives the demo actions' webhooks, checks
// their signature and reports believable progress back to Portolan's run API.
//
//   portolan-example-backend [--port 8931] [--pause-ms 700]
//   PORTOLAN_WEBHOOK_SECRET  the shared secret of the HMAC signature (unset: not checked)
#include "webhookreceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"portolan-example-backend"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The example backend of Portolan's demo actions."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Listen on 127.0.0.1:<N> (0: any free port)."_s, u"N"_s, u"8931"_s);
    const QCommandLineOption pauseOption(u"pause-ms"_s, u"Pause before each progress report."_s, u"MS"_s, u"700"_s);
    parser.addOption(portOption);
    parser.addOption(pauseOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool pauseOk = false;
    const int pause = parser.value(pauseOption).toInt(&pauseOk);
    if (!portOk || port > 65535 || !pauseOk || pause < 0) {
        std::fprintf(stderr, "portolan-example-backend: --port needs 0…65535 and --pause-ms a number of milliseconds\n");
        return 2;
    }

    const QByteArray secret = qgetenv("PORTOLAN_WEBHOOK_SECRET");
    if (secret.isEmpty())
        std::fprintf(stderr, "portolan-example-backend: warning: PORTOLAN_WEBHOOK_SECRET is not set; "
                             "signatures are not checked\n");
    WebhookReceiver receiver(secret, pause);
    const quint16 listening = receiver.listen(quint16(port));
    if (listening == 0)
        return 1;
    std::fprintf(stdout, "listening on http://127.0.0.1:%u/hooks/<action>\n", unsigned(listening));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
