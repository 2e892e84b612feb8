#include "scorecardstore.h"

#include "store/database.h"
#include "store/definitiontable.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Scorecard definitions: reads, validated writes with audit. Results, history and trends are in
// scorecardstoreresults.cpp, exemptions in scorecardstoreexemptions.cpp.
namespace portolan {

namespace {

// Audited under the scorecard's blueprint, so a blueprint's history shows its scorecards.
DefinitionTable table(const Database &db)
{
    return DefinitionTable(db, u"scorecards"_s, u"scorecard"_s,
                           [](const QJsonObject &json) { return json.value(u"blueprint"_s).toString(u""_s); });
}

} // namespace

RuleOutcome StoredScore::outcome(const QString &rule) const
{
    const qsizetype index = rules.indexOf(rule);
    if (index < 0 || index >= outcomes.size())
        return RuleOutcome::NotApplicable;
    return outcomeFromCode(outcomes.at(index));
}

ScorecardStore::ScorecardStore(const Database &db)
    : m_db(db)
{
}

QList<QJsonObject> ScorecardStore::definitions() const
{
    return table(m_db).all();
}

QList<Scorecard> ScorecardStore::scorecards() const
{
    QList<Scorecard> out;
    for (const QJsonObject &json : definitions())
        out.append(Scorecard::fromJson(json));
    return out;
}

std::optional<Scorecard> ScorecardStore::scorecard(const QString &identifier) const
{
    const QJsonObject json = table(m_db).one(identifier);
    if (json.isEmpty())
        return std::nullopt;
    return Scorecard::fromJson(json);
}

QList<Scorecard> ScorecardStore::scorecardsOf(const QString &blueprint) const
{
    QList<Scorecard> out;
    for (const Scorecard &scorecard : scorecards())
        if (scorecard.blueprint == blueprint)
            out.append(scorecard);
    return out;
}

Problems ScorecardStore::save(const QList<QJsonObject> &scorecards, const QHash<QString, Blueprint> &blueprints,
                              const QString &actor, Origin origin)
{
    return table(m_db).inTransaction(u"could not save the scorecards: "_s,
                                     [&] { return write(scorecards, blueprints, actor, origin); });
}

Problems ScorecardStore::write(const QList<QJsonObject> &scorecards, const QHash<QString, Blueprint> &blueprints,
                               const QString &actor, Origin origin)
{
    // Everything is checked before anything is written: one bad scorecard writes none.
    Problems problems;
    QList<Scorecard> parsed;
    QSet<QString> seen;
    for (qsizetype i = 0; i < scorecards.size(); ++i) {
        Problems found;
        const Scorecard scorecard = Scorecard::fromJson(scorecards.at(i), &found);
        found.append(validateScorecard(scorecard, blueprints));
        if (!scorecard.identifier.isEmpty() && seen.contains(scorecard.identifier))
            found.append(Problem::error(u"$.identifier"_s, u"scorecard \"%1\" appears twice"_s.arg(scorecard.identifier)));
        seen.insert(scorecard.identifier);
        locate(found, {}, scorecards.size() > 1 ? u"$.scorecards[%1]"_s.arg(i) : QString());
        problems.append(found);
        parsed.append(scorecard);
    }
    if (hasErrors(problems))
        return problems;
    const DefinitionTable definitions = table(m_db);
    for (const Scorecard &scorecard : std::as_const(parsed)) {
        problems.append(definitions.put(scorecard.identifier, scorecard.toJson(), actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems ScorecardStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const DefinitionTable definitions = table(m_db);
    return definitions.inTransaction(u"could not delete the scorecard: "_s, [&]() -> Problems {
        Problems problems = definitions.remove(identifier, actor, origin);
        if (hasErrors(problems))
            return problems;
        // History stays (it outlives definitions, like entities); current results go with the scorecard.
        QSqlQuery q(m_db.connection());
        q.prepare(u"DELETE FROM scorecard_results WHERE scorecard = ?"_s);
        q.addBindValue(identifier);
        if (!q.exec())
            return {Problem::error({}, u"could not delete scorecard \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
        return problems;
    });
}

} // namespace portolan
