// checkUserInputs: what an action author got wrong in `userInputs`, each at its JSON path.
#include "userinputs.h"

#include "jq/jqprogram.h"
#include "query/rule.h"
#include "schema/formats.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kTypes{u"string"_s, u"number"_s, u"integer"_s, u"boolean"_s, u"object"_s, u"array"_s};

QStringList inputFormats()
{
    QStringList list = formats::known();
    list << u"entity"_s << u"multi-line"_s << u"secret"_s;
    return list;
}

// Which constraints make sense on which JSON type.
const QHash<QString, QStringList> &constraintTypes()
{
    static const QHash<QString, QStringList> table{
        {u"minLength"_s, {u"string"_s}},         {u"maxLength"_s, {u"string"_s}},
        {u"pattern"_s, {u"string"_s}},           {u"minimum"_s, {u"number"_s, u"integer"_s}},
        {u"maximum"_s, {u"number"_s, u"integer"_s}}, {u"exclusiveMinimum"_s, {u"number"_s, u"integer"_s}},
        {u"exclusiveMaximum"_s, {u"number"_s, u"integer"_s}}, {u"minItems"_s, {u"array"_s}},
        {u"maxItems"_s, {u"array"_s}},           {u"uniqueItems"_s, {u"array"_s}},
    };
    return table;
}

class Checker
{
public:
    Problems problems;

    void error(const QString &path, const QString &message) { problems.append(Problem::error(path, message)); }
    void warning(const QString &path, const QString &message) { problems.append(Problem::warning(path, message)); }

    void jq(const QJsonValue &raw, const QString &path)
    {
        if (!Dynamic::isJqObject(raw))
            return;
        const JqProgram program(raw.toObject().value("jqQuery"_L1).toString());
        if (!program.isValid())
            error(path + u".jqQuery"_s, u"jq does not compile: "_s + program.error());
    }

