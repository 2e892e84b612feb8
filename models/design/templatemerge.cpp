#include "templatemerge.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The named definitions of a blueprint, in the order the merge walks them. Their identifiers share
// one namespace: a property and a relation may not have the same one.
struct Section {
    QString key;
    QString noun;
    QString plural;
};

const QList<Section> &sections()
{
    static const QList<Section> all{
        {u"properties"_s, u"property"_s, u"properties"_s},
        {u"relations"_s, u"relation"_s, u"relations"_s},
        {u"mirrorProperties"_s, u"mirror"_s, u"mirrors"_s},
        {u"calculationProperties"_s, u"calculation"_s, u"calculations"_s},
        {u"aggregationProperties"_s, u"aggregation"_s, u"aggregations"_s},
    };
    return all;
}

enum SectionIndex { Properties, Relations, Mirrors, Calculations, Aggregations };

QJsonObject definitions(const QJsonObject &blueprint, int section)
{
    if (section == Properties)
        return blueprint.value("schema"_L1).toObject().value("properties"_L1).toObject();
    return blueprint.value(sections().at(section).key).toObject();
}

void setDefinitions(QJsonObject &blueprint, int section, const QJsonObject &defs)
{
    if (section == Properties) {
        QJsonObject schema = blueprint.value("schema"_L1).toObject();
        schema.insert(u"properties"_s, defs);
        blueprint.insert(u"schema"_s, schema);
        return;
    }
    blueprint.insert(sections().at(section).key, defs);
}

