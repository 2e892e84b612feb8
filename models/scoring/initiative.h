#pragma once

#include "common/problem.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// A goal with a deadline over a scorecard (Cortex's initiatives, OpsLevel's campaigns): bring a
// set of entities to a level, or make them pass a set of rules, by a date.
// JSON: {identifier, title, description, scorecard, targetLevel | targetRules [..], filter
// {combinator, rules} (which of the scorecard's entities), owners [users or teams], startDate,
// deadline (YYYY-MM-DD), targetShare (0..1, default 1: every entity)}.
struct Initiative {
    QString identifier;
    QString title;
    QString description;
    QString scorecard;
    QString targetLevel;     // reach this level (or higher) …
    QStringList targetRules; // … or pass these rules
    QJsonObject filter;
    QStringList owners;
    QDate startDate;
    QDate deadline;
    double targetShare = 1.0;
    QJsonObject extra;

    static Initiative fromJson(const QJsonObject &json, Problems *problems = nullptr);
    QJsonObject toJson() const;
};

Problems validateInitiative(const Initiative &initiative, const QStringList &scorecards);

} // namespace portolan

#include "store/changeset.h"

#include <optional>

namespace portolan {

class CatalogStore;
class Database;

// Progress of an initiative, replayed from the scorecard's history (exact, not sampled).
struct InitiativeDay {
    QDate day;
    qint64 total = 0; // entities in scope that day
    qint64 done = 0;  // of which met the target
};
struct InitiativeTeam {
    QString team;
    qint64 total = 0;
    qint64 done = 0;
};
// One entity in scope: whether it meets the target, and the next thing its owners must do.
struct InitiativeEntity {
    QString blueprint;
    QString identifier;
    QString title;
    QStringList team;
    bool done = false;
    int level = 0;
    QStringList failingRules; // rule titles holding it below the target, lowest level first
    QString nextStep;         // "Pass “Has on-call” (Bronze)"
};
enum class InitiativeStatus { NotStarted, OnTrack, AtRisk, Behind, Done, Missed };
QString initiativeStatusName(InitiativeStatus status); // "on track", "at risk" …

struct InitiativeProgress {
    qint64 total = 0;
    qint64 done = 0;
    double share() const { return total ? double(done) / double(total) : 0.0; }
    QList<InitiativeDay> burnUp;          // one point per day from startDate to today
    QList<InitiativeTeam> teams;          // worst first
    QList<InitiativeEntity> entities;     // not done first
    InitiativeStatus status = InitiativeStatus::NotStarted;
    QDate forecast;                       // when the recent pace reaches the target (null: never)
    QString explanation;                  // "At the pace of the last 28 days (1.2 a week) the target is reached on 3 Feb, 12 days after the deadline."
};

// Reads results, history and entities (a store lane's job: never on the UI thread).
InitiativeProgress initiativeProgress(CatalogStore &store, const Initiative &initiative, const QDate &today);

// The portal's initiatives (table `initiatives`): writes validate, audit (kind "initiative") and
// are all or nothing, like ActionStore.
class InitiativeStore final
{
public:
    explicit InitiativeStore(const Database &db);
    QList<Initiative> initiatives() const;
    QList<QJsonObject> definitions() const;
    std::optional<Initiative> initiative(const QString &identifier) const;
    Problems save(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor, Origin origin);
    Problems remove(const QString &identifier, const QString &actor, Origin origin);
    Problems write(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor, Origin origin);

private:
    const Database &m_db;
};

} // namespace portolan
