#include "dashboard.h"

#include "dashboards/widgetfields.h"
#include "query/rule.h"
#include "schema/blueprint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QList<std::pair<WidgetType, QString>> &typeNames()
{
    static const QList<std::pair<WidgetType, QString>> names{
        {WidgetType::Number, u"number"_s}, {WidgetType::Pie, u"pie"_s},           {WidgetType::Bar, u"bar"_s},
        {WidgetType::Line, u"line"_s},     {WidgetType::Table, u"table"_s},       {WidgetType::Markdown, u"markdown"_s},
        {WidgetType::Scorecard, u"scorecard"_s}, {WidgetType::Dora, u"dora"_s}};
    return names;
}

// The keys each struct reads; everything else is kept in `extra` so that export round-trips it.
const QStringList kWidgetKeys{u"id"_s,        u"type"_s,     u"title"_s,    u"description"_s, u"blueprint"_s,
                              u"filter"_s,    u"myTeams"_s,  u"calculation"_s, u"property"_s,  u"valueProperty"_s,
                              u"unit"_s,      u"colors"_s,   u"source"_s,   u"dateProperty"_s, u"bucket"_s,
                              u"days"_s,      u"columns"_s,  u"sort"_s,     u"limit"_s,       u"markdown"_s,
                              u"scorecard"_s, u"show"_s,     u"level"_s,    u"initiative"_s,  u"metric"_s,
                              u"groupBy"_s,   u"windowDays"_s, u"span"_s};
const QStringList kDashboardKeys{u"identifier"_s, u"title"_s,   u"description"_s, u"icon"_s,
                                 u"columns"_s,    u"filter"_s,  u"myTeams"_s,     u"widgets"_s};

QJsonObject extraOf(const QJsonObject &json, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    return extra;
}

// Reads a key of the expected JSON type; a value of another type is a problem, not a silent default.
QString text(const QJsonObject &json, const QString &key, const QString &path, Problems *problems, const QString &fallback = {})
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString() && problems)
        problems->append(Problem::error(path + u'.' + key, u"\"%1\" must be text"_s.arg(key)));
    return v.isString() ? v.toString() : fallback;
}

int integer(const QJsonObject &json, const QString &key, const QString &path, Problems *problems, int fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() && problems)
        problems->append(Problem::error(path + u'.' + key, u"\"%1\" must be a whole number"_s.arg(key)));
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

QJsonObject object(const QJsonObject &json, const QString &key, const QString &path, Problems *problems)
{
    const QJsonValue v = json.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isObject() && problems)
        problems->append(Problem::error(path + u'.' + key, u"\"%1\" must be an object {combinator, rules}"_s.arg(key)));
    return v.toObject();
}

void putText(QJsonObject &json, const QString &key, const QString &value, const QString &fallback = {})
{
    if (value != fallback)
        json.insert(key, value);
}

void putInt(QJsonObject &json, const QString &key, int value, int fallback)
{
    if (value != fallback)
        json.insert(key, value);
}

} // namespace

QString widgetTypeName(WidgetType type)
{
    for (const auto &[t, name] : typeNames())
        if (t == type)
            return name;
    return {};
}

