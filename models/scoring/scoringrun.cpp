#include "scoringrun.h"

#include "scoring/entitygrader.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <condition_variable>
#include <cerrno>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qint64 chunkIds = 8192;      // ids per grading chunk
constexpr size_t maxQueuedChunks = 64; // graders wait when the writer falls this far behind

struct Range {
    qint64 first = 0, last = -1, count = 0;
    qint64 chunks() const { return count ? (last - first) / chunkIds + 1 : 0; }
};

// One scorecard to evaluate: its chunks follow those of the jobs before it.
struct Job {
    Scorecard scorecard;
    Blueprint blueprint;
    Range range;
    qint64 firstChunk = 0; // index of its first chunk over all jobs
};

struct Chunk {
    int job = 0;
    QList<CompactScore> scores;
};

// Graded chunks on their way from the grading threads to the writer. The graders run through all
// scorecards' chunks without waiting for the writer to commit one scorecard before grading the
// next: on two cores, a writer that reads the stored results, finishes or commits would otherwise
// leave a core idle.
struct ChunkQueue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> chunks;
    int writing = 0;  // the job the writer consumes: its chunks are always let in (no deadlock)
    int graders = 0;  // still running
    bool stop = false; // the writer gave up (error or cancel)
    QString error;
    qint64 gradedNs = 0; // wall time when the last grader finished
};

Range idRange(const Database &db, const QString &blueprint)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT MIN(id), MAX(id), COUNT(*) FROM entities WHERE blueprint = ?"_s);
    q.addBindValue(blueprint);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

// The writer is the one stage that cannot be split; graders race ahead of it and, on two cores,
// would otherwise take its CPU time and leave it a long tail alone at the end. A lower priority
// for the grading threads (only theirs: on Linux a thread's nice value is its own) keeps both
// cores busy to the end, and keeps the window's own threads ahead of a full run as well.
void yieldToWriter()
{
#ifdef Q_OS_LINUX
    const auto thread = id_t(::gettid());
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, thread, std::min(nice + 5, 19));
#endif
}

void grade(const QString &storePath, const QList<Job> *jobs, const QDateTime &now, std::atomic<qint64> *nextChunk,
           std::atomic_bool *cancel, ChunkQueue *queue, const QElapsedTimer *clock)
{
    yieldToWriter();
    CatalogStore store(storePath);
    const auto done = [queue, clock](const QString &error) {
        std::lock_guard lock(queue->mutex);
        if (!error.isEmpty() && queue->error.isEmpty())
            queue->error = error;
        queue->gradedNs = clock->nsecsElapsed();
        --queue->graders;
        queue->changed.notify_all();
    };
    if (!store.isOpen())
        return done(store.error());
    std::unique_ptr<EntityGrader> grader;
    int graderJob = -1;
    for (;;) {
        if (cancel && cancel->load())
            break;
        const qint64 index = nextChunk->fetch_add(1);
        int job = 0;
        while (job < jobs->size() && index >= jobs->at(job).firstChunk + jobs->at(job).range.chunks())
            ++job;
        if (job == jobs->size())
            break;
        const Job &current = jobs->at(job);
        if (graderJob != job) {
            grader = std::make_unique<EntityGrader>(store, current.scorecard, current.blueprint);
            grader->setNow(now);
            graderJob = job;
        }
        const qint64 first = current.range.first + (index - current.firstChunk) * chunkIds;
        Chunk chunk{job, {}};
        chunk.scores.reserve(qsizetype(chunkIds));
        grader->gradeRange(first, std::min(current.range.last, first + chunkIds - 1),
                           [&chunk](qint64 id, const QString &identifier, const QString &, const EntityScore &score) {
                               chunk.scores.append(CompactScore::from(id, identifier, score));
                           });
        std::unique_lock lock(queue->mutex);
        queue->changed.wait(lock, [queue, cancel, job] {
            return queue->chunks.size() < maxQueuedChunks || job <= queue->writing || queue->stop || (cancel && cancel->load());
        });
        if (queue->stop)
            break;
        queue->chunks.push_back(std::move(chunk));
        queue->changed.notify_all();
    }
    done({});
}

// Takes the next graded chunk of `job`; false once all its chunks came (`received` of `expected`)
// or no grader is left to send more.
bool takeChunk(ChunkQueue &queue, int job, qint64 received, qint64 expected, QList<CompactScore> *scores)
{
    if (received == expected)
        return false;
    std::unique_lock lock(queue.mutex);
    auto mine = queue.chunks.end();
    queue.changed.wait(lock, [&] {
        mine = std::find_if(queue.chunks.begin(), queue.chunks.end(), [job](const Chunk &c) { return c.job == job; });
        return mine != queue.chunks.end() || queue.graders == 0;
    });
    if (mine == queue.chunks.end())
        return false;
    *scores = std::move(mine->scores);
    queue.chunks.erase(mine);
    queue.changed.notify_all();
    return true;
}

} // namespace

