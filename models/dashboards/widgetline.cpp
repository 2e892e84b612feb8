#include "widgetparts.h"

#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The first day of the bucket `day` falls in (weeks start on Monday).
QDate bucketOf(const QDate &day, const QString &bucket)
{
    if (bucket == "day"_L1)
        return day;
    if (bucket == "month"_L1)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(1 - day.dayOfWeek());
}

QDate nextBucket(const QDate &start, const QString &bucket)
{
    return bucket == "day"_L1 ? start.addDays(1) : bucket == "month"_L1 ? start.addMonths(1) : start.addDays(7);
}

WidgetData failed(const QString &error)
{
    WidgetData data;
    data.error = error;
    return data;
}

// Count (or an aggregate of `property`) of the widget's entities per bucket of `dateProperty`.
WidgetData entityLine(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context, const QDate &from, const QDate &to)
{
    const WidgetScope scope = widgetScope(store, widget, context);
    if (!scope.error.isEmpty())
        return failed(scope.error);
    const QString dateProperty = widget.dateProperty.isEmpty() ? u"$createdAt"_s : widget.dateProperty;
    const std::optional<WidgetField> date = WidgetFields::resolve(scope.blueprint, dateProperty);
    if (!date || !date->isDate() || date->sql.isEmpty())
        return failed(u"$.dateProperty: \"%1\" is not a date property of \"%2\""_s.arg(dateProperty, scope.blueprint.identifier));
    const bool count = widget.calculation.isEmpty() || widget.calculation == "count"_L1;
    QString value = u"NULL"_s;
    std::optional<WidgetField> field;
    if (!count) {
        field = WidgetFields::resolve(scope.blueprint, widget.property);
        if (!field || !field->isNumeric() || field->sql.isEmpty())
            return failed(u"$.property: \"%1\" is not a number property of \"%2\""_s.arg(widget.property, scope.blueprint.identifier));
        value = u"CAST(%1 AS REAL)"_s.arg(field->sql);
    }
    QVariantList values = scope.values;
    values << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    const QString day = u"substr(%1, 1, 10)"_s.arg(date->sql);
    const QString where = u" FROM entities WHERE "_s + scope.where + u" AND "_s + day + u" >= ? AND "_s + day + u" <= ?"_s;
    QString error;
    const QList<QVariantList> found = count ? WidgetParts::rows(store, u"SELECT "_s + day + u", COUNT(*)"_s + where + u" GROUP BY 1"_s, values, &error)
                                            : WidgetParts::rows(store, u"SELECT "_s + day + u", "_s + value + where + u" AND "_s + value + u" IS NOT NULL"_s, values, &error);
    if (!error.isEmpty())
        return failed(error);
    QMap<QDate, QList<double>> buckets;
    for (QDate b = bucketOf(from, widget.bucket); b <= to; b = nextBucket(b, widget.bucket))
        buckets[b];
    double total = 0;
    for (const QVariantList &row : found) {
        const QDate d = QDate::fromString(row.value(0).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        const double v = row.value(1).toDouble();
        buckets[bucketOf(d, widget.bucket)].append(v);
        total += count ? v : 1;
    }
    WidgetSeries series;
    series.name = count ? scope.title : u"%1 of %2"_s.arg(widget.calculation, field->title);
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        if (count) {
            double sum = 0;
            for (double v : it.value())
                sum += v;
            series.points.append({it.key(), sum});
        } else if (const std::optional<double> v = WidgetParts::calculate(widget.calculation, it.value())) {
            series.points.append({it.key(), *v});
        }
    }
    WidgetData data;
    data.series.append(series);
    data.footnote = u"%1 %2 by %3, per %4, over %5 days"_s.arg(WidgetParts::formatNumber(total), scope.title.toLower(), date->title,
                                                              widget.bucket).arg(widget.days);
    return data;
}

