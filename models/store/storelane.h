#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace portolan {

class CatalogStore;

// A worker thread with its own connection to the portal file. Reads that must not block the UI
// thread (pages of a million-row table, graphs, search) run here one after another; each result
// comes back on the thread of the object that asked, and only if that object still exists.
//
// Jobs posted on a named channel supersede each other: a newer post drops the older one if it has
// not started, interrupts its SQL if it is running, and its result is never delivered. This is
// what keeps "type, type, type" in a search box or "sort, sort" on a header cheap.
class StoreLane final : public QObject
{
    Q_OBJECT
public:
    explicit StoreLane(const QString &path, QObject *parent = nullptr);
    ~StoreLane() override; // drops queued jobs, interrupts the running one, joins the thread
    Q_DISABLE_COPY_MOVE(StoreLane)

    QString path() const { return m_path; }

    // Runs `job(CatalogStore &)` on the lane; then `done(result)` on this lane's thread, unless
    // `context` was destroyed or a newer job was posted on the same non-empty `channel`.
    template<typename Job, typename Done>
    void post(QObject *context, const QString &channel, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job &, CatalogStore &>;
        QPointer<QObject> guard(context);
        enqueue(channel, [this, guard, job = std::move(job), done = std::move(done)](CatalogStore &store, Ticket ticket) mutable {
            auto result = std::make_shared<Result>(job(store));
            deliver(ticket, [guard, done, result]() mutable {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    // Jobs queued or running (for tests and benchmarks).
    int pending() const;

Q_SIGNALS:
    // Emitted on the lane's owner thread each time the lane runs dry.
    void idle();

private:
    struct Ticket {
        QString channel;
        quint64 sequence = 0;
    };
    using Work = std::function<void(CatalogStore &, Ticket)>;
    struct Queued {
        Ticket ticket;
        Work work;
    };

    void enqueue(const QString &channel, Work work);
    void deliver(const Ticket &ticket, std::function<void()> callback);
    bool isCurrent(const Ticket &ticket) const; // caller holds m_mutex
    void runThread();

    QString m_path;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Queued> m_queue;
    QHash<QString, quint64> m_latest;
    quint64 m_sequence = 0;
    std::optional<Ticket> m_running;
    void *m_handle = nullptr; // the lane connection's sqlite3*, for sqlite3_interrupt
    int m_pending = 0;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace portolan
