#include "scorecardengine.h"

#include "scoring/affectedentities.h"
#include "scoring/entitygrader.h"
#include "scoring/rawstatement.h"
#include "scoring/resultwriter.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "store/catalogstore.h"
#include "store/statement.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <mutex>

using namespace Qt::StringLiterals;

namespace portolan {

Q_LOGGING_CATEGORY(lcScoring, "portolan.scoring")

namespace {

// Commits arriving within this window are evaluated together (an action run writes in bursts).
constexpr int coalesceMs = 30;

// Deleted entities: their result rows now point at no entity; they go, each with a history row
// saying it left.
bool dropDeleted(const Database &db, const Scorecard &scorecard, const QDateTime &now, QString *error)
{
    RawStatement orphans(Statement::handle(db.connection()),
                         "SELECT r.entity FROM scorecard_results r WHERE r.scorecard = ?"
                         " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = r.entity)");
    QList<qint64> gone;
    orphans.bind(1, scorecard.identifier.toUtf8());
    while (orphans.next())
        gone.append(orphans.int64(0));
    return dropResults(db, scorecard.identifier, gone, now.toUTC().toString(Qt::ISODateWithMs).toUtf8(), error);
}

} // namespace

struct ScorecardEngine::Worker {
    ScorecardEngine *owner = nullptr;
    QString path;
    QThread thread;
    QObject *context = nullptr; // lives in `thread`: work is posted to it
    std::unique_ptr<CatalogStore> store;
    QTimer *timer = nullptr;
    ChangeSet pending;
    int pendingPosts = 0;
    std::atomic_bool cancel{false};
    std::atomic_bool stopping{false}; // the engine is going: every run is cancelled
    std::atomic_int busy{0};
    std::mutex clockMutex;
    std::function<QDateTime()> clock;

    QDateTime now()
    {
        std::lock_guard lock(clockMutex);
        return clock ? clock() : QDateTime::currentDateTimeUtc();
    }

    template<typename Signal, typename... Args>
    void announce(Signal signal, Args... args)
    {
        ScorecardEngine *engine = owner;
        QMetaObject::invokeMethod(engine, [engine, signal, args...] { Q_EMIT(engine->*signal)(args...); }, Qt::QueuedConnection);
    }

    void post(std::function<void()> work)
    {
        ++busy;
        QMetaObject::invokeMethod(context, std::move(work), Qt::QueuedConnection);
    }

    void done(int jobs)
    {
        if ((busy -= jobs) == 0)
            announce(&ScorecardEngine::idle);
    }

    ScoringRunReport runFull(const QStringList &scorecards)
    {
        cancel = stopping.load();
        const ScoringRunReport report = evaluateInFull(path, scorecards, now(), &cancel, [this](qint64 done, qint64 total) {
            announce(&ScorecardEngine::progress, done, total);
        });
        if (!report.error.isEmpty())
            announce(&ScorecardEngine::failed, report.error);
        return report;
    }

    void evaluateFull(const QStringList &scorecards)
    {
        const ScoringRunReport report = runFull(scorecards);
        ScoringChange change;
        for (const QString &id : report.scorecards)
            change.scorecards.insert(id);
        change.evaluated = report.entities;
        change.changed = report.changed;
        if (report.error.isEmpty())
            announce(&ScorecardEngine::evaluated, change);
    }

    void evaluatePending()
    {
        const ChangeSet changes = std::exchange(pending, {});
        const int jobs = std::exchange(pendingPosts, 0);
        if (store && store->isOpen())
            evaluateChanges(changes);
        done(jobs);
    }

