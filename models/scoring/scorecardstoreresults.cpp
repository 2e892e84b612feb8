#include "scorecardstore.h"

#include "store/database.h"
#include "scoring/rawstatement.h"
#include "scoring/resultwriter.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Results of a scorecard: the current one per entity, and a history row whenever it changed.
namespace portolan {

namespace {

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QList<double> parseCredits(const QString &text)
{
    QList<double> out;
    if (text.isEmpty())
        return out;
    for (const QStringView part : QStringView(text).split(u','))
        out.append(part.toDouble());
    return out;
}

QStringList fromJsonList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// Every ruleset of a scorecard: id → rule identifiers.
QHash<qint64, QStringList> rulesets(const Database &db, const QString &scorecard)
{
    QHash<qint64, QStringList> out;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, rules FROM scorecard_rulesets WHERE scorecard = ?"_s);
    q.addBindValue(scorecard);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong(), fromJsonList(q.value(1).toString()));
    return out;
}

const char *const resultColumns =
    "SELECT e.blueprint, e.identifier, e.title, e.team, r.level, r.points, r.outcomes, r.credits, r.ruleset,"
    " r.evaluated_at, r.changed_at, r.scorecard FROM scorecard_results r JOIN entities e ON e.id = r.entity ";

StoredScore readScore(const QSqlQuery &q, const QHash<qint64, QStringList> &rulesetRules)
{
    StoredScore s;
    s.blueprint = q.value(0).toString();
    s.identifier = q.value(1).toString();
    s.title = q.value(2).toString();
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        s.team.append(t.toString());
    s.level = q.value(4).toInt();
    s.points = q.value(5).toDouble();
    s.outcomes = q.value(6).toString();
    s.credits = parseCredits(q.value(7).toString());
    s.rules = rulesetRules.value(q.value(8).toLongLong());
    s.evaluatedAt = fromIso(q.value(9).toString());
    s.changedAt = fromIso(q.value(10).toString());
    s.scorecard = q.value(11).toString();
    return s;
}

} // namespace

qint64 ScorecardStore::writeResults(const Scorecard &scorecard, const QList<ScoreWrite> &results, const QDateTime &now,
                                    QString *error)
{
    ResultWriter writer(m_db, scorecard, scorecard.blueprint, now, results.size());
    for (const ScoreWrite &write : results)
        if (!writer.write(CompactScore::from(write.entityId, write.identifier, write.score)))
            break;
    if (!writer.finish(false) || !writer.isValid()) {
        if (error)
            *error = writer.error();
        return -1;
    }
    return writer.changed();
}

std::optional<StoredScore> ScorecardStore::result(const QString &scorecard, const QString &blueprint,
                                                  const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(resultColumns) + u"WHERE r.scorecard = ? AND e.blueprint = ? AND e.identifier = ?"_s);
    q.addBindValue(scorecard);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readScore(q, rulesets(m_db, scorecard));
}