    void constraints(const QJsonObject &def, const QString &type, const QString &path)
    {
        const auto &table = constraintTypes();
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (!def.contains(it.key()))
                continue;
            const QJsonValue v = def.value(it.key());
            const QString at = path + u'.' + it.key();
            if (!it.value().contains(type))
                error(at, u"applies to %1 inputs, not to %2"_s.arg(it.value().constFirst(), type));
            if (it.key() == "pattern"_L1) {
                const QRegularExpression re(v.toString());
                if (!v.isString())
                    error(at, u"must be a string"_s);
                else if (!re.isValid())
                    error(at, u"is not a valid regular expression: "_s + re.errorString());
            } else if (it.key() == "uniqueItems"_L1) {
                if (!v.isBool())
                    error(at, u"must be true or false"_s);
            } else if (it.key().startsWith("min"_L1) || it.key().startsWith("max"_L1)) {
                const bool count = it.key().endsWith("Length"_L1) || it.key().endsWith("Items"_L1);
                if (!v.isDouble())
                    error(at, u"must be a number"_s);
                else if (count && (v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble())))
                    error(at, u"must be a whole number, 0 or more"_s);
            } else if (!v.isDouble()) {
                error(at, u"must be a number"_s);
            }
        }
        auto pair = [&](const char *lo, const char *hi) {
            const QJsonValue a = def.value(QLatin1StringView(lo)), b = def.value(QLatin1StringView(hi));
            if (a.isDouble() && b.isDouble() && a.toDouble() > b.toDouble())
                error(path + u'.' + QLatin1StringView(lo), u"is greater than %1"_s.arg(QLatin1StringView(hi)));
        };
        pair("minLength", "maxLength");
        pair("minimum", "maximum");
        pair("minItems", "maxItems");
    }

    void typeAndFormat(const QJsonObject &def, const QString &path, bool isItem)
    {
        const QJsonValue type = def.value("type"_L1);
        if (!type.isString())
            error(path + u".type"_s, type.isUndefined() ? u"is missing"_s : u"must be a string"_s);
        else if (!kTypes.contains(type.toString()))
            error(path + u".type"_s, u"\"%1\" is not one of %2"_s.arg(type.toString(), kTypes.join(u", "_s)));
        if (def.contains("format"_L1) && !inputFormats().contains(def.value("format"_L1).toString()))
            error(path + u".format"_s, u"\"%1\" is not a known format (%2)"_s.arg(def.value("format"_L1).toString(),
                                                                                     inputFormats().join(u", "_s)));
        if (def.contains("encryption"_L1) && def.value("encryption"_L1).toString() != "aes256-gcm"_L1)
            error(path + u".encryption"_s, u"must be \"aes256-gcm\""_s);
        constraints(def, type.toString(), path);
        enumeration(def, path);
        if (def.value("format"_L1).toString() == "entity"_L1)
            entity(def, path);
        if (type.toString() == "array"_L1) {
            if (isItem)
                error(path + u".items"_s, u"arrays of arrays are not supported"_s);
            else if (def.contains("items"_L1))
                typeAndFormat(def.value("items"_L1).toObject(), path + u".items"_s, true);
        }
    }

    void enumeration(const QJsonObject &def, const QString &path)
    {
        const QJsonValue values = def.value("enum"_L1);
        jq(values, path + u".enum"_s);
        if (!values.isUndefined() && !values.isArray() && !Dynamic::isJqObject(values))
            error(path + u".enum"_s, u"must be a list of values or {\"jqQuery\": …}"_s);
        const QJsonObject colours = def.value("enumColors"_L1).toObject();
        for (auto it = colours.begin(); it != colours.end(); ++it) {
            if (values.isArray() && !values.toArray().contains(QJsonValue(it.key())))
                warning(path + u".enumColors."_s + it.key(), u"is not one of the enum values"_s);
            if (!formats::colors().contains(it.value().toString()))
                error(path + u".enumColors."_s + it.key(), u"\"%1\" is not a palette colour"_s.arg(it.value().toString()));
        }
    }

    void entity(const QJsonObject &def, const QString &path)
    {
        if (!def.value("blueprint"_L1).isString() || def.value("blueprint"_L1).toString().isEmpty())
            error(path + u".blueprint"_s, u"is missing: an entity input needs the blueprint to choose from"_s);
        if (def.contains("dataset"_L1)) {
            QJsonObject dataset = def.value("dataset"_L1).toObject();
            QJsonArray rules = dataset.value("rules"_L1).toArray();
            for (qsizetype i = 0; i < rules.size(); ++i)
                jq(rules.at(i).toObject().value("value"_L1), path + u".dataset.rules[%1].value"_s.arg(i));
            problems.append(RuleQuery::check(dataset, path + u".dataset"_s));
        }
        if (def.contains("sort"_L1)) {
            const QJsonObject sort = def.value("sort"_L1).toObject();
            if (sort.value("property"_L1).toString().isEmpty())
                error(path + u".sort.property"_s, u"is missing"_s);
            const QString order = sort.value("order"_L1).toString(u"ASC"_s);
            if (order != "ASC"_L1 && order != "DESC"_L1)
                error(path + u".sort.order"_s, u"must be \"ASC\" or \"DESC\""_s);
        }
    }

    void keyList(const QJsonValue &list, const QSet<QString> &known, const QString &path, const QString &what)
    {
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (!known.contains(array.at(i).toString()))
                error(path + u"[%1]"_s.arg(i), u"\"%1\" is not %2"_s.arg(array.at(i).toString(), what));
    }
};

// Reports each dependsOn cycle once, at the input where the walk found it.
void dependsOnCycles(const UserInputs &inputs, const QString &path, Problems &problems)
{
    QHash<QString, int> state; // 0 new, 1 on the walk, 2 done
    QStringList walk;
    std::function<void(const QString &)> visit = [&](const QString &key) {
        state[key] = 1;
        walk.append(key);
        if (const UserInput *in = inputs.input(key))
            for (const QString &dep : in->dependsOn) {
                if (!inputs.input(dep))
                    continue;
                if (state.value(dep) == 1) {
                    const QStringList cycle = walk.mid(walk.indexOf(dep)) << dep;
                    problems.append(Problem::error(path + u".properties."_s + key + u".dependsOn"_s,
                                                   u"dependsOn cycle: "_s + cycle.join(u" → "_s)));
                } else if (state.value(dep) == 0) {
                    visit(dep);
                }
            }
        walk.removeLast();
        state[key] = 2;
    };
    for (const UserInput &in : inputs.inputs)
        if (state.value(in.key) == 0)
            visit(in.key);
}

} // namespace

