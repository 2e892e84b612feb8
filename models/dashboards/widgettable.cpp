#include "widgetparts.h"

#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString cell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return WidgetParts::formatNumber(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(cell(item));
        return items.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

namespace WidgetParts {

WidgetData table(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope)
{
    WidgetData data;
    const QStringList columns = widget.columns.isEmpty() ? QStringList{u"$title"_s} : widget.columns;
    QList<WidgetField> fields;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const std::optional<WidgetField> field = WidgetFields::resolve(scope.blueprint, columns.at(i));
        if (!field) {
            data.error = u"$.columns[%1]: the blueprint \"%2\" has no property \"%3\""_s.arg(i).arg(scope.blueprint.identifier, columns.at(i));
            return data;
        }
        fields.append(*field);
        data.columns.append(field->title);
    }
    EntityQuery query;
    query.blueprint = scope.blueprint.identifier;
    query.filter = scope.filter;
    query.limit = qBound(1, widget.limit, 1000);
    QStringList order; // the sort as SQL over `entities`, for sorts the entity query cannot do
    bool byAggregation = false;
    for (qsizetype i = 0; i < widget.sort.size(); ++i) {
        const QJsonObject s = widget.sort.at(i).toObject();
        const QString property = s.value("property"_L1).toString();
        const std::optional<WidgetField> field = WidgetFields::resolve(scope.blueprint, property);
        // Teams sort by their stored list (the first team first); relations cannot be sorted.
        const QString sql = field && field->kind == WidgetField::Kind::Team ? u"team"_s : field ? field->sql : QString();
        if (sql.isEmpty()) {
            data.error = u"$.sort[%1].property: cannot sort \"%2\" by \"%3\""_s.arg(i).arg(scope.blueprint.identifier, property);
            return data;
        }
        const bool ascending = s.value("order"_L1).toString() != "desc"_L1;
        query.sort.append({property, ascending});
        order.append(sql + (ascending ? u" ASC"_s : u" DESC"_s));
        byAggregation = byAggregation || field->kind == WidgetField::Kind::Aggregation;
    }
    Problems problems;
    QList<Entity> entities;
    if (byAggregation) {
        // Aggregation values live in their own column, which the entity query does not sort by:
        // find the page's identifiers in order here, then load those entities.
        QVariantList values = scope.values;
        values.append(query.limit);
        QString error;
        const QList<QVariantList> found = rows(store, u"SELECT identifier FROM entities WHERE "_s + scope.where + u" ORDER BY "_s
                                                          + order.join(u", "_s) + u", identifier LIMIT ?"_s, values, &error);
        if (!error.isEmpty()) {
            data.error = error;
            return data;
        }
        QJsonArray ids;
        for (const QVariantList &row : found)
            ids.append(row.value(0).toString());
        EntityQuery page;
        page.blueprint = query.blueprint;
        page.limit = int(qMax(qsizetype(1), ids.size()));
        page.filter = {{u"combinator"_s, u"and"_s},
                       {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"$identifier"_s}, {u"operator"_s, u"in"_s}, {u"value"_s, ids}}}}};
        QHash<QString, Entity> loaded;
        for (const Entity &entity : store.query(page, &problems))
            loaded.insert(entity.identifier, entity);
        for (const QJsonValue &id : ids)
            if (const auto it = loaded.constFind(id.toString()); it != loaded.cend())
                entities.append(*it);
    } else {
        entities = store.query(query, &problems);
    }
    if (hasErrors(problems)) {
        data.error = problems.first().toString();
        return data;
    }
    for (const Entity &entity : entities) {
        const QJsonObject json = entity.toJson(true);
        QJsonObject aggregations;
        QStringList row;
        for (const WidgetField &field : fields) {
            switch (field.kind) {
            case WidgetField::Kind::Property:
                row.append(cell(entity.properties.value(field.id)));
                break;
            case WidgetField::Kind::Aggregation:
                if (aggregations.isEmpty())
                    aggregations = store.aggregations(entity.blueprint, entity.identifier);
                row.append(cell(aggregations.value(field.id)));
                break;
            case WidgetField::Kind::Team:
                row.append(entity.team.join(u", "_s));
                break;
            case WidgetField::Kind::Relation:
                row.append(entity.relationTargets(field.id).join(u", "_s));
                break;
            case WidgetField::Kind::Meta:
                row.append(cell(json.value(field.id.mid(1)).isUndefined() ? json.value(field.id) : json.value(field.id.mid(1))));
                break;
            }
        }
        data.rows.append(row);
        data.rowKeys.append({entity.blueprint, entity.identifier});
    }
    const qint64 total = store.count(query);
    data.footnote = u"%1 of %2 %3"_s.arg(entities.size()).arg(total).arg(scope.title.toLower());
    return data;
}

} // namespace WidgetParts
} // namespace portolan
