#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace portolan {

// How a rule grades an entity. Binary: pass or fail (Port's query, or a jq expression that is
// truthy). Target: a measured number against a target, partial credit in between (coverage 60 of
// 80 earns 0.75). Threshold: the measured number falls into a band, each band earns its credit.
enum class RuleKind { Binary, Target, Threshold };
QString ruleKindName(RuleKind kind);

// Levels: an entity rises a level only when it passes every rule of it and of all lower levels
// (Port, OpsLevel). Points: each rule weighs `weight`; the score is the share of weights earned
// (Compass, Cortex's point scorecards).
enum class ScoringMode { Levels, Points };

struct ScorecardLevel {
    QString title;
    QString color; // Port's palette names ("paleBlue", "bronze", "silver", "gold") or #rrggbb
};

// A threshold band: a measured value at or beyond `from` (above it, or below it when lower is
// better) earns `credit` (0..1). The best band the value reaches counts.
struct ScoreBand {
    double from = 0;
    double credit = 0;
};

// What a target or threshold rule measures: one property (stored, meta, mirror, calculation or
// aggregation; "$relations.<name>" counts related entities) or a jq expression over the entity.
struct RuleMeasure {
    QString property;
    QString jq;
    bool isEmpty() const { return property.isEmpty() && jq.isEmpty(); }
};

struct ScorecardRule {
    QString identifier;
    QString title;
    QString description;
    QString level; // the title of the level this rule belongs to (not the first level)
    RuleKind kind = RuleKind::Binary;
    QJsonObject query; // Port's {combinator, conditions}; binary rules use it or `jq`
    QString jq;        // binary: passes when the result is truthy (neither false nor null)
    RuleMeasure measure;
    double target = 0;          // target rules
    bool lowerIsBetter = false; // target and threshold rules ("direction": "lower")
    QList<ScoreBand> bands;     // threshold rules
    double weight = 1;          // points scoring
    QJsonObject filter;         // {combinator, conditions}: where it does not match, the rule does not apply
    QDateTime effectiveFrom;    // before it, the rule is "upcoming": shown, never counted
    QJsonObject extra;          // keys Portolan does not know, kept as they came

    static ScorecardRule fromJson(const QJsonObject &json, const QString &path, Problems *problems);
    QJsonObject toJson() const;
};

// A scorecard in Port's shape ({identifier, title, blueprint, levels, filter, rules}) with
// Portolan's additions (`scoring`, and per rule `kind`, `jq`, `measure`, `target`, `direction`,
// `bands`, `weight`, `filter`, `effectiveFrom`). Unknown keys round-trip unchanged.
struct Scorecard {
    QString identifier;
    QString title;
    QString blueprint;
    QString description;
    QList<ScorecardLevel> levels; // lowest first; Basic, Bronze, Silver, Gold when absent
    QJsonObject filter;           // {combinator, conditions}: which entities are scored
    QList<ScorecardRule> rules;
    ScoringMode scoring = ScoringMode::Levels;
    QJsonObject extra;

    static QList<ScorecardLevel> defaultLevels();
    // Reads Port's shape; shape errors go to `problems` with their JSON paths ($.rules[2].query…).
    static Scorecard fromJson(const QJsonObject &json, Problems *problems = nullptr);
    QJsonObject toJson() const;

    int levelIndex(const QString &title) const; // -1 when there is no such level
    const ScorecardRule *rule(const QString &identifier) const;
};

// Every problem of a scorecard with its JSON path: missing identifier/title/blueprint, unknown
// blueprint, duplicate rule identifiers, rules on unknown or first levels, unknown operators,
// properties the blueprint does not have, jq that does not compile, bad bands/targets/weights.
Problems validateScorecard(const Scorecard &scorecard, const QHash<QString, Blueprint> &blueprints);

} // namespace portolan
