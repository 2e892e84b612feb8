#include "scoringrun.h"

#include "scoring/entitygrader.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qint64 chunkIds = 8192;    // ids per grading chunk
constexpr size_t maxQueuedChunks = 8; // graders wait when the writer falls this far behind

// Graded chunks on their way from the grading threads to the writer.
struct ChunkQueue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<CompactScore>> chunks;
    int graders = 0; // still running
    QString error;
};

struct Range {
    qint64 first = 0, last = -1, count = 0;
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

void grade(const QString &storePath, const Scorecard &scorecard, const Blueprint &blueprint, const QDateTime &now,
           Range range, std::atomic<qint64> *nextChunk, std::atomic_bool *cancel, ChunkQueue *queue)
{
    CatalogStore store(storePath);
    const auto done = [queue](const QString &error) {
        std::lock_guard lock(queue->mutex);
        if (!error.isEmpty() && queue->error.isEmpty())
            queue->error = error;
        --queue->graders;
        queue->changed.notify_all();
    };
    if (!store.isOpen())
        return done(store.error());
    EntityGrader grader(store, scorecard, blueprint);
    grader.setNow(now);
    for (;;) {
        if (cancel && cancel->load())
            break;
        const qint64 first = range.first + nextChunk->fetch_add(1) * chunkIds;
        if (first > range.last)
            break;
        QList<CompactScore> chunk;
        chunk.reserve(qsizetype(chunkIds));
        grader.gradeRange(first, std::min(range.last, first + chunkIds - 1),
                          [&chunk](qint64 id, const QString &identifier, const QString &, const EntityScore &score) {
                              chunk.append(CompactScore::from(id, identifier, score));
                          });
        std::unique_lock lock(queue->mutex);
        queue->changed.wait(lock, [queue, cancel] { return queue->chunks.size() < maxQueuedChunks || (cancel && cancel->load()); });
        queue->chunks.push_back(std::move(chunk));
        queue->changed.notify_all();
    }
    done({});
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

    QHash<QString, Range> ranges;
    qint64 totalEntities = 0;
    for (const Scorecard &scorecard : selected) {
        if (!ranges.contains(scorecard.blueprint))
            ranges.insert(scorecard.blueprint, idRange(store.database(), scorecard.blueprint));
        totalEntities += ranges.value(scorecard.blueprint).count;
    }
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    qint64 done = 0;
    for (const Scorecard &scorecard : selected) {
        const std::optional<Blueprint> blueprint = store.blueprint(scorecard.blueprint);
        if (!blueprint)
            continue;
        const Range range = ranges.value(scorecard.blueprint);
        report.scorecards.append(scorecard.identifier);
        Transaction transaction(store.database());
        if (!transaction.isOpen()) {
            report.error = transaction.error();
            break;
        }
        QElapsedTimer writing;
        qint64 writeNs = 0;
        writing.start();
        ResultWriter writer(store.database(), scorecard, scorecard.blueprint, now, range.count);
        writeNs += writing.nsecsElapsed();

        QElapsedTimer grading;
        grading.start();
        ChunkQueue queue;
        std::atomic<qint64> nextChunk{0};
        std::vector<std::thread> graders;
        const int graderCount = range.count ? threads : 0;
        queue.graders = graderCount;
        for (int i = 0; i < graderCount; ++i)
            graders.emplace_back(grade, storePath, scorecard, *blueprint, now, range, &nextChunk, cancel, &queue);
        qint64 evaluateNs = 0;
        for (;;) {
            QList<CompactScore> chunk;
            {
                std::unique_lock lock(queue.mutex);
                queue.changed.wait(lock, [&queue] { return !queue.chunks.empty() || queue.graders == 0; });
                if (queue.chunks.empty()) {
                    evaluateNs = grading.nsecsElapsed();
                    break;
                }
                chunk = std::move(queue.chunks.front());
                queue.chunks.pop_front();
                queue.changed.notify_all();
            }
            writing.restart();
            for (const CompactScore &score : std::as_const(chunk))
                if (!writer.write(score))
                    break;
            writeNs += writing.nsecsElapsed();
            report.entities += chunk.size();
            report.rules += chunk.size() * scorecard.rules.size();
            done += chunk.size();
            if (progress)
                progress(done, totalEntities);
        }
        for (std::thread &thread : graders)
            thread.join();
        report.evaluateMs += evaluateNs / 1000000;
        report.cancelled = cancel && cancel->load();
        writing.restart();
        const bool written = queue.error.isEmpty() && writer.finish(!report.cancelled) && transaction.commit();
        writeNs += writing.nsecsElapsed();
        report.writeMs += writeNs / 1000000;
        report.changed += writer.changed();
        if (!written) {
            report.error = !queue.error.isEmpty() ? queue.error : !writer.error().isEmpty() ? writer.error() : transaction.error();
            break;
        }
        if (report.cancelled)
            break;
    }
    report.totalMs = total.elapsed();
    return report;
}

} // namespace portolan
