#include "formedits.h"

#include "schema/identifiers.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::formedits {
namespace {

QString key(Section section)
{
    switch (section) {
    case Section::Properties: return u"properties"_s;
    case Section::Relations: return u"relations"_s;
    case Section::Mirrors: return u"mirrorProperties"_s;
    case Section::Calculations: return u"calculationProperties"_s;
    case Section::Aggregations: return u"aggregationProperties"_s;
    }
    return {};
}

void setDefinitions(QJsonObject &blueprint, Section section, const QJsonObject &defs)
{
    if (section == Section::Properties) {
        QJsonObject schema = blueprint.value("schema"_L1).toObject();
        schema.insert(u"properties"_s, defs);
        blueprint.insert(u"schema"_s, schema);
        return;
    }
    blueprint.insert(key(section), defs);
}

void setRequired(QJsonObject &blueprint, const QString &property, bool required)
{
    QJsonObject schema = blueprint.value("schema"_L1).toObject();
    QJsonArray list = schema.value("required"_L1).toArray();
    const bool listed = list.contains(QJsonValue(property));
    if (listed == required)
        return;
    if (required) {
        list.append(property);
    } else {
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            if (list.at(i).toString() == property)
                list.removeAt(i);
    }
    schema.insert(u"required"_s, list);
    blueprint.insert(u"schema"_s, schema);
}

} // namespace

QJsonObject definitions(const QJsonObject &blueprint, Section section)
{
    if (section == Section::Properties)
        return blueprint.value("schema"_L1).toObject().value("properties"_L1).toObject();
    return blueprint.value(key(section)).toObject();
}

QStringList takenIds(const QJsonObject &blueprint)
{
    QStringList ids;
    for (Section s : {Section::Properties, Section::Relations, Section::Mirrors, Section::Calculations, Section::Aggregations})
        ids.append(definitions(blueprint, s).keys());
    return ids;
}

QString checkNewId(const QJsonObject &blueprint, const QString &id, const QString &except)
{
    const QString problem = identifiers::checkField(id);
    if (!problem.isEmpty())
        return problem;
    if (id != except && takenIds(blueprint).contains(id))
        return u"\"%1\" is already a field of this blueprint"_s.arg(id);
    return {};
}

QString setText(ModelDraft &draft, const QString &blueprint, const QString &key, const QString &value)
{
    if (!draft.contains(blueprint))
        return u"there is no blueprint \"%1\""_s.arg(blueprint);
    QJsonObject json = draft.json(blueprint);
    if (value.isEmpty() && key != "title"_L1)
        json.remove(key);
    else
        json.insert(key, value);
    return draft.putBlueprint(json);
}

QString putProperty(ModelDraft &draft, const QString &blueprint, const QString &previous, const QString &id,
                    const QJsonObject &schema, bool required, const QString &transform)
{
    if (!draft.contains(blueprint))
        return u"there is no blueprint \"%1\""_s.arg(blueprint);
    if (previous.isEmpty()) {
        QJsonObject json = draft.json(blueprint);
        const QString problem = checkNewId(json, id);
        if (!problem.isEmpty())
            return problem;
        QJsonObject properties = definitions(json, Section::Properties);
        properties.insert(id, schema);
        setDefinitions(json, Section::Properties, properties);
        setRequired(json, id, required);
        return draft.putBlueprint(json);
    }
    if (previous != id) {
        const QString refusal = draft.renameProperty(blueprint, previous, id);
        if (!refusal.isEmpty())
            return refusal;
    }
    const QString refusal = draft.changePropertyType(blueprint, id, schema, transform);
    if (!refusal.isEmpty())
        return refusal;
    QJsonObject json = draft.json(blueprint);
    setRequired(json, id, required);
    return draft.putBlueprint(json);
}

QString putDefinition(ModelDraft &draft, const QString &blueprint, Section section, const QString &previous,
                      const QString &id, const QJsonObject &definition)
{
    if (section == Section::Properties)
        return u"properties are edited with putProperty"_s;
    if (!draft.contains(blueprint))
        return u"there is no blueprint \"%1\""_s.arg(blueprint);
    if (!previous.isEmpty() && previous != id) {
        const QString refusal = rename(draft, blueprint, section, previous, id);
        if (!refusal.isEmpty())
            return refusal;
    } else if (previous.isEmpty()) {
        const QString problem = checkNewId(draft.json(blueprint), id);
        if (!problem.isEmpty())
            return problem;
    }
    QJsonObject json = draft.json(blueprint);
    QJsonObject defs = definitions(json, section);
    defs.insert(id, definition);
    setDefinitions(json, section, defs);
    return draft.putBlueprint(json);
}

QString rename(ModelDraft &draft, const QString &blueprint, Section section, const QString &from, const QString &to)
{
    if (section == Section::Properties)
        return draft.renameProperty(blueprint, from, to);
    if (section == Section::Relations)
        return draft.renameRelation(blueprint, from, to);
    QJsonObject json = draft.json(blueprint);
    QJsonObject defs = definitions(json, section);
    if (!defs.contains(from))
        return u"%1 has no \"%2\""_s.arg(blueprint, from);
    const QString problem = checkNewId(json, to, from);
    if (!problem.isEmpty())
        return problem;
    defs.insert(to, defs.take(from));
    setDefinitions(json, section, defs);
    return draft.putBlueprint(json);
}

QString remove(ModelDraft &draft, const QString &blueprint, Section section, const QString &id)
{
    QJsonObject json = draft.json(blueprint);
    QJsonObject defs = definitions(json, section);
    if (!defs.contains(id))
        return u"%1 has no \"%2\""_s.arg(blueprint, id);
    defs.remove(id);
    setDefinitions(json, section, defs);
    if (section == Section::Properties)
        setRequired(json, id, false);
    return draft.putBlueprint(json);
}

QString suggestId(const QString &title)
{
    QString id;
    bool upper = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            id += id.isEmpty() ? c.toLower() : upper ? c.toUpper() : c;
            upper = false;
        } else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/' || c == u'.') {
            upper = !id.isEmpty();
        }
    }
    return id;
}

int mergeKey(const QString &blueprint, const QString &field, int generation)
{
    // Non-negative, and unlikely to meet the JSON view's keys (small numbers).
    return int((qHash(blueprint + u'\x1f' + field) ^ size_t(generation) * 0x9e3779b9u) & 0x3fffffff) | 0x10000;
}

QString valueShape(const QJsonObject &schema)
{
    const QString type = schema.value("type"_L1).toString();
    if (type == "string"_L1 && schema.value("format"_L1).toString() == "labeled-url"_L1)
        return u"object"_s;
    if (type == "array"_L1) {
        const QJsonObject items = schema.value("items"_L1).toObject();
        return items.isEmpty() ? u"array"_s : u"array<"_s + valueShape(items) + u'>';
    }
    return type;
}

bool changesValueShape(const QJsonObject &before, const QJsonObject &after)
{
    const QString from = valueShape(before);
    const QString to = valueShape(after);
    if (from.startsWith("array"_L1) && to.startsWith("array"_L1) && (from == "array"_L1 || to == "array"_L1))
        return false;
    return from != to;
}

} // namespace portolan::formedits
