#include "userinputs.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Port's kinds by format, for string inputs.
InputKind stringKind(const QString &format, bool hasEnum)
{
    static const QHash<QString, InputKind> byFormat{
        {u"multi-line"_s, InputKind::MultiLine}, {u"markdown"_s, InputKind::Markdown},
        {u"yaml"_s, InputKind::Yaml},            {u"url"_s, InputKind::Url},
        {u"email"_s, InputKind::Email},          {u"date-time"_s, InputKind::DateTime},
        {u"user"_s, InputKind::User},            {u"team"_s, InputKind::Team},
        {u"entity"_s, InputKind::Entity},        {u"secret"_s, InputKind::Secret},
    };
    if (byFormat.contains(format))
        return byFormat.value(format);
    return hasEnum ? InputKind::Enum : InputKind::Text;
}

InputKind kindOf(const QJsonObject &json)
{
    const QString type = json.value("type"_L1).toString();
    const QString format = json.value("format"_L1).toString();
    const bool hasEnum = json.contains("enum"_L1);
    if (json.contains("encryption"_L1) || format == "secret"_L1)
        return InputKind::Secret;
    if (type == "number"_L1 || type == "integer"_L1)
        return hasEnum ? InputKind::Enum : InputKind::Number;
    if (type == "boolean"_L1)
        return InputKind::Boolean;
    if (type == "object"_L1)
        return format == "yaml"_L1 ? InputKind::Yaml : InputKind::Object;
    if (type == "array"_L1)
        return json.value("items"_L1).toObject().value("format"_L1).toString() == "entity"_L1 ? InputKind::Entities
                                                                                             : InputKind::Array;
    return stringKind(format, hasEnum);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QString inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Text: return u"text"_s;
    case InputKind::MultiLine: return u"multi-line"_s;
    case InputKind::Markdown: return u"markdown"_s;
    case InputKind::Number: return u"number"_s;
    case InputKind::Boolean: return u"boolean"_s;
    case InputKind::Enum: return u"enum"_s;
    case InputKind::Array: return u"array"_s;
    case InputKind::Object: return u"object"_s;
    case InputKind::Yaml: return u"yaml"_s;
    case InputKind::Url: return u"url"_s;
    case InputKind::Email: return u"email"_s;
    case InputKind::DateTime: return u"date-time"_s;
    case InputKind::User: return u"user"_s;
    case InputKind::Team: return u"team"_s;
    case InputKind::Secret: return u"secret"_s;
    case InputKind::Entity: return u"entity"_s;
    case InputKind::Entities: return u"entities"_s;
    }
    return {};
}

bool Dynamic::isJqObject(const QJsonValue &raw)
{
    const QJsonObject object = raw.toObject();
    return raw.isObject() && object.size() == 1 && object.value("jqQuery"_L1).isString();
}

Dynamic Dynamic::read(const QJsonValue &raw)
{
    Dynamic d;
    if (isJqObject(raw))
        d.jq = raw.toObject().value("jqQuery"_L1).toString();
    else
        d.value = raw;
    return d;
}

QStringList UserInput::jqPrograms() const
{
    QStringList programs;
    for (const Dynamic *d : {&defaultValue, &visible, &disabled, &enumValues})
        if (d->isJq())
            programs.append(d->jq);
    const QJsonArray rules = dataset.value("rules"_L1).toArray();
    for (const QJsonValue &rule : rules)
        if (Dynamic::isJqObject(rule.toObject().value("value"_L1)))
            programs.append(rule.toObject().value("value"_L1).toObject().value("jqQuery"_L1).toString());
    return programs;
}

UserInput UserInput::fromJson(const QString &key, const QJsonObject &json)
{
    UserInput in;
    in.key = key;
    in.json = json;
    in.kind = kindOf(json);
    in.type = json.value("type"_L1).toString(u"string"_s);
    in.format = json.value("format"_L1).toString();
    in.title = json.value("title"_L1).toString(key);
    in.description = json.value("description"_L1).toString();
    in.icon = json.value("icon"_L1).toString();
    in.secret = in.kind == InputKind::Secret;
    in.defaultValue = Dynamic::read(json.value("default"_L1));
    in.visible = Dynamic::read(json.value("visible"_L1));
    in.disabled = Dynamic::read(json.value("disabled"_L1));
    in.enumValues = Dynamic::read(json.value("enum"_L1));
    in.enumColors = json.value("enumColors"_L1).toObject();
    in.dependsOn = strings(json.value("dependsOn"_L1));
    in.items = json.value("items"_L1).toObject();
    // An array of entities keeps blueprint and dataset in `items`; a single entity on itself.
    const QJsonObject entity = in.kind == InputKind::Entities ? in.items : json;
    in.blueprint = entity.value("blueprint"_L1).toString(json.value("blueprint"_L1).toString());
    in.dataset = entity.value("dataset"_L1).toObject(json.value("dataset"_L1).toObject());
    const QJsonObject sort = entity.value("sort"_L1).toObject(json.value("sort"_L1).toObject());
    in.sortProperty = sort.value("property"_L1).toString();
    in.sortAscending = sort.value("order"_L1).toString(u"ASC"_s) != "DESC"_L1;
    return in;
}

const UserInput *UserInputs::input(const QString &key) const
{
    const auto it = indexOf.constFind(key);
    return it == indexOf.cend() ? nullptr : &inputs.at(*it);
}

UserInputs UserInputs::fromJson(const QJsonObject &userInputs)
{
    UserInputs result;
    const QJsonObject properties = userInputs.value("properties"_L1).toObject();
    result.order = strings(userInputs.value("order"_L1));
    result.required = Dynamic::read(userInputs.value("required"_L1));

    const QJsonObject titles = userInputs.value("titles"_L1).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        result.sections.insert(it.key(), {it.key(), t.value("title"_L1).toString(it.key()), t.value("description"_L1).toString()});
    }
    for (const QJsonValue &s : userInputs.value("steps"_L1).toArray()) {
        const QJsonObject step = s.toObject();
        result.steps.append({step.value("title"_L1).toString(), strings(step.value("order"_L1))});
    }

    // Inputs in the order the form shows them: steps, then `order`, then the rest by key.
    QStringList keys;
    QSet<QString> seen;
    auto place = [&](const QStringList &list) {
        for (const QString &key : list)
            if (properties.contains(key) && !seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
    };
    for (const InputStep &step : std::as_const(result.steps))
        place(step.order);
    place(result.order);
    place(properties.keys());
    for (const QString &key : std::as_const(keys)) {
        result.indexOf.insert(key, result.inputs.size());
        result.inputs.append(UserInput::fromJson(key, properties.value(key).toObject()));
    }
    return result;
}

} // namespace portolan