Problems checkUserInputs(const QJsonObject &userInputs, const QString &path)
{
    Checker c;
    const QJsonValue properties = userInputs.value("properties"_L1);
    if (!properties.isObject() && !properties.isUndefined())
        c.error(path + u".properties"_s, u"must be an object of inputs"_s);
    const QJsonObject props = properties.toObject();
    const UserInputs inputs = UserInputs::fromJson(userInputs);
    const QStringList keys = props.keys();
    const QSet<QString> inputKeys(keys.begin(), keys.end());

    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString at = path + u".properties."_s + it.key();
        if (!it.value().isObject()) {
            c.error(at, u"must be an object"_s);
            continue;
        }
        const QJsonObject def = it.value().toObject();
        c.typeAndFormat(def, at, false);
        for (const char *name : {"default", "visible", "disabled"})
            c.jq(def.value(QLatin1StringView(name)), at + u'.' + QLatin1StringView(name));
        for (const char *name : {"visible", "disabled"}) {
            const QJsonValue v = def.value(QLatin1StringView(name));
            if (!v.isUndefined() && !v.isBool() && !Dynamic::isJqObject(v))
                c.error(at + u'.' + QLatin1StringView(name), u"must be true, false or {\"jqQuery\": …}"_s);
        }
        const QJsonValue depends = def.value("dependsOn"_L1);
        if (!depends.isUndefined() && !depends.isArray())
            c.error(at + u".dependsOn"_s, u"must be a list of input keys"_s);
        c.keyList(depends, inputKeys, at + u".dependsOn"_s, u"an input of this action"_s);
        if (depends.toArray().contains(QJsonValue(it.key())))
            c.error(at + u".dependsOn"_s, u"an input cannot depend on itself"_s);
    }

    const QJsonValue required = userInputs.value("required"_L1);
    if (required.isArray())
        c.keyList(required, inputKeys, path + u".required"_s, u"an input of this action"_s);
    else if (Dynamic::isJqObject(required))
        c.jq(required, path + u".required"_s);
    else if (!required.isUndefined())
        c.error(path + u".required"_s, u"must be a list of input keys or {\"jqQuery\": …}"_s);

    QSet<QString> placeable = inputKeys;
    const QJsonObject titles = userInputs.value("titles"_L1).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        if (inputKeys.contains(it.key()))
            c.error(path + u".titles."_s + it.key(), u"a section cannot share its key with an input"_s);
        if (!it.value().toObject().value("title"_L1).isString())
            c.error(path + u".titles."_s + it.key() + u".title"_s, u"is missing"_s);
        placeable.insert(it.key());
    }
    c.keyList(userInputs.value("order"_L1), placeable, path + u".order"_s, u"an input or a section of this action"_s);

    const QJsonArray steps = userInputs.value("steps"_L1).toArray();
    QSet<QString> stepped;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString at = path + u".steps[%1]"_s.arg(i);
        const QJsonObject step = steps.at(i).toObject();
        if (step.value("title"_L1).toString().isEmpty())
            c.error(at + u".title"_s, u"is missing"_s);
        c.keyList(step.value("order"_L1), placeable, at + u".order"_s, u"an input or a section of this action"_s);
        const QJsonArray order = step.value("order"_L1).toArray();
        for (qsizetype j = 0; j < order.size(); ++j) {
            const QString key = order.at(j).toString();
            if (stepped.contains(key))
                c.error(at + u".order[%1]"_s.arg(j), u"\"%1\" is already in an earlier step"_s.arg(key));
            stepped.insert(key);
        }
    }
    if (!steps.isEmpty())
        for (const QString &key : inputKeys)
            if (!stepped.contains(key))
                c.warning(path + u".properties."_s + key, u"is in no step; it will be shown on the last step"_s);

    dependsOnCycles(inputs, path, c.problems);
    return c.problems;
}

} // namespace portolan
