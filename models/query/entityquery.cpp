#include "entityquery.h"

#include "store/propertyindexes.h"
#include "store/searchquery.h"

#include <QJsonArray>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QHash<QString, QString> kMetaColumns{
    {u"$identifier"_s, u"identifier"_s}, {u"$title"_s, u"title"_s},         {u"$icon"_s, u"icon"_s},
    {u"$createdAt"_s, u"created_at"_s},  {u"$updatedAt"_s, u"updated_at"_s}, {u"$createdBy"_s, u"created_by"_s},
    {u"$updatedBy"_s, u"updated_by"_s},  {u"$team"_s, u"team"_s},
};

// The SQL expression of a property, spelled as the property indexes spell it so SQLite uses them.
QString column(const QString &property, QVariantList &)
{
    if (const auto it = kMetaColumns.constFind(property); it != kMetaColumns.cend())
        return *it;
    return PropertyIndexes::propertyExpression(property);
}

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toVariant();
}

QString likeEscaped(QString text)
{
    return text.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
}

QString rule(const QString &blueprint, const QJsonObject &r, const QString &path, QVariantList &values, Problems &problems);

// A relation rule ("$relation.<id>"): its targets are matched through the relations table, from the
// target side (index `relations_by_target`), so "deployments of checkout-service" is a lookup, not a
// scan of every deployment's JSON. The target blueprint comes from the stored blueprint, once.
std::optional<QString> relationRule(const QString &sourceBlueprint, const QJsonObject &r, QVariantList &values)
{
    const QString property = r.value("property"_L1).toString();
    if (!property.startsWith("$relation."_L1))
        return std::nullopt;
    const QString relation = property.mid(10);
    const QString target = u"(SELECT json_extract(json, %1) FROM blueprints WHERE identifier = %2)"_s.arg(
        PropertyIndexes::sqlLiteral(u"$.relations.\""_s + QString(relation).replace(u"\""_s, u"\\\""_s) + u"\".target"_s),
        PropertyIndexes::sqlLiteral(sourceBlueprint));
    const QString op = r.value("operator"_L1).toString();
    const QJsonValue value = r.value("value"_L1);
    if (op == "isEmpty"_L1 || op == "isNotEmpty"_L1) {
        const QString stored = PropertyIndexes::propertyExpression(relation).replace(u"json_extract(properties, "_s, u"json_extract(relations, "_s);
        return u"COALESCE(%1, '') %2 ('', '[]')"_s.arg(stored, op == "isEmpty"_L1 ? u"IN"_s : u"NOT IN"_s);
    }
    QString match;
    if (op == "="_L1 || op == "!="_L1) {
        match = u"t.identifier = ?"_s;
        values.append(value.toString());
    } else if (op == "in"_L1) {
        QStringList marks;
        for (const QJsonValue &v : value.toArray()) {
            values.append(v.toString());
            marks.append(u"?"_s);
        }
        match = marks.isEmpty() ? u"0"_s : u"t.identifier IN ("_s + marks.join(u", "_s) + u')';
    } else {
        static const QHash<QString, std::pair<QString, bool>> likes{
            {u"contains"_s, {u"%%1%"_s, true}},       {u"doesNotContains"_s, {u"%%1%"_s, false}},
            {u"beginsWith"_s, {u"%1%"_s, true}},      {u"doesNotBeginsWith"_s, {u"%1%"_s, false}},
            {u"endsWith"_s, {u"%%1"_s, true}},        {u"doesNotEndsWith"_s, {u"%%1"_s, false}}};
        const auto it = likes.constFind(op);
        if (it == likes.cend())
            return std::nullopt;
        match = u"t.identifier LIKE ? ESCAPE '\\'"_s;
        values.append(it->first.arg(likeEscaped(value.toString())));
        if (!it->second)
            return u"id NOT IN (%1)"_s.arg(u"SELECT r.source FROM entities t JOIN relations r ON r.target = t.id AND r.name = %1"
                                            u" WHERE t.blueprint = %2 AND %3"_s.arg(PropertyIndexes::sqlLiteral(relation), target, match));
    }
    const QString subquery = u"SELECT r.source FROM entities t JOIN relations r ON r.target = t.id AND r.name = %1"
                             u" WHERE t.blueprint = %2 AND %3"_s.arg(PropertyIndexes::sqlLiteral(relation), target, match);
    return (op == "!="_L1 ? u"id NOT IN ("_s : u"id IN ("_s) + subquery + u')';
}

QString group(const QString &blueprint, const QJsonObject &query, const QString &path, QVariantList &values, Problems &problems)
{
    const QJsonArray rules = query.value("rules"_L1).toArray();
    if (rules.isEmpty())
        return u"1"_s;
    QStringList parts;
    for (qsizetype i = 0; i < rules.size(); ++i)
        parts.append(rule(blueprint, rules.at(i).toObject(), path + u".rules["_s + QString::number(i) + u']', values, problems));
    const bool any = query.value("combinator"_L1).toString() == "or"_L1;
    return u'(' + parts.join(any ? u" OR "_s : u" AND "_s) + u')';
}

