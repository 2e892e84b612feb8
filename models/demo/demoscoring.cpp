#include "demoscoring.h"

#include "catalog/derivedvalues.h"
#include "dashboards/dashboardstore.h"
#include "demolog.h"
#include "demorandom.h"
#include "demoscorehistory.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int historyDays = 120;
constexpr quint32 exemptionStream = 0x5EC0E;

QList<QJsonObject> readFolder(const QString &folder)
{
    QList<QJsonObject> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return out;
}

qint64 shiftDays(QDate anchor)
{
    return demoScoringAuthoredAnchor.daysTo(anchor);
}

QStringList identifiers(const QList<QJsonObject> &definitions)
{
    QStringList ids;
    for (const QJsonObject &d : definitions)
        ids.append(d.value("identifier"_L1).toString());
    return ids;
}

struct Graded {
    Scorecard scorecard;
    QList<ScoreWrite> writes;
    QList<QJsonObject> entityJson; // parallel to writes
};

// Grades every entity of the scorecard's blueprint as of `now`, with its active exemptions.
Graded grade(CatalogStore &store, ScorecardStore &scores, const Scorecard &scorecard, const QDateTime &now)
{
    Graded graded{scorecard, {}, {}};
    const std::optional<Blueprint> blueprint = store.blueprint(scorecard.blueprint);
    if (!blueprint)
        return graded;
    const ScorecardEvaluator evaluator(scorecard);
    const DerivedValues derived(store);
    QHash<QString, QList<Exemption>> exemptions;
    for (const Exemption &e : scores.exemptions(scorecard.identifier))
        exemptions[e.entity].append(e);
    for (const Entity &entity : store.entities(scorecard.blueprint)) {
        const QJsonObject json = derived.resolve(*blueprint, entity);
        ScoreWrite write{store.entityId(entity.blueprint, entity.identifier), entity.blueprint, entity.identifier,
                         evaluator.evaluate(json, now, exemptions.value(entity.identifier))};
        graded.writes.append(write);
        graded.entityJson.append(json);
    }
    return graded;
}

// Entities of `graded` failing `rule`, with tier-1 ones (the initiative's) when `tier1`.
QStringList failing(const Graded &graded, const QString &rule, bool tier1)
{
    QStringList out;
    for (qsizetype i = 0; i < graded.writes.size(); ++i) {
        const EntityScore &score = graded.writes.at(i).score;
        const bool isTier1 = graded.entityJson.at(i).value("properties"_L1).toObject().value("tier"_L1) == "tier-1"_L1;
        if (!score.inScope || isTier1 != tier1)
            continue;
        for (const RuleResult &r : score.rules) {
            if (r.rule == rule && r.outcome == RuleOutcome::Fail)
                out.append(graded.writes.at(i).identifier);
        }
    }
    return out;
}

// Two users: an engineer of the entity's team asks, a member of the security team approves.
QString memberOf(CatalogStore &store, const QString &team, const QString &other)
{
    for (const Entity &user : store.entities(u"user"_s)) {
        if (user.relationTargets(u"team"_s).contains(team) && user.identifier != other)
            return user.identifier;
    }
    return other.isEmpty() ? u"demo@example.com"_s : other + u".approver"_s;
}

// One approved exemption with an expiry (on-call for a tier-1 service being handed over) and one
// pending request. Returns when each active one started counting ("identifier/rule").
QHash<QString, QDateTime> addExemptions(CatalogStore &store, ScorecardStore &scores, const Graded &readiness,
                                        quint32 seed, const QDateTime &now, Problems *problems)
{
    QHash<QString, QDateTime> since;
    demo::DemoRandom random(seed, exemptionStream);
    const QStringList noOnCall = failing(readiness, u"onCallSet"_s, true);
    if (!noOnCall.isEmpty()) {
        const QString entity = random.pick(noOnCall);
        const std::optional<Entity> e = store.entity(readiness.scorecard.blueprint, entity);
        const QString requester = memberOf(store, e && !e->team.isEmpty() ? e->team.first() : QString(), {});
        Exemption x;
        x.scorecard = readiness.scorecard.identifier;
        x.rule = u"onCallSet"_s;
        x.blueprint = readiness.scorecard.blueprint;
        x.entity = entity;
        x.reason = u"Being handed over to Site Reliability; their rota starts when the migration ends."_s;
        x.requestedBy = requester;
        x.requestedAt = now.addDays(-23).addSecs(10 * 3600);
        x.expiresAt = now.addDays(45);
        const qint64 id = scores.requestExemption(x, problems);
        const QDateTime approvedAt = now.addDays(-21).addSecs(15 * 3600);
        if (id)
            problems->append(scores.approveExemption(id, memberOf(store, u"security"_s, requester), approvedAt));
        since.insert(entity + u"/onCallSet"_s, approvedAt);
    }
    const QStringList noCodeOwners = failing(readiness, u"codeOwners"_s, false);
    if (!noCodeOwners.isEmpty()) {
        const QString entity = random.pick(noCodeOwners);
        const std::optional<Entity> e = store.entity(readiness.scorecard.blueprint, entity);
        Exemption x;
        x.scorecard = readiness.scorecard.identifier;
        x.rule = u"codeOwners"_s;
        x.blueprint = readiness.scorecard.blueprint;
        x.entity = entity;
        x.reason = u"Generated code only; the repository is rewritten by the pipeline on every release."_s;
        x.requestedBy = memberOf(store, e && !e->team.isEmpty() ? e->team.first() : QString(), {});
        x.requestedAt = now.addDays(-2).addSecs(11 * 3600);
        scores.requestExemption(x, problems);
    }
    return since;
}
} // namespace

