#pragma once

#include "ttlautomation.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace portolan {

class ActionRunner;
class CatalogStore;

// An entity whose timer property is in the past: Port's "Expired" state.
struct ExpiredEntity {
    QString blueprint;
    QString identifier;
    QString title;
    QString property;   // the timer property
    QString timerValue; // as stored
    QDateTime expiredAt;
    qint64 secondsAgo = 0;

    // "expired 2 h 5 min ago"
    QString description() const;
};

// Expires entities: lists those whose timer is in the past, and for each TIMER_PROPERTY_EXPIRED
// automation starts one run (as user "automation") per expired entity and timer value, once the
// automation's grace period has passed. The run's inputs record {timerProperty, expiredAt}; a run
// of the automation for that entity with that value means "handled", so a sweep after a restart
// does not act twice, and a timer moved by an extend action arms the automation again. A run that
// failed is not retried (its FAILURE and log say why; extend or delete by hand).
// Works on the store's thread (the UI thread in the app: the queries are small scans of the
// timer properties).
class TtlSweeper final : public QObject
{
    Q_OBJECT
public:
    TtlSweeper(CatalogStore &store, ActionRunner &runner, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Every entity of every blueprint with a timer property in the past, longest expired first.
    QList<ExpiredEntity> expired() const;
    // Starts the runs due now; returns how many were started.
    int sweep();
    // Sweeps now and then every `intervalMs` until stop().
    void start(int intervalMs);
    void stop();

Q_SIGNALS:
    void swept(int started);

private:
    QList<ExpiredEntity> expiredOf(const QString &blueprint, const QString &property, const QDateTime &now) const;
    bool handled(const TtlAutomation &automation, const ExpiredEntity &entity) const;

    CatalogStore &m_store;
    ActionRunner &m_runner;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
};

} // namespace portolan
