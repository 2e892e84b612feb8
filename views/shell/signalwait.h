#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace portolan {

// Runs `trigger`, then the event loop until `sender` emits `signal` or `timeoutMs` pass. Returns
// the milliseconds it took, or -1 on timeout. For screenshots and benchmarks, which drive the
// real window and wait for its asynchronous pages the way a user would.
template<typename Sender, typename Signal, typename Trigger>
double waitForSignal(Sender *sender, Signal signal, Trigger trigger, int timeoutMs = 15000)
{
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    trigger();
    if (!fired)
        loop.exec();
    QObject::disconnect(connection);
    return fired ? double(clock.nsecsElapsed()) / 1e6 : -1.0;
}

} // namespace portolan