QList<StoredScore> ScorecardStore::resultsOf(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    // Scorecards are few: the primary key (scorecard, entity) once per scorecard.
    q.prepare(QString::fromLatin1(resultColumns)
              + u"WHERE e.blueprint = ? AND e.identifier = ? AND r.scorecard IN (SELECT identifier FROM scorecards)"
                " ORDER BY r.scorecard"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    QList<StoredScore> out;
    QHash<QString, QHash<qint64, QStringList>> sets;
    if (q.exec())
        while (q.next()) {
            const QString scorecard = q.value(11).toString();
            if (!sets.contains(scorecard))
                sets.insert(scorecard, rulesets(m_db, scorecard));
            out.append(readScore(q, sets.value(scorecard)));
        }
    return out;
}

QList<StoredScore> ScorecardStore::results(const QString &scorecard, int level, const QString &failingRule, int limit,
                                           int offset) const
{
    const QHash<qint64, QStringList> sets = rulesets(m_db, scorecard);
    QString sql = QString::fromLatin1(resultColumns) + u"WHERE r.scorecard = ?"_s;
    if (level >= 0)
        sql += u" AND r.level = %1"_s.arg(level);
    if (!failingRule.isEmpty()) {
        // Each ruleset puts the rule at its own position in `outcomes`.
        QString cases;
        for (auto it = sets.cbegin(); it != sets.cend(); ++it)
            if (const qsizetype index = it.value().indexOf(failingRule); index >= 0)
                cases += u" WHEN %1 THEN substr(r.outcomes, %2, 1)"_s.arg(it.key()).arg(index + 1);
        if (cases.isEmpty())
            return {};
        sql += u" AND (CASE r.ruleset"_s + cases + u" END) IN ('F', '!')"_s;
    }
    sql += u" ORDER BY e.title, e.identifier LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(scorecard);
    QList<StoredScore> out;
    if (q.exec())
        while (q.next())
            out.append(readScore(q, sets));
    return out;
}

ScorecardSummary ScorecardStore::summary(const QString &scorecard) const
{
    ScorecardSummary summary;
    const QHash<qint64, QStringList> sets = rulesets(m_db, scorecard);
    // Distinct outcome strings are few (rules × outcomes), entities many: let SQL group them.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT level, outcomes, ruleset, COUNT(*), SUM(points) FROM scorecard_results WHERE scorecard = ?"
              " GROUP BY level, outcomes, ruleset"_s);
    q.addBindValue(scorecard);
    double points = 0;
    if (q.exec())
        while (q.next()) {
            const int level = q.value(0).toInt();
            const QString outcomes = q.value(1).toString();
            const QStringList rules = sets.value(q.value(2).toLongLong());
            const qint64 count = q.value(3).toLongLong();
            summary.entities += count;
            points += q.value(4).toDouble();
            while (summary.perLevel.size() <= level)
                summary.perLevel.append(0);
            summary.perLevel[level] += count;
            for (qsizetype i = 0; i < outcomes.size() && i < rules.size(); ++i) {
                RuleTally &tally = summary.rules[rules.at(i)];
                switch (outcomeFromCode(outcomes.at(i))) {
                case RuleOutcome::Pass: tally.passed += count; break;
                case RuleOutcome::Fail: tally.failed += count; break;
                case RuleOutcome::NotApplicable: tally.notApplicable += count; break;
                case RuleOutcome::Upcoming: tally.upcoming += count; break;
                case RuleOutcome::Exempt: tally.exempt += count; break;
                case RuleOutcome::Error: tally.errors += count; break;
                }
            }
        }
    if (const std::optional<Scorecard> definition = this->scorecard(scorecard))
        while (summary.perLevel.size() < definition->levels.size())
            summary.perLevel.append(0);
    summary.averagePoints = summary.entities ? points / double(summary.entities) : 0;
    return summary;
}

QList<ScoreChange> ScorecardStore::history(const QString &scorecard, const QString &blueprint,
                                           const QString &identifier) const
{
    const QHash<qint64, QStringList> sets = rulesets(m_db, scorecard);
    QSqlQuery q(m_db.connection());
    // By the entity's id (how the rows are indexed); the identifier guards against an id SQLite
    // reused after a deletion. An entity deleted and created again starts a new history.
    q.prepare(u"SELECT at, level, points, outcomes, ruleset FROM scorecard_history WHERE scorecard = ?"
              " AND entity = (SELECT id FROM entities WHERE blueprint = ? AND identifier = ?) AND blueprint = ?"
              " AND identifier = ? AND level >= 0 ORDER BY at, id"_s);
    q.addBindValue(scorecard);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    QList<ScoreChange> out;
    if (q.exec())
        while (q.next())
            out.append({fromIso(q.value(0).toString()), q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toString(),
                        sets.value(q.value(4).toLongLong())});
    return out;
}

} // namespace portolan
