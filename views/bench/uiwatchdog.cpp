#include "uiwatchdog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

UiWatchdog::UiWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UiWatchdog::tick);
}

void UiWatchdog::start()
{
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void UiWatchdog::stop()
{
    tick();
    m_timer.stop();
}

void UiWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double stall = double(now - m_last) / 1e6 - IntervalMs;
    m_last = now;
    if (stall > m_maxStallMs) {
        m_maxStallMs = stall;
        m_maxStallPhase = m_phase;
    }
    if (stall > m_thresholdMs)
        m_stalls.append(QJsonObject{{u"phase"_s, m_phase}, {u"ms"_s, qRound(stall * 10) / 10.0}});
}

} // namespace portolan
