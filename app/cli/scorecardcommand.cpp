#include "command.h"
#include "commands.h"

#include "scoring/entitygrader.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "store/catalogstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `portolan scorecard check|evaluate`: a CI gate on one entity's level, and a full evaluation.
namespace portolan::cli {

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "scorecard: " << message << '\n';
    return 2;
}

QString levelTitle(const Scorecard &scorecard, int level)
{
    return scorecard.levels.value(level).title;
}

QJsonObject ruleJson(const Scorecard &scorecard, const RuleResult &result)
{
    const ScorecardRule *rule = scorecard.rule(result.rule);
    QJsonObject json{{u"rule"_s, result.rule},
                     {u"title"_s, rule ? rule->title : result.rule},
                     {u"level"_s, rule ? rule->level : QString()},
                     {u"outcome"_s, outcomeName(result.outcome)}};
    if (!result.message.isEmpty())
        json.insert(u"message"_s, result.message);
    if (rule && rule->effectiveFrom.isValid())
        json.insert(u"effectiveFrom"_s, rule->effectiveFrom.toUTC().toString(Qt::ISODate));
    return json;
}

int runCheck(const QCommandLineParser &parser)
{
    const QString entity = parser.value(u"entity"_s);
    const QString scorecardId = parser.value(u"scorecard"_s);
    const QString minLevel = parser.value(u"min-level"_s);
    if (entity.isEmpty() || scorecardId.isEmpty() || minLevel.isEmpty())
        return usageError(u"check needs --entity ID, --scorecard ID and --min-level LEVEL"_s);
    const QString path = dbPath(parser);
    if (!QFileInfo::exists(path))
        return usageError(u"no portal at %1"_s.arg(path));
    const std::unique_ptr<CatalogStore> store = openStore(path);
    if (!store)
        return 2;
    const std::optional<Scorecard> scorecard = ScorecardStore(store->database()).scorecard(scorecardId);
    if (!scorecard)
        return usageError(u"no scorecard \"%1\""_s.arg(scorecardId));
    int required = -1;
    for (qsizetype i = 0; i < scorecard->levels.size(); ++i)
        if (scorecard->levels.at(i).title.compare(minLevel, Qt::CaseInsensitive) == 0)
            required = int(i);
    if (required < 0) {
        QStringList titles;
        for (const ScorecardLevel &level : scorecard->levels)
            titles.append(level.title);
        return usageError(u"scorecard \"%1\" has no level \"%2\" (levels: %3)"_s.arg(scorecardId, minLevel, titles.join(u", "_s)));
    }
    const std::optional<Blueprint> blueprint = store->blueprint(scorecard->blueprint);
    if (!blueprint)
        return usageError(u"scorecard \"%1\" grades blueprint \"%2\", which does not exist"_s.arg(scorecardId, scorecard->blueprint));
    // Fresh: the entity as it is now, not its last stored result.
    EntityGrader grader(*store, *scorecard, *blueprint);
    grader.setNow(QDateTime::currentDateTimeUtc());
    const std::optional<EntityScore> score = grader.grade(entity);
    if (!score)
        return usageError(u"no %1 entity \"%2\""_s.arg(scorecard->blueprint, entity));
    if (!score->inScope)
        return usageError(u"%1 is outside scorecard \"%2\"'s scope (its filter leaves it out)"_s.arg(entity, scorecardId));

    const bool passes = score->level >= required;
    QJsonArray failing, upcoming;
    for (const RuleResult &result : score->rules) {
        if (result.outcome == RuleOutcome::Fail || result.outcome == RuleOutcome::Error)
            failing.append(ruleJson(*scorecard, result));
        else if (result.outcome == RuleOutcome::Upcoming)
            upcoming.append(ruleJson(*scorecard, result));
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        const QJsonObject json{{u"entity"_s, entity},
                               {u"blueprint"_s, scorecard->blueprint},
                               {u"scorecard"_s, scorecardId},
                               {u"level"_s, levelTitle(*scorecard, score->level)},
                               {u"required"_s, levelTitle(*scorecard, required)},
                               {u"passes"_s, passes},
                               {u"points"_s, score->points},
                               {u"failing"_s, failing},
                               {u"upcoming"_s, upcoming}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return passes ? 0 : 1;
    }
    out << entity << ": " << levelTitle(*scorecard, score->level)
        << (passes ? u" (meets %1)"_s : u" (needs %1)"_s).arg(levelTitle(*scorecard, required)) << '\n';
    for (const QJsonValue &rule : std::as_const(failing)) {
        const QJsonObject r = rule.toObject();
        out << "  failed  [" << r.value("level"_L1).toString() << "] " << r.value("title"_L1).toString();
        if (r.contains("message"_L1))
            out << " (" << r.value("message"_L1).toString() << ')';
        out << '\n';
    }
    for (const QJsonValue &rule : std::as_const(upcoming)) {
        const QJsonObject r = rule.toObject();
        out << "  warning: upcoming [" << r.value("level"_L1).toString() << "] " << r.value("title"_L1).toString()
            << " (counts from " << r.value("effectiveFrom"_L1).toString() << ")\n";
    }
    return passes ? 0 : 1;
}

int runEvaluate(const QCommandLineParser &parser)
{
    const QString path = dbPath(parser);
    if (!QFileInfo::exists(path))
        return usageError(u"no portal at %1"_s.arg(path));
    QStringList scorecards;
    if (parser.isSet(u"scorecard"_s))
        scorecards.append(parser.value(u"scorecard"_s));
    QTextStream err(stderr);
    qint64 lastPercent = -1;
    const ScoringRunReport report = evaluateInFull(path, scorecards, QDateTime::currentDateTimeUtc(), nullptr,
                                                   [&](qint64 done, qint64 total) {
                                                       const qint64 percent = total ? done * 100 / total : 100;
                                                       if (percent / 10 != lastPercent / 10)
                                                           err << "evaluated " << done << " of " << total << '\n';
                                                       lastPercent = percent;
                                                   });
    if (report.error.startsWith("no scorecard"_L1))
        return usageError(report.error);
    QTextStream(stdout) << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    return report.error.isEmpty() ? 0 : 1;
}

} // namespace

int runScorecard(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(u"action"_s, u"check: grade one entity now against a minimum level (exit 0 at or above it, 1 below, 2 on usage errors); evaluate: evaluate scorecards in full and store the results."_s, u"check|evaluate"_s);
    parser.addOption({u"entity"_s, u"check: the entity's identifier."_s, u"ID"_s});
    parser.addOption({u"scorecard"_s, u"The scorecard's identifier (evaluate: only this one)."_s, u"ID"_s});
    parser.addOption({u"min-level"_s, u"check: the level the entity must reach (a level title, e.g. Silver)."_s, u"LEVEL"_s});
    parser.addOption({u"json"_s, u"check: print the result as JSON."_s});
    int code = 0;
    if (!parse(parser, args, u"Scorecards from the command line: a CI gate (check) and full evaluations (evaluate)."_s, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (action != "check"_L1 && action != "evaluate"_L1))
        return usageError(u"name the action: portolan scorecard check|evaluate (see --help)"_s);
    return action == "check"_L1 ? runCheck(parser) : runEvaluate(parser);
}

} // namespace portolan::cli
