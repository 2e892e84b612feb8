#include "bulkloader.h"

#include "catalogwriter.h"

#include <QList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// A bounded hand-over of batches from the worker to the writer (a few batches in flight keep
// both cores busy without holding the whole import in memory).
class BatchQueue
{
public:
    void push(QList<PreparedEntity> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < kDepth || m_cancelled; });
        if (m_cancelled)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    // False when the producer has finished and nothing is left.
    bool pop(QList<PreparedEntity> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_notFull.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    static constexpr size_t kDepth = 8;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<QList<PreparedEntity>> m_batches;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace

BulkLoader::BulkLoader(CatalogWriter &writer, Progress progress)
    : m_writer(writer)
    , m_progress(std::move(progress))
{
}

Problems BulkLoader::load(const Producer &produce)
{
    const QHash<QString, Blueprint> blueprints = m_writer.blueprints(); // the worker's own copy
    BatchQueue queue;
    std::thread worker([&] {
        QList<PreparedEntity> batch;
        batch.reserve(BatchSize);
        produce([&](Entity entity, WriteSource source) {
            if (queue.cancelled())
                return false;
            const auto it = blueprints.constFind(entity.blueprint);
            batch.append(PreparedEntity::prepare(it == blueprints.cend() ? nullptr : &*it, std::move(entity), std::move(source)));
            if (batch.size() == BatchSize) {
                queue.push(std::move(batch));
                batch = {};
                batch.reserve(BatchSize);
            }
            return true;
        });
        if (!batch.isEmpty())
            queue.push(std::move(batch));
        queue.finish();
    });
    // After the first error nothing more is written (the write will not commit), but every entity
    // is still validated, so that one run reports every problem (up to MaxProblems).
    Problems problems;
    QList<PreparedEntity> batch;
    qsizetype written = 0;
    bool failed = false;
    while (queue.pop(batch)) {
        written += batch.size();
        for (PreparedEntity &prepared : batch) {
            Problems found = failed ? prepared.problems : m_writer.putPrepared(prepared);
            locate(found, prepared.source.file, prepared.source.path);
            for (Problem &p : found) {
                if (p.line == 0 && p.file == prepared.source.file) {
                    p.line = prepared.source.line;
                    p.column = prepared.source.column;
                }
            }
            failed = failed || hasErrors(found);
            problems.append(found);
        }
        if (m_progress)
            m_progress(written);
        if (problems.size() >= MaxProblems) {
            problems.append(Problem::error({}, u"stopped after %1 problems"_s.arg(problems.size())));
            queue.cancel();
            while (queue.pop(batch)) { } // let the worker run out
            break;
        }
    }
    worker.join();
    return problems;
}

} // namespace portolan
