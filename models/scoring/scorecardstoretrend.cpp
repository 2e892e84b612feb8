#include "scorecardstore.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Trends: the history replayed to the state at the end of each day (days in UTC). Tallies are kept
// up to date row by row (take away the entity's previous state, add its new one), so a year of
// history costs one pass over its rows, not one pass per day.
namespace portolan {

namespace {

struct State {
    int level = -1;
    QString outcomes;
    qint64 ruleset = 0;
};

struct Tallies {
    QList<qint64> perLevel;
    QHash<QString, qint64> passed;  // rule → entities passing
    QHash<QString, qint64> counted; // rule → entities passing, failing or erring
    qint64 entities = 0;

    void apply(const State &state, const QStringList &rules, int sign)
    {
        if (state.level < 0)
            return;
        entities += sign;
        while (perLevel.size() <= state.level)
            perLevel.append(0);
        perLevel[state.level] += sign;
        for (qsizetype i = 0; i < state.outcomes.size() && i < rules.size(); ++i) {
            const RuleOutcome outcome = outcomeFromCode(state.outcomes.at(i));
            if (outcome == RuleOutcome::Pass)
                passed[rules.at(i)] += sign;
            if (outcome == RuleOutcome::Pass || outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error)
                counted[rules.at(i)] += sign;
        }
    }
};

} // namespace

QList<ScoreTrendPoint> ScorecardStore::trend(const QString &scorecard, const QDate &from, const QDate &to) const
{
    QList<ScoreTrendPoint> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    QHash<qint64, QStringList> rulesets;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT id, rules FROM scorecard_rulesets WHERE scorecard = ?"_s);
        q.addBindValue(scorecard);
        if (q.exec())
            while (q.next()) {
                QStringList rules;
                for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
                    rules.append(v.toString());
                rulesets.insert(q.value(0).toLongLong(), rules);
            }
    }
    const std::optional<Scorecard> definition = this->scorecard(scorecard);
    const auto endOf = [](const QDate &day) {
        return day.addDays(1).startOfDay(QTimeZone::UTC).toString(Qt::ISODateWithMs);
    };

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, blueprint, identifier, level, outcomes, ruleset FROM scorecard_history"
              " WHERE scorecard = ? AND at < ? ORDER BY at, id"_s);
    q.addBindValue(scorecard);
    q.addBindValue(endOf(to));
    if (!q.exec())
        return out;

    QHash<QString, State> states; // "blueprint/identifier" → its latest state
    Tallies tallies;
    bool pending = q.next();
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString end = endOf(day);
        while (pending && q.value(0).toString() < end) {
            const QString key = q.value(1).toString() + u'/' + q.value(2).toString();
            const State next{q.value(3).toInt(), q.value(4).toString(), q.value(5).toLongLong()};
            State &current = states[key];
            tallies.apply(current, rulesets.value(current.ruleset), -1);
            tallies.apply(next, rulesets.value(next.ruleset), +1);
            current = next;
            pending = q.next();
        }
        ScoreTrendPoint point;
        point.day = day;
        point.entities = tallies.entities;
        point.perLevel = tallies.perLevel;
        if (definition)
            while (point.perLevel.size() < definition->levels.size())
                point.perLevel.append(0);
        for (auto it = tallies.counted.cbegin(); it != tallies.counted.cend(); ++it)
            point.passRate.insert(it.key(), it.value() ? double(tallies.passed.value(it.key())) / double(it.value()) : 1.0);
        out.append(point);
    }
    return out;
}

} // namespace portolan
