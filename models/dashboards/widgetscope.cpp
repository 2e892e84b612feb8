#include "widgetparts.h"

#include "query/entityquery.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The part of the dashboard's filter this blueprint can answer: rules on properties it lacks are
// left out (a dashboard filter "language = Go" must not empty the incidents widget); meta
// $-properties apply everywhere.
QJsonObject applicable(const QJsonObject &group, const Blueprint &blueprint)
{
    QJsonArray kept;
    for (const QJsonValue &value : group.value("rules"_L1).toArray()) {
        const QJsonObject rule = value.toObject();
        if (rule.contains("rules"_L1)) {
            const QJsonObject inner = applicable(rule, blueprint);
            if (!inner.value("rules"_L1).toArray().isEmpty())
                kept.append(inner);
            continue;
        }
        const QString property = rule.value("property"_L1).toString();
        if (property.startsWith(u'$') && !property.startsWith("$relation"_L1))
            kept.append(rule);
        else if (WidgetFields::resolve(blueprint, property))
            kept.append(rule);
    }
    QJsonObject out = group;
    out.insert(u"rules"_s, kept);
    return out;
}

// Unknown properties in the widget's own filter are the author's mistake: say which and where.
QString unknownProperty(const QJsonObject &group, const Blueprint &blueprint, const QString &path)
{
    const QJsonArray rules = group.value("rules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString at = path + u".rules[%1]"_s.arg(i);
        if (rule.contains("rules"_L1)) {
            if (const QString inner = unknownProperty(rule, blueprint, at); !inner.isEmpty())
                return inner;
            continue;
        }
        const QString property = rule.value("property"_L1).toString();
        if (!WidgetFields::resolve(blueprint, property) && !(property.startsWith(u'$') && !property.startsWith("$relation"_L1)))
            return u"%1.property: the blueprint \"%2\" has no property \"%3\""_s.arg(at, blueprint.identifier, property);
    }
    return {};
}

// Identifiers of the entities at the first hop of an inherited ownership path ("service" or
// "service.system") whose owner at the end of the path belongs to one of `teams`.
QJsonArray ownersOfTeams(CatalogStore &store, const Blueprint &blueprint, const QStringList &path, const QJsonArray &teams)
{
    const RelationDef *first = blueprint.relation(path.value(0));
    if (!first || teams.isEmpty())
        return {};
    QVariantList values;
    QString joins;
    for (qsizetype hop = 1; hop < path.size(); ++hop) {
        joins += u" JOIN relations r%1 ON r%1.source = e%2.id AND r%1.name = ? JOIN entities e%1 ON e%1.id = r%1.target"_s.arg(hop + 1).arg(hop);
        values.append(path.at(hop));
    }
    values.append(first->target);
    QStringList marks;
    for (const QJsonValue &team : teams) {
        marks.append(u"?"_s);
        values.append(team.toString());
    }
    QString error;
    QJsonArray out;
    for (const QVariantList &row : WidgetParts::rows(store, u"SELECT DISTINCT e1.identifier FROM entities e1"_s + joins
                                                               + u" WHERE e1.blueprint = ? AND EXISTS (SELECT 1 FROM json_each(e%1.team) WHERE value IN (%2))"_s
                                                                     .arg(path.size()).arg(marks.join(u", "_s)),
                                                     values, &error))
        out.append(row.value(0).toString());
    return out;
}

// Entities of a blueprint with inherited ownership store no `$team`: their teams are those of the
// entity at the end of the ownership path. Rules on `$team` become rules on the first relation of
// the path (its targets owned by those teams), which the entity lists understand too, so drills work.
QJsonObject inheritTeams(CatalogStore &store, const Blueprint &blueprint, const QStringList &path, const QJsonObject &group)
{
    QJsonArray rules;
    for (const QJsonValue &value : group.value("rules"_L1).toArray()) {
        QJsonObject rule = value.toObject();
        const QString op = rule.value("operator"_L1).toString();
        if (rule.contains("rules"_L1)) {
            rule = inheritTeams(store, blueprint, path, rule);
        } else if (rule.value("property"_L1).toString() == "$team"_L1
                   && (op == "="_L1 || op == "in"_L1 || op == "containsAny"_L1 || op == "!="_L1)) {
            const QJsonValue wanted = rule.value("value"_L1);
            const QJsonArray owners = ownersOfTeams(store, blueprint, path, wanted.isArray() ? wanted.toArray() : QJsonArray{wanted});
            const QString relation = u"$relation."_s + path.first();
            if (op == "!="_L1) {
                QJsonArray none;
                for (const QJsonValue &owner : owners)
                    none.append(QJsonObject{{u"property"_s, relation}, {u"operator"_s, u"!="_s}, {u"value"_s, owner}});
                rule = {{u"combinator"_s, u"and"_s}, {u"rules"_s, none}};
            } else {
                rule = {{u"property"_s, relation}, {u"operator"_s, u"in"_s}, {u"value"_s, owners}};
            }
        }
        rules.append(rule);
    }
    QJsonObject out = group;
    out.insert(u"rules"_s, rules);
    return out;
}

} // namespace

