#pragma once

#include "initiative.h"

#include <QHash>

namespace portolan {

class Database;

// What "done" means for one initiative, read from its scorecard's definition and rulesets: the
// target level's index, the rules it needs (with their level), and how outcome strings map to
// rules (scorecard_rulesets). Private to the initiative's progress code.
class InitiativeTarget final
{
public:
    InitiativeTarget(const Database &db, const Initiative &initiative);

    // The rule identifiers an outcomes string of `ruleset` refers to (cached per ruleset).
    QStringList rulesOf(qint64 ruleset) const;
    // Reached the target level, or no target rule holds it back (Fail or Error).
    bool meets(int level, const QString &outcomes, const QStringList &rules) const;
    // Titles of the rules that hold it below the target, lowest level first.
    QStringList failingRules(const QString &outcomes, const QStringList &rules) const;
    // "Pass “Has an on-call rotation” (Bronze)"; empty when nothing holds it back.
    QString nextStep(const QString &outcomes, const QStringList &rules) const;

    int targetLevel() const { return m_targetLevel; }
    QStringList levels() const { return m_levels; }

private:
    struct RuleInfo {
        QString title;
        int level = 0; // index into m_levels
        int order = 0; // position in the scorecard
    };
    QList<QString> holding(const QString &outcomes, const QStringList &rules) const; // identifiers, sorted

    const Database &m_db;
    QString m_scorecard;
    QStringList m_levels;
    QHash<QString, RuleInfo> m_rules;
    int m_targetLevel = -1;   // -1: targetRules instead
    QStringList m_targetRules;
    mutable QHash<qint64, QStringList> m_rulesets;
};

// Sets status, forecast and explanation from the progress's counts and burn-up.
void forecastInitiative(InitiativeProgress &progress, const Initiative &initiative, const QDate &today);

// How many entities must meet the target: targetShare × total, rounded up.
qint64 initiativeGoal(const InitiativeProgress &progress, const Initiative &initiative);

} // namespace portolan