QJsonObject ScoringRunReport::toJson() const
{
    QJsonObject json{{u"scorecards"_s, QJsonArray::fromStringList(scorecards)},
                     {u"entities"_s, entities},
                     {u"rules"_s, rules},
                     {u"changed"_s, changed},
                     {u"evaluateMs"_s, evaluateMs},
                     {u"writeMs"_s, writeMs},
                     {u"totalMs"_s, totalMs}};
    if (cancelled)
        json.insert(u"cancelled"_s, true);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

ScoringRunReport evaluateInFull(const QString &storePath, const QStringList &scorecards, const QDateTime &now,
                                std::atomic_bool *cancel, const ScoringProgress &progress)
{
    ScoringRunReport report;
    QElapsedTimer total;
    total.start();
    CatalogStore store(storePath);
    if (!store.isOpen()) {
        report.error = store.error();
        return report;
    }
    ScorecardStore definitions(store.database());
    QList<Scorecard> selected;
    for (const Scorecard &scorecard : definitions.scorecards())
        if (scorecards.isEmpty() || scorecards.contains(scorecard.identifier))
            selected.append(scorecard);
    for (const QString &wanted : scorecards)
        if (std::none_of(selected.begin(), selected.end(), [&wanted](const Scorecard &s) { return s.identifier == wanted; }))
            report.error = u"no scorecard \"%1\""_s.arg(wanted);
    if (!report.error.isEmpty())
        return report;

    QList<Job> jobs;
    QHash<QString, Range> ranges;
    qint64 totalEntities = 0, totalChunks = 0;
    for (const Scorecard &scorecard : selected) {
        const std::optional<Blueprint> blueprint = store.blueprint(scorecard.blueprint);
        if (!blueprint)
            continue;
        if (!ranges.contains(scorecard.blueprint))
            ranges.insert(scorecard.blueprint, idRange(store.database(), scorecard.blueprint));
        jobs.append({scorecard, *blueprint, ranges.value(scorecard.blueprint), totalChunks});
        totalEntities += jobs.last().range.count;
        totalChunks += jobs.last().range.chunks();
    }

    ChunkQueue queue;
    std::atomic<qint64> nextChunk{0};
    std::vector<std::thread> graders;
    queue.graders = totalChunks ? std::clamp(QThread::idealThreadCount(), 1, 4) : 0;
    for (int i = 0; i < queue.graders; ++i)
        graders.emplace_back(grade, storePath, &jobs, now, &nextChunk, cancel, &queue, &total);

    qint64 done = 0, writeNs = 0;
    QElapsedTimer writing;
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs.at(j);
        {
            std::lock_guard lock(queue.mutex);
            queue.writing = j;
            queue.changed.notify_all();
        }
        report.scorecards.append(job.scorecard.identifier);
        writing.start();
        Transaction transaction(store.database());
        if (!transaction.isOpen()) {
            report.error = transaction.error();
            break;
        }
        ResultWriter writer(store.database(), job.scorecard, job.scorecard.blueprint, now, job.range.count,
                            ResultWriter::Pass::EveryEntity);
        writeNs += writing.nsecsElapsed();
        QList<CompactScore> chunk;
        for (qint64 received = 0; takeChunk(queue, j, received, job.range.chunks(), &chunk); ++received) {
            writing.start();
            for (const CompactScore &score : std::as_const(chunk))
                if (!writer.write(score))
                    break;
            report.entities += chunk.size();
            report.rules += chunk.size() * job.scorecard.rules.size();
            done += chunk.size();
            chunk.clear(); // freed here, inside the write time it belongs to
            writeNs += writing.nsecsElapsed();
            if (progress)
                progress(done, totalEntities);
        }
        report.cancelled = cancel && cancel->load();
        writing.start();
        QString graderError;
        {
            std::lock_guard lock(queue.mutex);
            graderError = queue.error;
        }
        const bool written = graderError.isEmpty() && writer.finish(!report.cancelled) && transaction.commit();
        writeNs += writing.nsecsElapsed();
        report.changed += writer.changed();
        if (!written) {
            report.error = !graderError.isEmpty() ? graderError : !writer.error().isEmpty() ? writer.error() : transaction.error();
            break;
        }
        if (report.cancelled)
            break;
    }
    {
        std::lock_guard lock(queue.mutex);
        queue.stop = true;
        queue.changed.notify_all();
    }
    for (std::thread &thread : graders)
        thread.join();
    report.evaluateMs = queue.gradedNs / 1000000;
    report.writeMs = writeNs / 1000000;
    report.totalMs = total.elapsed();
    return report;
}

} // namespace portolan
