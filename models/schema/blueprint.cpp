#include "blueprint.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Reads `json[key]` as an object of objects (the Port way of listing named definitions) and
// reports anything else at `$.key` or `$.key.<id>`.
QList<std::pair<QString, QJsonObject>> namedObjects(const QJsonObject &json, const QString &path,
                                                    Problems *problems)
{
    QList<std::pair<QString, QJsonObject>> result;
    const QJsonValue value = json.value(path.section(u'.', -1));
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isObject()) {
        if (problems)
            problems->append(Problem::error(u"$."_s + path, u"must be an object of named definitions"_s));
        return result;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isObject()) {
            if (problems)
                problems->append(Problem::error(u"$."_s + path + u'.' + it.key(), u"must be an object"_s));
            continue;
        }
        result.append({it.key(), it->toObject()});
    }
    return result;
}

PropertyDef readProperty(const QString &id, const QJsonObject &json)
{
    PropertyDef p;
    p.id = id;
    p.title = json.value("title"_L1).toString();
    p.description = json.value("description"_L1).toString();
    p.icon = json.value("icon"_L1).toString();
    p.type = json.value("type"_L1).toString();
    p.format = json.value("format"_L1).toString();
    p.enumValues = json.value("enum"_L1).toArray();
    p.enumColors = json.value("enumColors"_L1).toObject();
    p.defaultValue = json.value("default"_L1);
    p.items = json.value("items"_L1).toObject();
    return p;
}

AggregationDef readAggregation(const QString &id, const QJsonObject &json)
{
    AggregationDef a;
    a.id = id;
    a.title = json.value("title"_L1).toString();
    a.target = json.value("target"_L1).toString();
    const QJsonObject spec = json.value("calculationSpec"_L1).toObject();
    a.calculationBy = spec.value("calculationBy"_L1).toString(u"entities"_s);
    a.func = spec.value("func"_L1).toString(u"count"_s);
    a.property = spec.value("property"_L1).toString();
    a.averageOf = spec.value("averageOf"_L1).toString(u"total"_s);
    a.measureTimeBy = spec.value("measureTimeBy"_L1).toString(u"$createdAt"_s);
    a.query = json.value("query"_L1).toObject();
    return a;
}

} // namespace

Blueprint Blueprint::fromJson(const QJsonObject &json, Problems *problems)
{
    Blueprint b;
    b.json = json;
    b.identifier = json.value("identifier"_L1).toString();
    b.title = json.value("title"_L1).toString();
    b.description = json.value("description"_L1).toString();
    b.icon = json.value("icon"_L1).toString();
    b.ownership = json.value("ownership"_L1).toObject();

    const QJsonValue schema = json.value("schema"_L1);
    if (!schema.isUndefined() && !schema.isObject() && problems)
        problems->append(Problem::error(u"$.schema"_s, u"must be an object"_s));
    const QJsonObject schemaObject = schema.toObject();
    const QJsonValue required = schemaObject.value("required"_L1);
    if (!required.isUndefined() && !required.isArray() && problems)
        problems->append(Problem::error(u"$.schema.required"_s, u"must be an array of property identifiers"_s));
    for (const QJsonValue &r : required.toArray())
        b.required.append(r.toString());

    for (const auto &[id, def] : namedObjects(schemaObject, u"schema.properties"_s, problems)) {
        PropertyDef p = readProperty(id, def);
        p.required = b.required.contains(id);
        b.properties.append(p);
    }
    for (const auto &[id, def] : namedObjects(json, u"relations"_s, problems)) {
        b.relations.append(RelationDef{id, def.value("title"_L1).toString(), def.value("target"_L1).toString(),
                                       def.value("required"_L1).toBool(), def.value("many"_L1).toBool()});
    }
    for (const auto &[id, def] : namedObjects(json, u"mirrorProperties"_s, problems))
        b.mirrors.append(MirrorDef{id, def.value("title"_L1).toString(), def.value("path"_L1).toString()});
    for (const auto &[id, def] : namedObjects(json, u"calculationProperties"_s, problems)) {
        b.calculations.append(CalculationDef{id, def.value("title"_L1).toString(), def.value("type"_L1).toString(),
                                             def.value("format"_L1).toString(),
                                             def.value("calculation"_L1).toString()});
    }
    for (const auto &[id, def] : namedObjects(json, u"aggregationProperties"_s, problems))
        b.aggregations.append(readAggregation(id, def));
    return b;
}

const PropertyDef *Blueprint::property(QStringView id) const
{
    for (const PropertyDef &p : properties) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const RelationDef *Blueprint::relation(QStringView id) const
{
    for (const RelationDef &r : relations) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const MirrorDef *Blueprint::mirror(QStringView id) const
{
    for (const MirrorDef &m : mirrors) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace portolan