QString rule(const QString &blueprint, const QJsonObject &r, const QString &path, QVariantList &values, Problems &problems)
{
    if (r.contains("rules"_L1))
        return group(blueprint, r, path, values, problems);
    if (const std::optional<QString> related = relationRule(blueprint, r, values))
        return *related;
    const QString op = r.value("operator"_L1).toString();
    const QJsonValue value = r.value("value"_L1);
    // $team is stored as a JSON list: "=", "in" and "containsAny" ask whether one of the entity's teams
    // is among the values, "!=" whether none is (dashboard drill-downs and "my teams" use them; the
    // table filter spells its team rules as "contains" of the quoted identifier instead).
    static const QStringList teamOperators{u"="_s, u"!="_s, u"in"_s, u"containsAny"_s};
    if (r.value("property"_L1).toString() == "$team"_L1 && teamOperators.contains(op)) {
        const QJsonArray wanted = value.isArray() ? value.toArray() : QJsonArray{value};
        QStringList marks;
        for (const QJsonValue &team : wanted) {
            values.append(team.toString());
            marks.append(u"?"_s);
        }
        const QString any = marks.isEmpty() ? u"0"_s : u"EXISTS (SELECT 1 FROM json_each(entities.team) WHERE value IN (%1))"_s.arg(marks.join(u", "_s));
        return op == "!="_L1 ? u"NOT "_s + any : any;
    }
    const QString col = column(r.value("property"_L1).toString(), values);
    static const QHash<QString, QString> comparisons{{u"="_s, u"="_s}, {u"!="_s, u"IS NOT"_s}, {u">"_s, u">"_s},
                                                     {u"<"_s, u"<"_s}, {u">="_s, u">="_s},     {u"<="_s, u"<="_s}};
    if (comparisons.contains(op)) {
        values.append(sqlValue(value));
        return col + u' ' + comparisons.value(op) + u" ?"_s;
    }
    if (op == "isEmpty"_L1)
        return u"COALESCE(%1, '') IN ('', '[]', '{}')"_s.arg(col);
    if (op == "isNotEmpty"_L1)
        return u"COALESCE(%1, '') NOT IN ('', '[]', '{}')"_s.arg(col);
    const QString text = value.toString();
    const QHash<QString, std::pair<QString, QString>> likes{
        {u"contains"_s, {u"LIKE"_s, u'%' + likeEscaped(text) + u'%'}},
        {u"doesNotContains"_s, {u"NOT LIKE"_s, u'%' + likeEscaped(text) + u'%'}},
        {u"beginsWith"_s, {u"LIKE"_s, likeEscaped(text) + u'%'}},
        {u"doesNotBeginsWith"_s, {u"NOT LIKE"_s, likeEscaped(text) + u'%'}},
        {u"endsWith"_s, {u"LIKE"_s, u'%' + likeEscaped(text)}},
        {u"doesNotEndsWith"_s, {u"NOT LIKE"_s, u'%' + likeEscaped(text)}}};
    if (const auto it = likes.constFind(op); it != likes.cend()) {
        values.append(it->second);
        return u"COALESCE(%1, '') %2 ? ESCAPE '\\'"_s.arg(col, it->first);
    }
    if (op == "in"_L1) {
        const QJsonArray options = value.toArray();
        if (options.isEmpty())
            return u"0"_s;
        QStringList marks;
        for (const QJsonValue &o : options) {
            values.append(sqlValue(o));
            marks.append(u"?"_s);
        }
        return col + u" IN ("_s + marks.join(u", "_s) + u')';
    }
    problems.append(Problem::error(path + u".operator"_s, u"\"%1\" cannot be used in a table filter"_s.arg(op)));
    return u"1"_s;
}

} // namespace

EntityQuery::Sql EntityQuery::toSql(const QString &columns) const
{
    Sql sql = toCountSql();
    sql.statement.replace(u"SELECT COUNT(*)"_s, u"SELECT "_s + columns);
    QStringList order;
    for (const Sort &s : sort) {
        QVariantList unused;
        order.append(column(s.property, unused) + (s.ascending ? u" ASC"_s : u" DESC"_s));
    }
    order.append(u"identifier"_s);
    sql.statement += u" ORDER BY "_s + order.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    sql.values.append(limit);
    sql.values.append(offset);
    return sql;
}

EntityQuery::Sql EntityQuery::toCountSql() const
{
    Sql sql = toWhereSql();
    sql.statement = u"SELECT COUNT(*) FROM entities WHERE "_s + sql.statement;
    return sql;
}

EntityQuery::Sql EntityQuery::toWhereSql() const
{
    Sql sql;
    // The blueprint is a literal, not a bound value: only then can SQLite use the partial indexes.
    QString where = u"blueprint = "_s + PropertyIndexes::sqlLiteral(blueprint);
    if (!filter.isEmpty())
        where += u" AND "_s + group(blueprint, filter, u"$.filter"_s, sql.values, sql.problems);
    const QString match = SearchQuery::toFts(text);
    if (!match.isEmpty()) {
        where += u" AND id IN (SELECT rowid FROM entity_search WHERE entity_search MATCH ?)"_s;
        sql.values.append(match);
    }
    sql.statement = where;
    return sql;
}

} // namespace portolan
