#include "scorecardbenchmark.h"

#include "bench/benchcatalog.h"
#include "bench/benchstore.h"
#include "bench/catalogbenchmark.h"
#include "scoring/scorecardengine.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonObject condition(const QString &property, const QString &op, const QJsonValue &value = {})
{
    QJsonObject c{{u"property"_s, property}, {u"operator"_s, op}};
    if (!value.isNull() && !value.isUndefined())
        c.insert(u"value"_s, value);
    return c;
}

QJsonObject relationCondition(const QString &relation, const QString &op)
{
    return {{u"relation"_s, relation}, {u"operator"_s, op}};
}

QJsonObject rule(const QString &id, const QString &level, const QJsonObject &condition)
{
    return {{u"identifier"_s, id},
            {u"title"_s, id},
            {u"level"_s, level},
            {u"query"_s, QJsonObject{{u"combinator"_s, u"and"_s}, {u"conditions"_s, QJsonArray{condition}}}}};
}

QJsonObject target(const QString &id, const QString &level, const QString &property, double goal, bool lower)
{
    QJsonObject r{{u"identifier"_s, id}, {u"title"_s, id}, {u"level"_s, level}, {u"kind"_s, u"target"_s},
                  {u"measure"_s, QJsonObject{{u"property"_s, property}}}, {u"target"_s, goal}};
    if (lower)
        r.insert(u"direction"_s, u"lower"_s);
    return r;
}

// Meta-property rules every bench scorecard shares (4 of its 10).
QJsonArray metaRules(const QString &prefix)
{
    return {rule(u"hasTitle"_s, u"Bronze"_s, condition(u"$title"_s, u"isNotEmpty"_s)),
            rule(u"namedByConvention"_s, u"Bronze"_s, condition(u"$identifier"_s, u"beginsWith"_s, prefix)),
            rule(u"hasCreatedAt"_s, u"Bronze"_s, condition(u"$createdAt"_s, u"isNotEmpty"_s)),
            rule(u"updatedThisYear"_s, u"Silver"_s, condition(u"$updatedAt"_s, u"between"_s, QJsonObject{{u"preset"_s, u"last12Months"_s}}))};
}

QJsonObject scorecard(const QString &blueprint, const QString &prefix, const QJsonArray &own)
{
    QJsonArray rules = metaRules(prefix);
    for (const QJsonValue &r : own)
        rules.append(r);
    return {{u"identifier"_s, QString(blueprint + u"Bench"_s)}, {u"title"_s, QString(blueprint + u" benchmark"_s)},
            {u"blueprint"_s, blueprint}, {u"rules"_s, rules}};
}

} // namespace

QList<QJsonObject> ScorecardBenchmark::scorecards()
{
    const QString B = u"Bronze"_s, S = u"Silver"_s, G = u"Gold"_s;
    return {
        scorecard(u"team"_s, u"team-"_s,
                  {rule(u"hasSlack"_s, B, condition(u"slack"_s, u"isNotEmpty"_s)),
                   rule(u"slackChannel"_s, B, condition(u"slack"_s, u"beginsWith"_s, u"#"_s)),
                   rule(u"slackNamed"_s, S, condition(u"slack"_s, u"contains"_s, u"team"_s)),
                   rule(u"titled"_s, S, condition(u"$title"_s, u"contains"_s, u"Team"_s)),
                   rule(u"roundNumber"_s, G, condition(u"$identifier"_s, u"endsWith"_s, u"0"_s)),
                   rule(u"notFirst"_s, G, condition(u"slack"_s, u"!="_s, u"#team-1"_s))}),
        scorecard(u"system"_s, u"system-"_s,
                  {rule(u"described"_s, B, condition(u"description"_s, u"isNotEmpty"_s)),
                   rule(u"platform"_s, S, condition(u"description"_s, u"contains"_s, u"platform"_s)),
                   rule(u"owned"_s, B, relationCondition(u"team"_s, u"isNotEmpty"_s)),
                   rule(u"notLegacy"_s, S, condition(u"description"_s, u"doesNotContains"_s, u"legacy"_s)),
                   rule(u"titled"_s, G, condition(u"$title"_s, u"endsWith"_s, u"system"_s)),
                   rule(u"notFirst"_s, G, condition(u"$identifier"_s, u"!="_s, u"system-0"_s))}),
        scorecard(u"service"_s, u""_s,
                  {rule(u"supportedLanguage"_s, B, condition(u"language"_s, u"in"_s, QJsonArray{u"Go"_s, u"Java"_s, u"Kotlin"_s, u"Rust"_s})),
                   rule(u"described"_s, B, condition(u"description"_s, u"isNotEmpty"_s)),
                   rule(u"inSystem"_s, S, relationCondition(u"system"_s, u"isNotEmpty"_s)),
                   rule(u"coverage60"_s, S, condition(u"coverage"_s, u">="_s, 60)),
                   rule(u"tierOne"_s, G, condition(u"tier"_s, u"="_s, u"tier-1"_s)),
                   target(u"coverageTarget"_s, G, u"coverage"_s, 80, false)}),
        scorecard(u"api"_s, u"api-"_s,
                  {rule(u"knownType"_s, B, condition(u"type"_s, u"in"_s, QJsonArray{u"openapi"_s, u"grpc"_s})),
                   rule(u"hasProvider"_s, B, relationCondition(u"provider"_s, u"isNotEmpty"_s)),
                   rule(u"inSystem"_s, S, relationCondition(u"system"_s, u"isNotEmpty"_s)),
                   rule(u"notGraphql"_s, S, condition(u"type"_s, u"!="_s, u"graphql"_s)),
                   rule(u"titled"_s, G, condition(u"$title"_s, u"endsWith"_s, u"API"_s)),
                   rule(u"grpc"_s, G, condition(u"type"_s, u"="_s, u"grpc"_s))}),
        scorecard(u"deployment"_s, u"deploy-"_s,
                  {rule(u"succeeded"_s, B, condition(u"status"_s, u"="_s, u"success"_s)),
                   rule(u"ofAService"_s, B, relationCondition(u"service"_s, u"isNotEmpty"_s)),
                   rule(u"quick"_s, S, condition(u"durationSeconds"_s, u"<="_s, 600)),
                   rule(u"versioned"_s, S, condition(u"version"_s, u"beginsWith"_s, u"1."_s)),
                   rule(u"recent"_s, G, condition(u"startedAt"_s, u"between"_s, QJsonObject{{u"preset"_s, u"last12Months"_s}})),
                   target(u"durationTarget"_s, G, u"durationSeconds"_s, 300, true)}),
    };
}

