#include "scorecardstore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Scorecard definitions: reads, validated writes with audit. Results, history and trends are in
// scorecardstoreresults.cpp, exemptions in scorecardstoreexemptions.cpp.
namespace portolan {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject storedDefinition(const Database &db, const QString &identifier)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT json FROM scorecards WHERE identifier = ?"_s);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

Problems writeAudit(const Database &db, const QString &change, const QString &identifier, const QJsonObject &before,
                    const QJsonObject &after, const QString &actor, Origin origin)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, 'scorecard', ?, ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.isNull() ? u""_s : actor);
    q.addBindValue(originName(origin));
    q.addBindValue(change);
    q.addBindValue((after.isEmpty() ? before : after).value(u"blueprint"_s).toString(u""_s));
    q.addBindValue(identifier);
    q.addBindValue(before.isEmpty() ? QVariant() : QVariant(compact(before)));
    q.addBindValue(after.isEmpty() ? QVariant() : QVariant(compact(after)));
    if (!q.exec())
        return {Problem::error({}, u"could not audit scorecard \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    return {};
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
    QSqlQuery q(m_db.connection());
    QList<QJsonObject> out;
    if (q.exec(u"SELECT json FROM scorecards ORDER BY position, identifier"_s))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
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
    const QJsonObject json = storedDefinition(m_db, identifier);
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
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    Problems problems = write(scorecards, blueprints, actor, origin);
    if (hasErrors(problems))
        return problems;
    if (!transaction.commit())
        problems.append(Problem::error({}, u"could not save the scorecards: "_s + transaction.error()));
    return problems;
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
    for (const Scorecard &scorecard : parsed) {
        const QJsonObject before = storedDefinition(m_db, scorecard.identifier);
        const QJsonObject after = scorecard.toJson();
        if (before == after)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO scorecards (identifier, json, position) VALUES (?, ?,"
                  " (SELECT COALESCE(MAX(position), 0) + 1 FROM scorecards))"
                  " ON CONFLICT (identifier) DO UPDATE SET json = excluded.json"_s);
        q.addBindValue(scorecard.identifier);
        q.addBindValue(compact(after));
        if (!q.exec())
            return {Problem::error({}, u"could not write scorecard \"%1\": %2"_s.arg(scorecard.identifier, q.lastError().text()))};
        problems.append(writeAudit(m_db, before.isEmpty() ? u"create"_s : u"update"_s, scorecard.identifier, before, after,
                                   actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems ScorecardStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const QJsonObject before = storedDefinition(m_db, identifier);
    if (before.isEmpty())
        return {Problem::error({}, u"no scorecard \"%1\""_s.arg(identifier))};
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return {Problem::error({}, u"cannot start writing to the portal: "_s + transaction.error())};
    // History stays (it outlives definitions, like entities); current results go with the scorecard.
    for (const QString &sql : {u"DELETE FROM scorecards WHERE identifier = ?"_s,
                               u"DELETE FROM scorecard_results WHERE scorecard = ?"_s}) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.addBindValue(identifier);
        if (!q.exec())
            return {Problem::error({}, u"could not delete scorecard \"%1\": %2"_s.arg(identifier, q.lastError().text()))};
    }
    Problems problems = writeAudit(m_db, u"delete"_s, identifier, before, {}, actor, origin);
    if (!hasErrors(problems) && !transaction.commit())
        problems.append(Problem::error({}, u"could not delete the scorecard: "_s + transaction.error()));
    return problems;
}

} // namespace portolan