DashboardWidget DashboardWidget::fromJson(const QJsonObject &json, const QString &path, Problems *problems)
{
    DashboardWidget w;
    w.id = text(json, u"id"_s, path, problems);
    const QString type = text(json, u"type"_s, path, problems);
    bool known = false;
    for (const auto &[t, name] : typeNames())
        if (name == type) {
            w.type = t;
            known = true;
        }
    if (!known && problems)
        problems->append(Problem::error(path + u".type"_s, type.isEmpty() ? u"the widget has no type"_s
                                                                        : u"unknown widget type \"%1\" (number, pie, bar, line, table, markdown, scorecard, dora)"_s.arg(type)));
    w.title = text(json, u"title"_s, path, problems);
    w.description = text(json, u"description"_s, path, problems);
    w.blueprint = text(json, u"blueprint"_s, path, problems);
    w.filter = object(json, u"filter"_s, path, problems);
    w.myTeams = json.value("myTeams"_L1).toBool();
    w.calculation = text(json, u"calculation"_s, path, problems, w.calculation);
    w.property = text(json, u"property"_s, path, problems);
    w.valueProperty = text(json, u"valueProperty"_s, path, problems);
    w.unit = text(json, u"unit"_s, path, problems);
    const QJsonArray colors = json.value("colors"_L1).toArray();
    for (qsizetype i = 0; i < colors.size(); ++i) {
        const QJsonObject c = colors.at(i).toObject();
        w.colors.append({c.value("operator"_L1).toString(), c.value("value"_L1).toDouble(), c.value("color"_L1).toString()});
        if (!c.value("value"_L1).isDouble() && problems)
            problems->append(Problem::error(path + u".colors[%1].value"_s.arg(i), u"a colour rule needs a number to compare with"_s));
    }
    w.source = text(json, u"source"_s, path, problems);
    w.dateProperty = text(json, u"dateProperty"_s, path, problems);
    w.bucket = text(json, u"bucket"_s, path, problems, w.bucket);
    w.days = integer(json, u"days"_s, path, problems, w.days);
    for (const QJsonValue &c : json.value("columns"_L1).toArray())
        w.columns.append(c.toString());
    w.sort = json.value("sort"_L1).toArray();
    w.limit = integer(json, u"limit"_s, path, problems, w.limit);
    w.markdown = text(json, u"markdown"_s, path, problems);
    w.scorecard = text(json, u"scorecard"_s, path, problems);
    w.show = text(json, u"show"_s, path, problems, w.show);
    w.level = text(json, u"level"_s, path, problems);
    w.initiative = text(json, u"initiative"_s, path, problems);
    w.metric = text(json, u"metric"_s, path, problems);
    w.groupBy = text(json, u"groupBy"_s, path, problems, w.groupBy);
    w.windowDays = integer(json, u"windowDays"_s, path, problems, w.windowDays);
    w.span = integer(json, u"span"_s, path, problems, w.span);
    w.extra = extraOf(json, kWidgetKeys);
    return w;
}

QJsonObject DashboardWidget::toJson() const
{
    const DashboardWidget d;
    QJsonObject json = extra;
    json.insert(u"id"_s, id);
    json.insert(u"type"_s, widgetTypeName(type));
    putText(json, u"title"_s, title);
    putText(json, u"description"_s, description);
    putText(json, u"blueprint"_s, blueprint);
    if (!filter.isEmpty())
        json.insert(u"filter"_s, filter);
    if (myTeams)
        json.insert(u"myTeams"_s, true);
    putText(json, u"calculation"_s, calculation, d.calculation);
    putText(json, u"property"_s, property);
    putText(json, u"valueProperty"_s, valueProperty);
    putText(json, u"unit"_s, unit);
    if (!colors.isEmpty()) {
        QJsonArray rules;
        for (const ColorRule &c : colors)
            rules.append(QJsonObject{{u"operator"_s, c.op}, {u"value"_s, c.value}, {u"color"_s, c.color}});
        json.insert(u"colors"_s, rules);
    }
    putText(json, u"source"_s, source);
    putText(json, u"dateProperty"_s, dateProperty);
    putText(json, u"bucket"_s, bucket, d.bucket);
    putInt(json, u"days"_s, days, d.days);
    if (!columns.isEmpty())
        json.insert(u"columns"_s, QJsonArray::fromStringList(columns));
    if (!sort.isEmpty())
        json.insert(u"sort"_s, sort);
    putInt(json, u"limit"_s, limit, d.limit);
    putText(json, u"markdown"_s, markdown);
    putText(json, u"scorecard"_s, scorecard);
    putText(json, u"show"_s, show, d.show);
    putText(json, u"level"_s, level);
    putText(json, u"initiative"_s, initiative);
    putText(json, u"metric"_s, metric);
    putText(json, u"groupBy"_s, groupBy, d.groupBy);
    putInt(json, u"windowDays"_s, windowDays, d.windowDays);
    putInt(json, u"span"_s, span, d.span);
    return json;
}