ScorecardBenchmark::ScorecardBenchmark(qint64 entities, int runs, QString folder)
    : m_entities(entities)
    , m_runs(std::max(1, runs))
    , m_folder(std::move(folder))
{
}

QJsonObject ScorecardBenchmark::run(const std::function<void(const QString &)> &progress)
{
    QTemporaryDir temporary;
    const QString folder = m_folder.isEmpty() ? temporary.path() : m_folder;
    const QString path = folder + u"/scorecards-%1.sqlite"_s.arg(m_entities);
    QElapsedTimer generation;
    generation.start();
    if (const QString error = ensureBenchStore(path, m_entities); !error.isEmpty())
        return {{u"error"_s, error}};
    progress(u"catalog of %1 entities ready in %2 ms"_s.arg(m_entities).arg(generation.elapsed()));

    CatalogStore store(path);
    if (!store.isOpen())
        return {{u"error"_s, store.error()}};
    QHash<QString, Blueprint> blueprints;
    for (const Blueprint &b : store.blueprints())
        blueprints.insert(b.identifier, b);
    const Problems problems = ScorecardStore(store.database()).save(scorecards(), blueprints, u"bench"_s, Origin::Import);
    if (hasErrors(problems))
        return {{u"error"_s, problems.first().toString()}};

    QJsonArray runs;
    QList<double> evaluate, write, total;
    qint64 entities = 0, rules = 0;
    for (int run = 0; run < m_runs; ++run) {
        // Every run from no stored results: all rows and history rows are written.
        for (const QString &table : {u"scorecard_results"_s, u"scorecard_history"_s, u"scorecard_rulesets"_s})
            store.database().exec(u"DELETE FROM "_s + table);
        const ScoringRunReport report = evaluateInFull(path, {}, QDateTime::currentDateTimeUtc());
        if (!report.error.isEmpty())
            return {{u"error"_s, report.error}};
        entities = report.entities;
        rules = report.rules;
        evaluate.append(double(report.evaluateMs));
        write.append(double(report.writeMs));
        total.append(double(report.totalMs));
        runs.append(report.toJson());
        progress(u"run %1: %2 entities × rules = %3 in %4 ms"_s.arg(run + 1).arg(report.entities).arg(report.rules).arg(report.totalMs));
    }

    // Incremental: change a system; its services, APIs and deployments are related to it.
    QList<double> incremental;
    {
        ScorecardEngine engine(path, store.notifier());
        const BenchCatalog catalog(m_entities);
        for (int i = 0; i < std::max(3, m_runs); ++i) {
            const QString id = u"system-"_s + QString::number((i * 37) % catalog.systems());
            std::optional<Entity> system = store.entity(u"system"_s, id);
            if (!system)
                return {{u"error"_s, u"no entity system/%1"_s.arg(id)}};
            // A new text each time: an unchanged entity is not written (and nothing is evaluated).
            system->properties.insert(u"description"_s, u"changed platform %1 at %2"_s.arg(i).arg(QDateTime::currentMSecsSinceEpoch()));
            QEventLoop loop;
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            bool seen = false;
            QObject::connect(&engine, &ScorecardEngine::evaluated, &loop, [&](const ScoringChange &change) {
                if (change.scorecards.contains(u"systemBench"_s) || change.scorecards.contains(u"serviceBench"_s)) {
                    seen = true;
                    loop.quit();
                }
            });
            QElapsedTimer timer;
            timer.start();
            CatalogWriter writer(store, Origin::UI, u"bench"_s);
            Problems written = writer.putEntity(*system);
            if (!hasErrors(written))
                written = writer.commit();
            if (hasErrors(written))
                return {{u"error"_s, written.first().toString()}};
            loop.exec();
            if (!seen)
                return {{u"error"_s, u"the engine did not evaluate the change within 30 s"_s}};
            incremental.append(double(timer.nsecsElapsed()) / 1e6);
            progress(u"incremental %1: %2 ms"_s.arg(i + 1).arg(incremental.last(), 0, 'f', 1));
        }
    }
    return {
        {u"entities"_s, entities},
        {u"rules"_s, rules},
        {u"runs"_s, runs},
        {u"medianEvaluateMs"_s, median(evaluate)},
        {u"medianWriteMs"_s, median(write)},
        {u"medianTotalMs"_s, median(total)},
        {u"incrementalMs"_s, median(incremental)},
        {u"peakRssMiB"_s, peakRssMiB()},
    };
}

} // namespace portolan