// The section of `blueprint` that defines `field`, or -1.
int sectionHolding(const QJsonObject &blueprint, const QString &field)
{
    for (int s = 0; s < sections().size(); ++s) {
        if (definitions(blueprint, s).contains(field))
            return s;
    }
    return -1;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QStringList enumTexts(const QJsonValue &values)
{
    QStringList texts;
    for (const QJsonValue &v : values.toArray())
        texts.append(valueText(v));
    return texts;
}

QString elided(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

QString describeProperty(const QJsonObject &def)
{
    const QString type = def.value("type"_L1).toString();
    if (def.contains("enum"_L1)) {
        QStringList values = enumTexts(def.value("enum"_L1));
        if (values.size() > 5)
            values = values.mid(0, 5) << u"…"_s;
        return u"enum [%1]"_s.arg(values.join(u", "_s));
    }
    if (type == "array"_L1 && def.contains("items"_L1))
        return u"array of %1"_s.arg(describeProperty(def.value("items"_L1).toObject()));
    const QString format = def.value("format"_L1).toString();
    if (type.isEmpty())
        return u"no type"_s;
    return format.isEmpty() ? type : u"%1 (%2)"_s.arg(type, format);
}

QString describeAggregation(const QJsonObject &def)
{
    const QJsonObject spec = def.value("calculationSpec"_L1).toObject();
    const QString target = def.value("target"_L1).toString();
    const QString func = spec.value("func"_L1).toString(u"count"_s);
    QString what;
    if (spec.value("calculationBy"_L1).toString(u"entities"_s) == "property"_L1)
        what = u"%1 of %2.%3"_s.arg(func, target, spec.value("property"_L1).toString());
    else if (func == "average"_L1)
        what = u"%1 per %2"_s.arg(target, spec.value("averageOf"_L1).toString(u"total"_s));
    else
        what = u"count of %1"_s.arg(target);
    return def.contains("query"_L1) ? what + u" (filtered)"_s : what;
}

// Two long enums that differ in a value or two: say which, not the first five of each.
QString describeEnumAgainst(const QJsonObject &def, const QJsonObject &other)
{
    const QStringList values = enumTexts(def.value("enum"_L1));
    const QStringList others = enumTexts(other.value("enum"_L1));
    QStringList distinct;
    for (const QString &v : values) {
        if (!others.contains(v))
            distinct.append(v);
    }
    const qsizetype alike = values.size() - distinct.size();
    if (values.size() <= 5 || alike == 0 || distinct.isEmpty())
        return describeProperty(def);
    return u"enum with %1 (%2 values alike)"_s.arg(distinct.join(u", "_s)).arg(alike);
}

// How a definition reads in a conflict: "enum [a, b]", "relation to system, many", "mirror of x.y".
QString describe(int section, const QJsonObject &def, bool withNoun)
{
    switch (section) {
    case Properties:
        return withNoun ? u"property "_s + describeProperty(def) : describeProperty(def);
    case Relations: {
        QString text = u"relation to "_s + def.value("target"_L1).toString();
        if (def.value("many"_L1).toBool())
            text += u", many"_s;
        if (def.value("required"_L1).toBool())
            text += u", required"_s;
        return text;
    }
    case Mirrors:
        return u"mirror of "_s + def.value("path"_L1).toString();
    case Calculations:
        return u"calculation (%1) %2"_s.arg(def.value("type"_L1).toString(), elided(def.value("calculation"_L1).toString(), 40));
    default:
        return u"aggregation: "_s + describeAggregation(def);
    }
}

// Whether two definitions of a field mean the same. Titles, descriptions, icons and enum colours
// are presentation: the portal keeps its own without that being a conflict.
bool sameMeaning(int section, const QJsonObject &a, const QJsonObject &b)
{
    const auto same = [&](QLatin1StringView key, const QJsonValue &fallback = QJsonValue::Undefined) {
        const QJsonValue x = a.contains(key) ? a.value(key) : fallback;
        const QJsonValue y = b.contains(key) ? b.value(key) : fallback;
        return x == y;
    };
    switch (section) {
    case Properties: {
        QStringList x = enumTexts(a.value("enum"_L1)), y = enumTexts(b.value("enum"_L1));
        x.sort();
        y.sort();
        return same("type"_L1) && same("format"_L1) && same("items"_L1) && x == y
            && a.contains("enum"_L1) == b.contains("enum"_L1);
    }
    case Relations:
        return same("target"_L1) && same("many"_L1, false) && same("required"_L1, false);
    case Mirrors:
        return same("path"_L1);
    case Calculations:
        return same("calculation"_L1) && same("type"_L1);
    default: {
        const QJsonObject x = a.value("calculationSpec"_L1).toObject(), y = b.value("calculationSpec"_L1).toObject();
        const auto sameSpec = [&](QLatin1StringView key, const QString &fallback) {
            return x.value(key).toString(fallback) == y.value(key).toString(fallback);
        };
        return same("target"_L1) && same("query"_L1, QJsonObject()) && sameSpec("calculationBy"_L1, u"entities"_s)
            && sameSpec("func"_L1, u"count"_s) && sameSpec("property"_L1, {}) && sameSpec("averageOf"_L1, u"total"_s)
            && sameSpec("measureTimeBy"_L1, u"$createdAt"_s);
    }
    }
}

// What the merge leaves out after a first try: template fields ("blueprint/section/field") and
// whole new blueprints that would not validate in this portal, with the reasons to show.
struct Exclusions {
    QSet<QString> fields;
    QSet<QString> blueprints;
    QHash<QString, QStringList> reasons; // blueprint → conflict texts

    static QString key(const QString &blueprint, int section, const QString &field)
    {
        return blueprint + u'/' + QString::number(section) + u'/' + field;
    }
};

QJsonObject newBlueprint(const QJsonObject &json, const QString &id, const Exclusions &ex, MergeLine &line)
{
    QJsonObject result = json;
    for (int s = 0; s < sections().size(); ++s) {
        QJsonObject defs = definitions(json, s);
        for (const QString &field : defs.keys()) {
            if (ex.fields.contains(Exclusions::key(id, s, field)))
                defs.remove(field);
            else
                line.added.append(sections().at(s).noun + u' ' + field);
        }
        if (json.contains(sections().at(s).key) || s == Properties)
            setDefinitions(result, s, defs);
    }
    // A left-out property is not required either.
    QJsonObject schema = result.value("schema"_L1).toObject();
    QJsonArray required;
    for (const QJsonValue &r : schema.value("required"_L1).toArray()) {
        if (!ex.fields.contains(Exclusions::key(id, Properties, r.toString())))
            required.append(r);
    }
    schema.insert(u"required"_s, required);
    result.insert(u"schema"_s, schema);
    return result;
}

QJsonObject extendedBlueprint(const QJsonObject &portal, const QJsonObject &json, const QString &id, bool stored,
                              const Exclusions &ex, MergeLine &line)
{
    QJsonObject result = portal;
    for (int s = 0; s < sections().size(); ++s) {
        const QJsonObject defs = definitions(json, s);
        for (auto it = defs.begin(); it != defs.end(); ++it) {
            const QString &field = it.key();
            const QJsonObject def = it->toObject();
            const int holder = sectionHolding(portal, field);
            if (holder < 0) {
                if (ex.fields.contains(Exclusions::key(id, s, field)))
                    continue;
                QJsonObject added = def;
                if (stored && s == Relations)
                    added.insert(u"required"_s, false); // stored entities have no value for it yet
                QJsonObject into = definitions(result, s);
                into.insert(field, added);
                setDefinitions(result, s, into);
                line.added.append(sections().at(s).noun + u' ' + field);
                continue;
            }
            const QJsonObject own = definitions(portal, holder).value(field).toObject();
            if (holder != s || !sameMeaning(s, def, own)) {
                const bool enums = holder == Properties && s == Properties && def.contains("enum"_L1) && own.contains("enum"_L1);
                const QString theirs = enums ? describeEnumAgainst(def, own) : describe(s, def, holder != s);
                const QString ours = enums ? describeEnumAgainst(own, def) : describe(holder, own, holder != s);
                line.conflicts.append(u"%1.%2: template says %3, portal keeps %4"_s.arg(id, field, theirs, ours));
            }
        }
    }
    return result;
}

TemplateMerge build(const ModelDraft &draft, const ModelTemplate &t, const Exclusions &ex)
{
    TemplateMerge merge;
    merge.result = draft;
    for (const QJsonObject &json : t.blueprints) {
        MergeLine line;
        line.blueprint = json.value("identifier"_L1).toString();
        const QString &id = line.blueprint;
        if (ex.blueprints.contains(id)) {
            line.kind = MergeLine::Kind::Conflict;
        } else if (!draft.contains(id) && draft.isStored(id)) {
            line.kind = MergeLine::Kind::Conflict;
            line.conflicts.append(u"%1: deleted in this draft: undo the deletion to add it again"_s.arg(id));
        } else if (!draft.contains(id)) {
            line.kind = MergeLine::Kind::New;
            merge.result.putBlueprint(newBlueprint(json, id, ex, line));
        } else {
            const QJsonObject portal = draft.json(id);
            const QJsonObject extended = extendedBlueprint(portal, json, id, draft.isStored(id), ex, line);
            if (extended != portal)
                merge.result.putBlueprint(extended);
        }
        line.conflicts.append(ex.reasons.value(id));
        if (line.kind != MergeLine::Kind::New && !ex.blueprints.contains(id))
            line.kind = !line.conflicts.isEmpty() ? MergeLine::Kind::Conflict
                : !line.added.isEmpty()           ? MergeLine::Kind::Extended
                                                  : MergeLine::Kind::Same;
        merge.lines.append(line);
    }
    return merge;
}

QString problemKey(const Problem &p)
{
    return p.file + u'\n' + p.path + u'\n' + p.message;
}

// The section and field a problem's path is about: "$.relations.system.target" → {Relations, "system"}.
std::pair<int, QString> fieldOf(const QString &path)
{
    for (int s = 0; s < sections().size(); ++s) {
        const QString prefix = s == Properties ? u"$.schema.properties."_s : u"$."_s + sections().at(s).key + u'.';
        if (path.startsWith(prefix))
            return {s, path.mid(prefix.size()).section(u'.', 0, 0).section(u'[', 0, 0)};
    }
    return {-1, {}};
}

} // namespace

QString MergeLine::addedSummary() const
{
    QList<int> counts(sections().size(), 0);
    for (const QString &entry : added) {
        const QString noun = entry.section(u' ', 0, 0);
        for (int s = 0; s < sections().size(); ++s) {
            if (sections().at(s).noun == noun)
                ++counts[s];
        }
    }
    QStringList parts;
    const QString plus = kind == Kind::New ? QString() : u"+"_s;
    for (int s = 0; s < sections().size(); ++s) {
        if (counts.at(s) > 0)
            parts.append(plus + QString::number(counts.at(s)) + u' '
                         + (counts.at(s) == 1 ? sections().at(s).noun : sections().at(s).plural));
    }
    return parts.join(u", "_s);
}

QString TemplateMerge::summary() const
{
    int counts[4] = {0, 0, 0, 0};
    for (const MergeLine &line : lines)
        ++counts[int(line.kind)];
    QStringList parts;
    const std::pair<int, QString> words[] = {{int(MergeLine::Kind::New), u"new"_s},
                                             {int(MergeLine::Kind::Extended), u"extended"_s},
                                             {int(MergeLine::Kind::Same), u"unchanged"_s},
                                             {int(MergeLine::Kind::Conflict), u"with conflicts"_s}};
    for (const auto &[kind, word] : words) {
        if (counts[kind] > 0)
            parts.append(QString::number(counts[kind]) + u' ' + word);
    }
    return parts.join(u", "_s);
}

bool TemplateMerge::changesDraft() const
{
    return std::any_of(lines.begin(), lines.end(),
                       [](const MergeLine &l) { return l.kind == MergeLine::Kind::New || !l.added.isEmpty(); });
}

TemplateMerge mergeTemplate(const ModelDraft &draft, const ModelTemplate &t)
{
    QSet<QString> before;
    for (const Problem &p : draft.validate())
        before.insert(problemKey(p));
    QHash<QString, QJsonObject> fromTemplate;
    for (const QJsonObject &json : t.blueprints)
        fromTemplate.insert(json.value("identifier"_L1).toString(), json);

    // Merge, validate, leave out what brought new problems, and again until nothing new is wrong.
    // Each round leaves out at least one more field or blueprint, so this ends.
    Exclusions ex;
    while (true) {
        TemplateMerge merge = build(draft, t, ex);
        bool progress = false;
        for (const Problem &p : merge.result.validate()) {
            if (!p.isError() || before.contains(problemKey(p)) || !fromTemplate.contains(p.file))
                continue;
            const auto [section, field] = fieldOf(p.path);
            const bool addedField = section >= 0 && definitions(fromTemplate.value(p.file), section).contains(field)
                && (!draft.contains(p.file) || sectionHolding(draft.json(p.file), field) < 0);
            if (addedField) {
                const QString key = Exclusions::key(p.file, section, field);
                if (ex.fields.contains(key))
                    continue;
                ex.fields.insert(key);
                ex.reasons[p.file].append(u"%1.%2: left out: %3"_s.arg(p.file, field, p.message));
                progress = true;
            } else if (!draft.contains(p.file) && !ex.blueprints.contains(p.file)) {
                ex.blueprints.insert(p.file);
                ex.reasons[p.file].append(u"%1: left out: %2"_s.arg(p.file, p.message));
                progress = true;
            }
        }
        if (!progress)
            return merge;
    }
}

} // namespace portolan
