#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace portolan {

// Measures how long the UI thread goes without serving its event loop. A precise 5 ms timer runs
// on the UI thread; a tick that arrives late means the thread was busy for that long. Stalls over
// the threshold are kept with the phase of the benchmark that was running.
class UiWatchdog final : public QObject
{
    Q_OBJECT
public:
    explicit UiWatchdog(QObject *parent = nullptr);

    void start();
    void stop();
    void setPhase(const QString &phase) { m_phase = phase; }
    double maxStallMs() const { return m_maxStallMs; }
    QString maxStallPhase() const { return m_maxStallPhase; }
    // [{phase, ms}] for every stall over `thresholdMs` (default 50).
    QJsonArray stalls() const { return m_stalls; }
    void setThresholdMs(double ms) { m_thresholdMs = ms; }

private:
    void tick();

    static constexpr int IntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_maxStallMs = 0;
    double m_thresholdMs = 50;
    QString m_phase;
    QString m_maxStallPhase;
    QJsonArray m_stalls;
};

} // namespace portolan
