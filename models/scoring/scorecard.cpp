#include "scorecard.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kScorecardKeys{u"identifier"_s, u"title"_s,   u"blueprint"_s, u"description"_s,
                                 u"levels"_s,     u"filter"_s,  u"rules"_s,     u"scoring"_s};
const QStringList kRuleKeys{u"identifier"_s, u"title"_s,  u"description"_s, u"level"_s,  u"kind"_s,
                            u"query"_s,      u"jq"_s,     u"measure"_s,     u"target"_s, u"direction"_s,
                            u"bands"_s,      u"weight"_s, u"filter"_s,      u"effectiveFrom"_s};

// Reads `key` as a string; anything else that is present is a shape problem.
QString stringAt(const QJsonObject &json, const char *key, const QString &path, Problems *problems)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString() && problems)
        problems->append(Problem::error(path + u'.' + QLatin1StringView(key), u"must be a string"_s));
    return v.toString();
}

QJsonObject objectAt(const QJsonObject &json, const char *key, const QString &path, Problems *problems)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isObject() && problems)
        problems->append(Problem::error(path + u'.' + QLatin1StringView(key), u"must be an object"_s));
    return v.toObject();
}

double numberAt(const QJsonObject &json, const char *key, double fallback, const QString &path, Problems *problems)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        if (problems)
            problems->append(Problem::error(path + u'.' + QLatin1StringView(key), u"must be a number"_s));
        return fallback;
    }
    return v.toDouble();
}

QJsonObject extraOf(const QJsonObject &json, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    return extra;
}

} // namespace

QString ruleKindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Binary: return u"binary"_s;
    case RuleKind::Target: return u"target"_s;
    case RuleKind::Threshold: return u"threshold"_s;
    }
    return {};
}

ScorecardRule ScorecardRule::fromJson(const QJsonObject &json, const QString &path, Problems *problems)
{
    ScorecardRule rule;
    rule.identifier = stringAt(json, "identifier", path, problems);
    rule.title = stringAt(json, "title", path, problems);
    rule.description = stringAt(json, "description", path, problems);
    rule.level = stringAt(json, "level", path, problems);
    const QString kind = stringAt(json, "kind", path, problems);
    if (kind == "target"_L1)
        rule.kind = RuleKind::Target;
    else if (kind == "threshold"_L1)
        rule.kind = RuleKind::Threshold;
    else if (!kind.isEmpty() && kind != "binary"_L1 && problems)
        problems->append(Problem::error(path + u".kind"_s, u"\"%1\" is not one of binary, target, threshold"_s.arg(kind)));
    rule.query = objectAt(json, "query", path, problems);
    rule.jq = stringAt(json, "jq", path, problems);
    const QJsonObject measure = objectAt(json, "measure", path, problems);
    rule.measure.property = stringAt(measure, "property", path + u".measure"_s, problems);
    rule.measure.jq = stringAt(measure, "jq", path + u".measure"_s, problems);
    // A target rule without a target is not the same as a target of 0: NaN lets validation say so.
    rule.target = numberAt(json, "target", rule.kind == RuleKind::Target ? qQNaN() : 0.0, path, problems);
    const QString direction = stringAt(json, "direction", path, problems);
    rule.lowerIsBetter = direction == "lower"_L1;
    if (!direction.isEmpty() && direction != "lower"_L1 && direction != "higher"_L1 && problems)
        problems->append(Problem::error(path + u".direction"_s, u"must be \"higher\" or \"lower\""_s));
    const QJsonValue bands = json.value("bands"_L1);
    if (!bands.isUndefined() && !bands.isArray() && problems)
        problems->append(Problem::error(path + u".bands"_s, u"must be a list of {from, credit}"_s));
    const QJsonArray bandList = bands.toArray();
    for (qsizetype i = 0; i < bandList.size(); ++i) {
        const QString bandPath = path + u".bands["_s + QString::number(i) + u']';
        const QJsonObject band = bandList.at(i).toObject();
        rule.bands.append({numberAt(band, "from", 0, bandPath, problems), numberAt(band, "credit", 0, bandPath, problems)});
    }
    rule.weight = numberAt(json, "weight", 1, path, problems);
    rule.filter = objectAt(json, "filter", path, problems);
    const QString from = stringAt(json, "effectiveFrom", path, problems);
    if (!from.isEmpty()) {
        rule.effectiveFrom = QDateTime::fromString(from, Qt::ISODateWithMs);
        if (!rule.effectiveFrom.isValid() && problems)
            problems->append(Problem::error(path + u".effectiveFrom"_s, u"must be an ISO 8601 date-time such as \"2026-07-01T00:00:00Z\""_s));
    }
    rule.extra = extraOf(json, kRuleKeys);
    return rule;
}