    void evaluateChanges(const ChangeSet &changes)
    {
        const QDateTime at = now();
        const QList<Scorecard> scorecards = ScorecardStore(store->database()).scorecards();
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &b : store->blueprints())
            blueprints.insert(b.identifier, b);
        const AffectedResults affected = affectedResults(store->database(), scorecards, blueprints, changes);
        if (affected.isEmpty())
            return;
        ScoringChange change;
        if (!affected.fullScorecards.isEmpty()) {
            const ScoringRunReport report = runFull(QStringList(affected.fullScorecards.cbegin(), affected.fullScorecards.cend()));
            for (const QString &id : report.scorecards)
                change.scorecards.insert(id);
            change.evaluated += report.entities;
            change.changed += report.changed;
        }
        Transaction transaction(store->database());
        QString error = transaction.error();
        for (const Scorecard &scorecard : scorecards) {
            const QString &id = scorecard.identifier;
            if (!error.isEmpty() || affected.fullScorecards.contains(id) || !blueprints.contains(scorecard.blueprint)
                || (!affected.entities.contains(id) && !affected.deleted.contains(id)))
                continue;
            change.scorecards.insert(id);
            if (affected.deleted.contains(id)) {
                if (!dropDeleted(store->database(), scorecard, at, &error))
                    break;
                change.entities[scorecard.blueprint].unite(affected.deleted.value(id));
            }
            const QSet<qint64> ids = affected.entities.value(id);
            if (ids.isEmpty())
                continue;
            ResultWriter writer(store->database(), scorecard, scorecard.blueprint, at, ids.size());
            EntityGrader grader(*store, scorecard, blueprints.value(scorecard.blueprint));
            grader.setNow(at);
            grader.gradeIds(QList<qint64>(ids.cbegin(), ids.cend()),
                            [&](qint64 entityId, const QString &identifier, const QString &, const EntityScore &score) {
                                const qint64 before = writer.changed();
                                writer.write(CompactScore::from(entityId, identifier, score));
                                if (writer.changed() != before || !score.inScope)
                                    change.entities[scorecard.blueprint].insert(identifier);
                                ++change.evaluated;
                            });
            if (!writer.finish(false)) {
                error = writer.error();
                break;
            }
            change.changed += writer.changed();
        }
        if (error.isEmpty() && !transaction.commit())
            error = transaction.error();
        if (!error.isEmpty()) {
            qCWarning(lcScoring) << "scorecard evaluation failed:" << error;
            announce(&ScorecardEngine::failed, error);
            return;
        }
        announce(&ScorecardEngine::evaluated, change);
    }
};

ScorecardEngine::ScorecardEngine(const QString &storePath, CatalogNotifier &notifier, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<ScoringChange>();
    Worker *w = m_worker.get();
    w->owner = this;
    w->path = storePath;
    w->context = new QObject;
    w->context->moveToThread(&w->thread);
    w->thread.setObjectName(u"scorecards"_s);
    w->thread.start();
    QMetaObject::invokeMethod(w->context, [w] {
        w->store = std::make_unique<CatalogStore>(w->path);
        if (!w->store->isOpen())
            w->announce(&ScorecardEngine::failed, w->store->error());
        w->timer = new QTimer(w->context);
        w->timer->setSingleShot(true);
        w->timer->setInterval(coalesceMs);
        QObject::connect(w->timer, &QTimer::timeout, w->context, [w] { w->evaluatePending(); });
    }, Qt::QueuedConnection);
    // The notifier emits on the writer's thread after the commit; the work goes to ours.
    connect(&notifier, &CatalogNotifier::changed, this, [w](const ChangeSet &changes) {
        w->post([w, changes] {
            mergeChanges(w->pending, changes);
            ++w->pendingPosts;
            if (!w->timer->isActive())
                w->timer->start();
        });
    });
}

ScorecardEngine::~ScorecardEngine()
{
    Worker *w = m_worker.get();
    w->stopping = true;
    w->cancel = true;
    QMetaObject::invokeMethod(w->context, [w] {
        delete w->timer;
        w->timer = nullptr;
        w->store.reset();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    w->thread.wait();
    delete w->context;
}

void ScorecardEngine::setClock(std::function<QDateTime()> clock)
{
    std::lock_guard lock(m_worker->clockMutex);
    m_worker->clock = std::move(clock);
}

void ScorecardEngine::evaluateAll()
{
    Worker *w = m_worker.get();
    w->post([w] {
        w->evaluateFull({});
        w->done(1);
    });
}

void ScorecardEngine::evaluateScorecard(const QString &id)
{
    Worker *w = m_worker.get();
    w->post([w, id] {
        w->evaluateFull({id});
        w->done(1);
    });
}

void ScorecardEngine::evaluateEntity(const QString &blueprint, const QString &identifier)
{
    Worker *w = m_worker.get();
    w->post([w, blueprint, identifier] {
        ChangeSet changes;
        changes.updatedEntities[blueprint].insert(identifier);
        if (w->store && w->store->isOpen())
            w->evaluateChanges(changes);
        w->done(1);
    });
}

void ScorecardEngine::cancel()
{
    m_worker->cancel = true;
}

bool ScorecardEngine::isBusy() const
{
    return m_worker->busy.load() > 0;
}

} // namespace portolan
