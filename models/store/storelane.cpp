#include "storelane.h"

#include "catalogstore.h"

#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace portolan {

StoreLane::StoreLane(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_thread.reset(QThread::create([this] { runThread(); }));
    m_thread->setObjectName(u"StoreLane"_s);
    m_thread->start();
}

StoreLane::~StoreLane()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        if (m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
        m_wake.wakeAll();
    }
    m_thread->wait();
}

int StoreLane::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

void StoreLane::enqueue(const QString &channel, Work work)
{
    QMutexLocker lock(&m_mutex);
    const Ticket ticket{channel, ++m_sequence};
    if (!channel.isEmpty()) {
        m_latest.insert(channel, ticket.sequence);
        std::erase_if(m_queue, [&](const Queued &q) {
            const bool superseded = q.ticket.channel == channel;
            m_pending -= superseded ? 1 : 0;
            return superseded;
        });
        if (m_running && m_running->channel == channel && m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
    }
    m_queue.push_back({ticket, std::move(work)});
    ++m_pending;
    m_wake.wakeOne();
}

bool StoreLane::isCurrent(const Ticket &ticket) const
{
    return ticket.channel.isEmpty() || m_latest.value(ticket.channel) == ticket.sequence;
}

void StoreLane::deliver(const Ticket &ticket, std::function<void()> callback)
{
    QMetaObject::invokeMethod(
        this,
        [this, ticket, callback = std::move(callback)] {
            bool current = false;
            {
                QMutexLocker lock(&m_mutex);
                current = !m_stopping && isCurrent(ticket);
            }
            if (current)
                callback();
        },
        Qt::QueuedConnection);
}

void StoreLane::runThread()
{
    CatalogStore store(m_path);
    {
        QMutexLocker lock(&m_mutex);
        if (store.isOpen()) {
            const QVariant handle = store.database().connection().driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
                m_handle = *static_cast<void *const *>(handle.data());
        }
    }
    for (;;) {
        Queued next;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_queue.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = next.ticket;
        }
        next.work(store, next.ticket);
        bool dry = false;
        {
            QMutexLocker lock(&m_mutex);
            m_running.reset();
            dry = --m_pending == 0;
        }
        if (dry)
            QMetaObject::invokeMethod(this, &StoreLane::idle, Qt::QueuedConnection);
    }
    QMutexLocker lock(&m_mutex);
    m_handle = nullptr;
}

} // namespace portolan