QJsonObject ScorecardRule::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"identifier"_s, identifier);
    json.insert(u"title"_s, title);
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    json.insert(u"level"_s, level);
    if (kind != RuleKind::Binary)
        json.insert(u"kind"_s, ruleKindName(kind));
    // Port requires a query on every rule; a jq rule keeps whatever query it was given.
    if (!query.isEmpty() || (kind == RuleKind::Binary && jq.isEmpty()))
        json.insert(u"query"_s, query.isEmpty() ? QJsonObject{{u"combinator"_s, u"and"_s}, {u"conditions"_s, QJsonArray{}}} : query);
    if (!jq.isEmpty())
        json.insert(u"jq"_s, jq);
    if (!measure.property.isEmpty())
        json.insert(u"measure"_s, QJsonObject{{u"property"_s, measure.property}});
    else if (!measure.jq.isEmpty())
        json.insert(u"measure"_s, QJsonObject{{u"jq"_s, measure.jq}});
    if (kind == RuleKind::Target && !std::isnan(target))
        json.insert(u"target"_s, target);
    if (lowerIsBetter)
        json.insert(u"direction"_s, u"lower"_s);
    if (!bands.isEmpty()) {
        QJsonArray list;
        for (const ScoreBand &band : bands)
            list.append(QJsonObject{{u"from"_s, band.from}, {u"credit"_s, band.credit}});
        json.insert(u"bands"_s, list);
    }
    if (weight != 1)
        json.insert(u"weight"_s, weight);
    if (!filter.isEmpty())
        json.insert(u"filter"_s, filter);
    if (effectiveFrom.isValid())
        json.insert(u"effectiveFrom"_s, effectiveFrom.toUTC().toString(Qt::ISODate));
    return json;
}

QList<ScorecardLevel> Scorecard::defaultLevels()
{
    return {{u"Basic"_s, u"paleBlue"_s}, {u"Bronze"_s, u"bronze"_s}, {u"Silver"_s, u"silver"_s}, {u"Gold"_s, u"gold"_s}};
}

Scorecard Scorecard::fromJson(const QJsonObject &json, Problems *problems)
{
    Scorecard card;
    const QString root = u"$"_s;
    card.identifier = stringAt(json, "identifier", root, problems);
    card.title = stringAt(json, "title", root, problems);
    card.blueprint = stringAt(json, "blueprint", root, problems);
    card.description = stringAt(json, "description", root, problems);
    const QJsonValue levels = json.value("levels"_L1);
    if (!levels.isUndefined() && !levels.isNull() && !levels.isArray() && problems)
        problems->append(Problem::error(u"$.levels"_s, u"must be a list of {title, color}"_s));
    const QJsonArray levelList = levels.toArray();
    for (qsizetype i = 0; i < levelList.size(); ++i) {
        const QString levelPath = u"$.levels["_s + QString::number(i) + u']';
        const QJsonObject level = levelList.at(i).toObject();
        card.levels.append({stringAt(level, "title", levelPath, problems), stringAt(level, "color", levelPath, problems)});
    }
    if (card.levels.isEmpty())
        card.levels = defaultLevels();
    card.filter = objectAt(json, "filter", root, problems);
    const QJsonValue rules = json.value("rules"_L1);
    if (!rules.isUndefined() && !rules.isNull() && !rules.isArray() && problems)
        problems->append(Problem::error(u"$.rules"_s, u"must be a list of rules"_s));
    const QJsonArray ruleList = rules.toArray();
    for (qsizetype i = 0; i < ruleList.size(); ++i) {
        const QString rulePath = u"$.rules["_s + QString::number(i) + u']';
        if (!ruleList.at(i).isObject() && problems)
            problems->append(Problem::error(rulePath, u"must be an object"_s));
        card.rules.append(ScorecardRule::fromJson(ruleList.at(i).toObject(), rulePath, problems));
    }
    const QString scoring = stringAt(json, "scoring", root, problems);
    card.scoring = scoring == "points"_L1 ? ScoringMode::Points : ScoringMode::Levels;
    if (!scoring.isEmpty() && scoring != "points"_L1 && scoring != "levels"_L1 && problems)
        problems->append(Problem::error(u"$.scoring"_s, u"must be \"levels\" or \"points\""_s));
    card.extra = extraOf(json, kScorecardKeys);
    return card;
}

QJsonObject Scorecard::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"identifier"_s, identifier);
    json.insert(u"title"_s, title);
    json.insert(u"blueprint"_s, blueprint);
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    QJsonArray levelList;
    for (const ScorecardLevel &level : levels)
        levelList.append(QJsonObject{{u"title"_s, level.title}, {u"color"_s, level.color}});
    json.insert(u"levels"_s, levelList);
    if (!filter.isEmpty())
        json.insert(u"filter"_s, filter);
    QJsonArray ruleList;
    for (const ScorecardRule &rule : rules)
        ruleList.append(rule.toJson());
    json.insert(u"rules"_s, ruleList);
    if (scoring == ScoringMode::Points)
        json.insert(u"scoring"_s, u"points"_s);
    return json;
}

int Scorecard::levelIndex(const QString &title) const
{
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (levels.at(i).title == title)
            return int(i);
    return -1;
}

const ScorecardRule *Scorecard::rule(const QString &identifier) const
{
    for (const ScorecardRule &r : rules)
        if (r.identifier == identifier)
            return &r;
    return nullptr;
}

} // namespace portolan