WidgetData scorecardLine(CatalogStore &store, const DashboardWidget &widget, const QDate &from, const QDate &to)
{
    ScorecardStore scores(store.database());
    const std::optional<Scorecard> scorecard = scores.scorecard(widget.scorecard);
    if (!scorecard)
        return failed(u"$.scorecard: unknown scorecard \"%1\""_s.arg(widget.scorecard));
    const QList<ScoreTrendPoint> trend = scores.trend(widget.scorecard, from, to);
    // The state at the end of each bucket: the last day of it that the trend has.
    QMap<QDate, ScoreTrendPoint> last;
    for (const ScoreTrendPoint &p : trend)
        last[bucketOf(p.day, widget.bucket)] = p;
    WidgetData data;
    if (widget.source == "rules"_L1) {
        for (const ScorecardRule &rule : scorecard->rules) {
            WidgetSeries series{rule.title.isEmpty() ? rule.identifier : rule.title, {}, {}};
            // The trend has a pass rate only for rules someone was counted for (passed, failed or
            // erred) that day: an upcoming rule has none, and is no 0 % line.
            for (auto it = last.cbegin(); it != last.cend(); ++it)
                if (const auto rate = it->passRate.constFind(rule.identifier); rate != it->passRate.cend())
                    series.points.append({it.key(), 100.0 * *rate});
            if (!series.points.isEmpty())
                data.series.append(series);
        }
        data.footnote = u"share of entities passing each rule of %1 (%), at the end of each %2; rules counted for nobody (upcoming) left out"_s.arg(scorecard->title, widget.bucket);
        data.percent = true;
    } else {
        for (qsizetype level = 0; level < scorecard->levels.size(); ++level) {
            WidgetSeries series{scorecard->levels.at(level).title, scorecard->levels.at(level).color, {}};
            for (auto it = last.cbegin(); it != last.cend(); ++it)
                series.points.append({it.key(), double(it->perLevel.value(level))});
            data.series.append(series);
        }
        data.footnote = u"entities of %1 per level, at the end of each %2"_s.arg(scorecard->title, widget.bucket);
    }
    return data;
}

WidgetData initiativeLine(CatalogStore &store, const DashboardWidget &widget, const QDate &from, const QDate &to)
{
    const std::optional<Initiative> initiative = InitiativeStore(store.database()).initiative(widget.initiative);
    if (!initiative)
        return failed(u"$.initiative: unknown initiative \"%1\""_s.arg(widget.initiative));
    const InitiativeProgress progress = initiativeProgress(store, *initiative, to);
    QMap<QDate, InitiativeDay> last;
    for (const InitiativeDay &day : progress.burnUp)
        if (day.day >= from && day.day <= to)
            last[bucketOf(day.day, widget.bucket)] = day;
    WidgetData data;
    WidgetSeries series{u"Done"_s, {}, {}};
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        series.points.append({it.key(), it->total ? 100.0 * double(it->done) / double(it->total) : 0.0});
    data.series.append(series);
    data.target = 100.0 * initiative->targetShare;
    data.percent = true;
    data.footnote = u"share of entities meeting %1's target (%): %2 of %3 now; %4"_s.arg(initiative->title)
                        .arg(progress.done).arg(progress.total).arg(progress.explanation);
    return data;
}

} // namespace

namespace WidgetParts {

WidgetData line(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context)
{
    const QDate to = (context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc()).toUTC().date();
    const QDate from = to.addDays(-qMax(1, widget.days) + 1);
    if (widget.source.isEmpty() || widget.source == "entities"_L1)
        return entityLine(store, widget, context, from, to);
    if (widget.source == "scorecard"_L1 || widget.source == "rules"_L1)
        return scorecardLine(store, widget, from, to);
    if (widget.source == "initiative"_L1)
        return initiativeLine(store, widget, from, to);
    return failed(u"$.source: unknown source \"%1\" (entities, scorecard, rules, initiative)"_s.arg(widget.source));
}

} // namespace WidgetParts
} // namespace portolan