QList<QJsonObject> demoScorecards(QDate anchor)
{
    QList<QJsonObject> out = readFolder(u":/scorecards"_s);
    for (QJsonObject &card : out) {
        QJsonArray rules = card.value("rules"_L1).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (!rule.contains("effectiveFrom"_L1))
                continue;
            const QDateTime from = QDateTime::fromString(rule.value("effectiveFrom"_L1).toString(), Qt::ISODateWithMs);
            rule.insert(u"effectiveFrom"_s, from.addDays(shiftDays(anchor)).toUTC().toString(Qt::ISODateWithMs));
            rules.replace(i, rule);
        }
        card.insert(u"rules"_s, rules);
    }
    return out;
}

QList<QJsonObject> demoInitiatives(QDate anchor)
{
    QList<QJsonObject> out = readFolder(u":/initiatives"_s);
    for (QJsonObject &initiative : out) {
        const QDate start = QDate::fromString(initiative.value("startDate"_L1).toString(), Qt::ISODate);
        const QDate deadline = QDate::fromString(initiative.value("deadline"_L1).toString(), Qt::ISODate);
        initiative.insert(u"startDate"_s, start.addDays(shiftDays(anchor)).toString(Qt::ISODate));
        initiative.insert(u"deadline"_s, deadline.addDays(shiftDays(anchor)).toString(Qt::ISODate));
        if (initiative.value("identifier"_L1) == "productionReadyTier1"_L1)
            initiative.insert(u"title"_s, QString(u"Production-ready by "_s
                                                      + QLocale(QLocale::English).toString(deadline.addDays(shiftDays(anchor)), u"d MMMM"_s)));
    }
    return out;
}

QList<QJsonObject> demoDashboards()
{
    return readFolder(u":/dashboards"_s);
}

Problems addDemoScoring(CatalogStore &store, quint32 seed, QDate anchor, const QString &actor)
{
    QElapsedTimer timer;
    timer.start();
    QHash<QString, Blueprint> blueprints;
    for (const Blueprint &bp : store.blueprints())
        blueprints.insert(bp.identifier, bp);
    ScorecardStore scores(store.database());
    const QList<QJsonObject> cards = demoScorecards(anchor);
    Problems problems = scores.save(cards, blueprints, actor, Origin::Import);
    if (hasErrors(problems))
        return problems;
    const QList<QJsonObject> initiatives = demoInitiatives(anchor);
    problems.append(InitiativeStore(store.database()).save(initiatives, identifiers(cards), actor, Origin::Import));
    problems.append(DashboardStore(store.database())
                        .save(demoDashboards(), blueprints, identifiers(cards), identifiers(initiatives), actor, Origin::Import));
    if (hasErrors(problems))
        return problems;

    const QDateTime now(anchor, QTime(0, 0), QTimeZone::UTC);
    QHash<QString, QDateTime> exemptSince;
    for (const Scorecard &scorecard : scores.scorecards()) {
        Graded graded = grade(store, scores, scorecard, now);
        if (scorecard.identifier == "productionReadiness"_L1) {
            exemptSince = addExemptions(store, scores, graded, seed, now, &problems);
            graded = grade(store, scores, scorecard, now); // the approved exemption counts today
        }
        Transaction transaction(store.database());
        QString error;
        if (!transaction.isOpen()
            || !demo::writeScoreHistory(scores, scorecard, graded.writes, seed, now, historyDays, exemptSince, &error)
            || !transaction.commit()) {
            problems.append(Problem::error(u"$.scorecards."_s + scorecard.identifier,
                                           u"could not write the demo's results: "_s + error + transaction.error()));
            return problems;
        }
    }
    qCDebug(lcDemo) << "graded the demo by" << cards.size() << "scorecards, with history, in" << timer.elapsed() << "ms";
    return problems;
}

} // namespace portolan
