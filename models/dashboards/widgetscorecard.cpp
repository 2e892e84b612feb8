#include "widgetparts.h"

#include "dashboards/dora.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

WidgetData failed(const QString &error)
{
    WidgetData data;
    data.error = error;
    return data;
}

QJsonObject identifierFilter(const QJsonArray &ids)
{
    const QJsonObject rule{{u"property"_s, u"$identifier"_s}, {u"operator"_s, u"in"_s}, {u"value"_s, ids}};
    return {{u"combinator"_s, u"and"_s}, {u"rules"_s, QJsonArray{rule}}};
}

// The current result of one entity of the widget's scope.
struct ScopedScore {
    QString identifier;
    QString title;
    int level = 0;
    double points = 0;
    QString outcomes;   // one code per rule of `rules`
    QStringList rules;
};

// The scorecard's results of the entities in the widget's scope (its filter, the dashboard's and
// "my teams", over the scorecard's blueprint): one query joining results and entities.
QList<ScopedScore> scopedScores(CatalogStore &store, const QString &scorecard, const WidgetScope &scope, QString *error)
{
    QHash<qint64, QStringList> rulesets;
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT id, rules FROM scorecard_rulesets WHERE scorecard = ?"_s, {scorecard}, error)) {
        QStringList rules;
        for (const QJsonValue &v : QJsonDocument::fromJson(row.value(1).toString().toUtf8()).array())
            rules.append(v.toString());
        rulesets.insert(row.value(0).toLongLong(), rules);
    }
    QVariantList values{scorecard};
    values += scope.values;
    QList<ScopedScore> out;
    const QList<QVariantList> found = WidgetParts::rows(
        store,
        u"SELECT e.identifier, e.title, sr.level, sr.points, sr.outcomes, sr.ruleset FROM scorecard_results sr"
        " JOIN entities e ON e.id = sr.entity WHERE sr.scorecard = ? AND sr.entity IN (SELECT id FROM entities WHERE "_s
            + scope.where + u") ORDER BY e.title, e.identifier"_s,
        values, error);
    for (const QVariantList &row : found)
        out.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toInt(), row.value(3).toDouble(),
                    row.value(4).toString(), rulesets.value(row.value(5).toLongLong())});
    return out;
}

// Scores cannot be searched as properties: a drill lists the entities by identifier (the first
// 500; enough to look at), within the widget's scope.
Drill identifiers(const WidgetScope &scope, const QList<ScopedScore> &scores, const QString &title)
{
    QJsonArray ids;
    for (const ScopedScore &s : scores) {
        if (ids.size() >= 500)
            break;
        ids.append(s.identifier);
    }
    Drill drill = scope.drill(QJsonObject{{u"property"_s, u"$identifier"_s}, {u"operator"_s, u"in"_s}, {u"value"_s, ids}}, {});
    drill.title = title;
    return drill;
}

RuleOutcome outcomeOf(const ScopedScore &score, const QString &rule)
{
    const qsizetype index = score.rules.indexOf(rule);
    return index >= 0 && index < score.outcomes.size() ? outcomeFromCode(score.outcomes.at(index)) : RuleOutcome::NotApplicable;
}

QString percent(double share)
{
    return WidgetParts::formatNumber(100.0 * share) + u" %"_s;
}

} // namespace