Dashboard Dashboard::fromJson(const QJsonObject &json, Problems *problems)
{
    const QString path = u"$"_s;
    Dashboard d;
    d.identifier = text(json, u"identifier"_s, path, problems);
    d.title = text(json, u"title"_s, path, problems);
    d.description = text(json, u"description"_s, path, problems);
    d.icon = text(json, u"icon"_s, path, problems);
    d.columns = integer(json, u"columns"_s, path, problems, d.columns);
    d.filter = object(json, u"filter"_s, path, problems);
    d.myTeams = json.value("myTeams"_L1).toBool();
    const QJsonValue widgets = json.value("widgets"_L1);
    if (!widgets.isUndefined() && !widgets.isArray() && problems)
        problems->append(Problem::error(u"$.widgets"_s, u"\"widgets\" must be a list"_s));
    const QJsonArray list = widgets.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        d.widgets.append(DashboardWidget::fromJson(list.at(i).toObject(), u"$.widgets[%1]"_s.arg(i), problems));
    d.extra = extraOf(json, kDashboardKeys);
    return d;
}

QJsonObject Dashboard::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"identifier"_s, identifier);
    json.insert(u"title"_s, title);
    putText(json, u"description"_s, description);
    putText(json, u"icon"_s, icon);
    putInt(json, u"columns"_s, columns, 3);
    if (!filter.isEmpty())
        json.insert(u"filter"_s, filter);
    if (myTeams)
        json.insert(u"myTeams"_s, true);
    QJsonArray list;
    for (const DashboardWidget &w : widgets)
        list.append(w.toJson());
    json.insert(u"widgets"_s, list);
    return json;
}

const DashboardWidget *Dashboard::widget(const QString &id) const
{
    for (const DashboardWidget &w : widgets)
        if (w.id == id)
            return &w;
    return nullptr;
}

Problems validateDashboard(const Dashboard &dashboard, const QHash<QString, Blueprint> &blueprints,
                           const QStringList &scorecards, const QStringList &initiatives)
{
    Problems problems;
    static const QRegularExpression identifierPattern(u"^[A-Za-z0-9@_.+:\\\\/=-]+$"_s);
    if (dashboard.identifier.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"the dashboard needs an identifier"_s));
    else if (!identifierPattern.match(dashboard.identifier).hasMatch())
        problems.append(Problem::error(u"$.identifier"_s, u"\"%1\" is not a valid identifier (letters, digits, - _ . @ : /)"_s.arg(dashboard.identifier)));
    if (dashboard.title.trimmed().isEmpty())
        problems.append(Problem::error(u"$.title"_s, u"the dashboard needs a title"_s));
    if (dashboard.columns < 1 || dashboard.columns > 6)
        problems.append(Problem::error(u"$.columns"_s, u"columns must be between 1 and 6, not %1"_s.arg(dashboard.columns)));
    problems.append(RuleQuery::check(dashboard.filter, u"$.filter"_s));
    QSet<QString> ids;
    for (qsizetype i = 0; i < dashboard.widgets.size(); ++i) {
        const DashboardWidget &w = dashboard.widgets.at(i);
        const QString path = u"$.widgets[%1]"_s.arg(i);
        if (w.id.isEmpty())
            problems.append(Problem::error(path + u".id"_s, u"the widget needs an id"_s));
        else if (ids.contains(w.id))
            problems.append(Problem::error(path + u".id"_s, u"widget id \"%1\" appears twice"_s.arg(w.id)));
        ids.insert(w.id);
        if (w.span < 1 || w.span > 3 || w.span > dashboard.columns)
            problems.append(Problem::error(path + u".span"_s, u"span must be between 1 and %1, not %2"_s.arg(qMin(3, dashboard.columns)).arg(w.span)));
        problems.append(WidgetFields::check(w, path, blueprints, scorecards, initiatives));
    }
    return problems;
}

} // namespace portolan