WidgetScope widgetScope(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context)
{
    WidgetScope scope;
    const std::optional<Blueprint> blueprint = store.blueprint(widget.blueprint);
    if (!blueprint) {
        scope.error = widget.blueprint.isEmpty() ? u"$.blueprint: the widget names no blueprint"_s
                                                 : u"$.blueprint: unknown blueprint \"%1\""_s.arg(widget.blueprint);
        return scope;
    }
    scope.blueprint = *blueprint;
    scope.title = blueprint->title.isEmpty() ? blueprint->identifier : blueprint->title;
    scope.error = unknownProperty(widget.filter, *blueprint, u"$.filter"_s);
    if (!scope.error.isEmpty())
        return scope;
    QJsonArray rules;
    if (!widget.filter.value("rules"_L1).toArray().isEmpty())
        rules.append(widget.filter);
    const QJsonObject dashboard = applicable(context.dashboardFilter, *blueprint);
    if (!dashboard.value("rules"_L1).toArray().isEmpty())
        rules.append(dashboard);
    if (widget.myTeams || context.dashboardMyTeams)
        rules.append(QJsonObject{{u"property"_s, u"$team"_s}, {u"operator"_s, u"containsAny"_s},
                                 {u"value"_s, QJsonArray::fromStringList(context.myTeams)}});
    scope.filter = {{u"combinator"_s, u"and"_s}, {u"rules"_s, rules}};
    if (blueprint->ownership.value("type"_L1).toString() == "Inherited"_L1) {
        const QStringList path = blueprint->ownership.value("path"_L1).toString().split(u'.', Qt::SkipEmptyParts);
        if (!path.isEmpty() && blueprint->relation(path.first()))
            scope.filter = inheritTeams(store, *blueprint, path, scope.filter);
    }
    EntityQuery query;
    query.blueprint = blueprint->identifier;
    query.filter = scope.filter;
    const EntityQuery::Sql sql = query.toWhereSql();
    if (hasErrors(sql.problems)) {
        scope.error = sql.problems.first().toString();
        return scope;
    }
    scope.where = sql.statement;
    scope.values = sql.values;
    return scope;
}

Drill WidgetScope::drill(const QJsonObject &extraRule, const QString &what) const
{
    QJsonObject combined = filter;
    if (!extraRule.isEmpty()) {
        QJsonArray rules = filter.value("rules"_L1).toArray();
        rules.append(extraRule);
        combined.insert(u"rules"_s, rules);
    }
    return {blueprint.identifier, combined, what.isEmpty() ? title : title + u" · "_s + what};
}

bool WidgetScope::whereWith(const QJsonObject &extraRule, QString *where, QVariantList *values) const
{
    EntityQuery query;
    query.blueprint = blueprint.identifier;
    query.filter = drill(extraRule, {}).filter;
    const EntityQuery::Sql sql = query.toWhereSql();
    *where = sql.statement;
    *values = sql.values;
    return !hasErrors(sql.problems);
}

namespace WidgetParts {

QString formatNumber(double value)
{
    if (qAbs(value - qRound64(value)) < 1e-9)
        return QString::number(qRound64(value));
    QString text = QString::number(value, 'f', qAbs(value) >= 100 ? 0 : qAbs(value) >= 10 ? 1 : 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QList<QVariantList> rows(CatalogStore &store, const QString &sql, const QVariantList &values, QString *error)
{
    QList<QVariantList> out;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        out.append(row);
    }
    return out;
}

std::optional<double> calculate(const QString &calculation, QList<double> values)
{
    if (calculation == "count"_L1)
        return double(values.size());
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    if (calculation == "sum"_L1)
        return sum;
    if (calculation == "average"_L1)
        return sum / double(values.size());
    std::sort(values.begin(), values.end());
    if (calculation == "min"_L1)
        return values.first();
    if (calculation == "max"_L1)
        return values.last();
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace WidgetParts
} // namespace portolan
