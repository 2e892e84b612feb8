#pragma once

// For GUI tests that open a modal dialog (exec() blocks the test): act on it from a timer.
#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>

namespace portolan::testing {

// Acts on the next modal dialog of type T as soon as it is open. Gives up after ten seconds, so a
// dialog that never came cannot haunt the next test; a dialog still open after `act` (a failed
// check returned early) is rejected, so exec() returns and the test goes on.
template<typename T>
void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, tries = 0]() mutable {
        if (++tries > 500) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
            if (auto *modal = qobject_cast<QDialog *>(dialog); modal && modal->isVisible())
                modal->reject();
        }
    });
    timer->start();
}

} // namespace portolan::testing