namespace WidgetParts {

WidgetData scorecard(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context)
{
    ScorecardStore scores(store.database());
    const std::optional<Scorecard> card = scores.scorecard(widget.scorecard);
    if (!card)
        return failed(u"$.scorecard: unknown scorecard \"%1\""_s.arg(widget.scorecard));
    DashboardWidget scoped = widget;
    scoped.blueprint = card->blueprint;
    const WidgetScope scope = widgetScope(store, scoped, context);
    if (!scope.error.isEmpty())
        return failed(scope.error);
    QString error;
    const QList<ScopedScore> results = scopedScores(store, card->identifier, scope, &error);
    if (!error.isEmpty())
        return failed(error);
    const bool filtered = !scope.filter.value("rules"_L1).toArray().isEmpty();
    const QString graded = u"%1 %2"_s.arg(results.size()).arg(filtered ? u"matching entities"_s : u"entities"_s);
    WidgetData data;
    if (widget.show == "rules"_L1) {
        for (const ScorecardRule &rule : card->rules) {
            qint64 passed = 0, counted = 0;
            QList<ScopedScore> failing;
            for (const ScopedScore &s : results) {
                const RuleOutcome outcome = outcomeOf(s, rule.identifier);
                passed += outcome == RuleOutcome::Pass;
                if (outcome == RuleOutcome::Pass || outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error)
                    ++counted;
                if (outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error)
                    failing.append(s);
            }
            // A rule nobody is counted for (upcoming, or applying to none) has no pass rate: not 0 %, not 100 %.
            if (counted == 0)
                continue;
            const QString title = rule.title.isEmpty() ? rule.identifier : rule.title;
            data.slices.append({title, 100.0 * double(passed) / double(counted), {},
                                identifiers(scope, failing, card->title + u" · failing "_s + title)});
        }
        data.footnote = u"share of %1 passing each rule (passed / (passed + failed + errors)); rules counted for none left out; drill lists those failing"_s
                            .arg(graded);
    } else if (widget.show == "failing"_L1) {
        const int target = widget.level.isEmpty() ? int(card->levels.size()) - 1 : card->levelIndex(widget.level);
        if (target < 0)
            return failed(u"$.level: the scorecard \"%1\" has no level \"%2\""_s.arg(card->identifier, widget.level));
        QList<ScopedScore> below;
        for (const ScopedScore &s : results)
            if (s.level < target)
                below.append(s);
        std::stable_sort(below.begin(), below.end(), [](const ScopedScore &a, const ScopedScore &b) {
            return a.level != b.level ? a.level < b.level : a.points < b.points;
        });
        const qsizetype total = below.size();
        below = below.mid(0, qMax(1, widget.limit));
        data.columns = {u"Entity"_s, u"Level"_s, u"Failing rules"_s};
        for (const ScopedScore &s : below) {
            QStringList failing;
            for (qsizetype i = 0; i < s.rules.size() && i < s.outcomes.size(); ++i) {
                const RuleOutcome outcome = outcomeFromCode(s.outcomes.at(i));
                if (outcome == RuleOutcome::Fail || outcome == RuleOutcome::Error)
                    failing.append(card->rule(s.rules.at(i)) ? card->rule(s.rules.at(i))->title : s.rules.at(i));
            }
            data.rows.append({s.title.isEmpty() ? s.identifier : s.title, card->levels.value(s.level).title, failing.join(u", "_s)});
            data.rowKeys.append({card->blueprint, s.identifier});
        }
        data.footnote = u"%1 of %2 below %3, lowest level first"_s.arg(total).arg(graded, card->levels.value(target).title);
    } else {
        QList<QList<ScopedScore>> perLevel(card->levels.size());
        for (const ScopedScore &s : results)
            if (s.level >= 0 && s.level < perLevel.size())
                perLevel[s.level].append(s);
        for (qsizetype level = 0; level < card->levels.size(); ++level) {
            const ScorecardLevel &l = card->levels.at(level);
            data.slices.append({l.title, double(perLevel.at(level).size()), l.color,
                                identifiers(scope, perLevel.at(level), card->title + u" · "_s + l.title)});
        }
        data.footnote = u"%1 graded by %2, by level"_s.arg(graded, card->title);
    }
    return data;
}

WidgetData dora(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context)
{
    DoraOptions options;
    options.now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    options.windowDays = widget.windowDays;
    options.groupBy = widget.groupBy;
    if ((widget.myTeams || context.dashboardMyTeams) && widget.groupBy != "all"_L1) {
        // "My teams": the user's teams, or the services they own.
        options.groups = context.myTeams;
        if (widget.groupBy != "team"_L1) {
            QStringList marks;
            QVariantList teams;
            for (const QString &team : context.myTeams) {
                marks.append(u"?"_s);
                teams.append(team);
            }
            QString error;
            options.groups.clear();
            if (!marks.isEmpty())
                for (const QVariantList &row : rows(store, u"SELECT identifier FROM entities WHERE blueprint = 'service' AND EXISTS"
                                                            " (SELECT 1 FROM json_each(entities.team) WHERE value IN (%1))"_s.arg(marks.join(u", "_s)),
                                                   teams, &error))
                    options.groups.append(row.value(0).toString());
            if (options.groups.isEmpty())
                options.groups = {u"\x01none"_s}; // nobody's: show nothing rather than everything
        }
        if (options.groups.isEmpty())
            options.groups = {u"\x01none"_s};
    }
    const QList<DoraFigure> figures = computeDora(store, options);
    const QString metric = widget.metric.isEmpty() ? u"all"_s : widget.metric;
    WidgetData data;
    auto shown = [](const DoraFigure &f) {
        if (!f.hasValue)
            return u"—"_s;
        return f.metric == DoraMetric::ChangeFailRate || f.metric == DoraMetric::ReworkRate ? percent(f.value)
                                                                                             : formatNumber(f.value);
    };
    if (metric == "all"_L1) {
        data.columns = {widget.groupBy == "team"_L1 ? u"Team"_s : u"Service"_s};
        for (DoraMetric m : doraMetrics())
            data.columns.append(doraMetricTitle(m) + u" ("_s + doraUnit(m) + u')');
        QMap<QString, QStringList> rows;
        QHash<QString, QString> titles;
        for (const DoraFigure &f : figures) {
            QStringList &row = rows[f.group];
            if (row.isEmpty()) {
                row.append(f.groupTitle.isEmpty() ? (f.group.isEmpty() ? u"All"_s : f.group) : f.groupTitle);
                row.resize(doraMetrics().size() + 1);
            }
            row[doraMetrics().indexOf(f.metric) + 1] = shown(f) + (f.band.isEmpty() ? QString() : u" · "_s + f.band);
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            data.rows.append(it.value());
            data.rowKeys.append({widget.groupBy == "team"_L1 ? u"team"_s : u"service"_s, it.key()});
        }
    } else {
        bool known = false;
        for (DoraMetric m : doraMetrics())
            known = known || doraMetricKey(m) == metric;
        if (!known)
            return failed(u"$.metric: unknown DORA metric \"%1\""_s.arg(metric));
        for (const DoraFigure &f : figures) {
            if (doraMetricKey(f.metric) != metric || !f.hasValue)
                continue;
            const double value = f.metric == DoraMetric::ChangeFailRate || f.metric == DoraMetric::ReworkRate ? 100.0 * f.value : f.value;
            QJsonArray ids;
            QString blueprint;
            for (const DoraSample &s : f.samples) {
                ids.append(s.identifier);
                blueprint = s.blueprint;
            }
            data.slices.append({f.groupTitle.isEmpty() ? f.group : f.groupTitle, value, {},
                                {blueprint, identifierFilter(ids), doraMetricTitle(f.metric) + u" · "_s + f.groupTitle}});
        }
    }
    data.footnote = u"DORA over the last %1 days per %2: medians of durations and frequencies, ratios of rates; bands from the 2024 report"_s
                        .arg(widget.windowDays).arg(widget.groupBy);
    return data;
}

} // namespace WidgetParts
} // namespace portolan
