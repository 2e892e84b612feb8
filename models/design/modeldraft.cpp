#include "modeldraft.h"

#include "schema/blueprintvalidator.h"
#include "schema/identifiers.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QString kSchema = u"schema"_s;
const QString kProperties = u"properties"_s;
const QString kRequired = u"required"_s;
const QString kRelations = u"relations"_s;
const QString kMirrors = u"mirrorProperties"_s;
const QString kCalculations = u"calculationProperties"_s;
const QString kAggregations = u"aggregationProperties"_s;

QJsonObject section(const QJsonObject &json, const QString &name)
{
    if (name == kProperties)
        return json.value(kSchema).toObject().value(kProperties).toObject();
    return json.value(name).toObject();
}

void setSection(QJsonObject &json, const QString &name, const QJsonObject &value)
{
    if (name == kProperties) {
        QJsonObject schema = json.value(kSchema).toObject();
        schema.insert(kProperties, value);
        json.insert(kSchema, schema);
        return;
    }
    json.insert(name, value);
}

// Replaces `.<field>.<from>` and `.<field>["<from>"]` in a jq program.
QString renameInJq(QString program, const QString &field, const QString &from, const QString &to)
{
    const QString escaped = QRegularExpression::escape(from);
    program.replace(QRegularExpression(u"\\.%1\\.%2(?![A-Za-z0-9_])"_s.arg(field, escaped)), u".%1.%2"_s.arg(field, to));
    program.replace(QRegularExpression(u"\\.%1\\[\"%2\"\\]"_s.arg(field, escaped)), u".%1[\"%2\"]"_s.arg(field, to));
    return program;
}

// Renames `property` in Port search rules (nested {combinator, rules}).
QJsonObject renameInRules(QJsonObject query, const QString &from, const QString &to)
{
    QJsonArray rules = query.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        if (rule.contains(u"rules"_s))
            rule = renameInRules(rule, from, to);
        else if (rule.value(u"property"_s).toString() == from)
            rule.insert(u"property"_s, to);
        rules.replace(i, rule);
    }
    if (!query.isEmpty())
        query.insert(u"rules"_s, rules);
    return query;
}

} // namespace

ModelDraft ModelDraft::fromBlueprints(const QList<Blueprint> &stored)
{
    ModelDraft draft;
    for (const Blueprint &bp : stored) {
        draft.m_order.append(bp.identifier);
        draft.m_blueprints.insert(bp.identifier, bp.json);
    }
    draft.m_baseOrder = draft.m_order;
    draft.m_base = draft.m_blueprints;
    return draft;
}

Blueprint ModelDraft::blueprint(const QString &identifier) const
{
    return Blueprint::fromJson(m_blueprints.value(identifier));
}

QList<Blueprint> ModelDraft::blueprints() const
{
    QList<Blueprint> result;
    for (const QString &id : m_order)
        result.append(blueprint(id));
    return result;
}

QList<Blueprint> ModelDraft::baseBlueprints() const
{
    QList<Blueprint> result;
    for (const QString &id : m_baseOrder)
        result.append(Blueprint::fromJson(m_base.value(id)));
    return result;
}

void ModelDraft::setJson(const QString &identifier, const QJsonObject &json)
{
    if (!m_blueprints.contains(identifier))
        m_order.append(identifier);
    m_blueprints.insert(identifier, json);
}

QString ModelDraft::putBlueprint(const QJsonObject &json, const QString &previous)
{
    const QString identifier = json.value(u"identifier"_s).toString();
    const QString problem = identifiers::checkBlueprint(identifier);
    if (!problem.isEmpty())
        return u"identifier \"%1\": %2"_s.arg(identifier, problem);
    if (!previous.isEmpty() && previous != identifier) {
        if (isStored(previous))
            return u"\"%1\" is stored: a stored blueprint keeps its identifier (create a new blueprint instead)"_s.arg(previous);
        if (contains(identifier))
            return u"there is already a blueprint \"%1\""_s.arg(identifier);
        if (!dependents(previous).isEmpty())
            return u"other blueprints refer to \"%1\": %2"_s.arg(previous, dependents(previous).join(u", "_s));
        m_order.replace(m_order.indexOf(previous), identifier);
        m_blueprints.remove(previous);
        m_blueprints.insert(identifier, json);
        return {};
    }
    setJson(identifier, json);
    return {};
}

QString ModelDraft::createBlueprint(const QJsonObject &json)
{
    const QString identifier = json.value(u"identifier"_s).toString();
    if (contains(identifier))
        return u"there is already a blueprint \"%1\""_s.arg(identifier);
    if (isStored(identifier))
        return u"\"%1\" was deleted in this draft: apply first, or undo the deletion"_s.arg(identifier);
    return putBlueprint(json);
}

QStringList ModelDraft::dependents(const QString &identifier) const
{
    QStringList result;
    for (const QString &id : m_order) {
        if (id == identifier)
            continue;
        const Blueprint bp = blueprint(id);
        for (const RelationDef &r : bp.relations)
            if (r.target == identifier)
                result.append(id + u'.' + r.id);
        for (const AggregationDef &a : bp.aggregations)
            if (a.target == identifier)
                result.append(id + u'.' + a.id);
        for (const MirrorDef &m : bp.mirrors) {
            const QStringList segments = m.path.split(u'.');
            QString current = id;
            for (qsizetype i = 0; i + 1 < segments.size() && !current.isEmpty(); ++i) {
                const Blueprint hop = blueprint(current);
                const RelationDef *r = hop.relation(segments.at(i));
                current = r ? r->target : QString();
                if (current == identifier) {
                    result.append(id + u'.' + m.id);
                    break;
                }
            }
        }
    }
    result.removeDuplicates();
    return result;
}

QString ModelDraft::removeBlueprint(const QString &identifier, DeleteMode mode)
{
    if (!contains(identifier))
        return u"there is no blueprint \"%1\""_s.arg(identifier);
    const QStringList refs = dependents(identifier);
    if (mode == DeleteMode::Block && !refs.isEmpty())
        return u"\"%1\" is used by %2: remove those first, or delete with its relations"_s.arg(identifier, refs.join(u", "_s));
    for (const QString &ref : refs) {
        const QString owner = ref.section(u'.', 0, 0);
        const QString field = ref.section(u'.', 1);
        QJsonObject json = m_blueprints.value(owner);
        for (const QString &name : {kRelations, kMirrors, kAggregations}) {
            QJsonObject defs = section(json, name);
            if (defs.contains(field)) {
                defs.remove(field);
                setSection(json, name, defs);
            }
        }
        m_blueprints.insert(owner, json);
    }
    m_order.removeAll(identifier);
    m_blueprints.remove(identifier);
    m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(), [&](const DataStep &s) { return s.blueprint == identifier; }),
                  m_steps.end());
    if (isStored(identifier))
        m_steps.append({DataStep::Kind::DeleteBlueprint, identifier, {}, {}, {}, !refs.isEmpty()});
    return {};
}

QString ModelDraft::renameIn(const QString &blueprint, const QString &name, const QString &from, const QString &to)
{
    if (!contains(blueprint))
        return u"there is no blueprint \"%1\""_s.arg(blueprint);
    QJsonObject json = m_blueprints.value(blueprint);
    QJsonObject defs = section(json, name);
    if (!defs.contains(from))
        return u"%1 has no \"%2\""_s.arg(blueprint, from);
    const QString problem = identifiers::checkField(to);
    if (!problem.isEmpty())
        return u"\"%1\": %2"_s.arg(to, problem);
    const Blueprint bp = Blueprint::fromJson(json);
    if (bp.property(to) || bp.relation(to) || bp.mirror(to) || section(json, kCalculations).contains(to)
        || section(json, kAggregations).contains(to))
        return u"%1 already has a field \"%2\""_s.arg(blueprint, to);
    defs.insert(to, defs.take(from));
    setSection(json, name, defs);
    m_blueprints.insert(blueprint, json);
    return {};
}

QString ModelDraft::renameProperty(const QString &blueprint, const QString &from, const QString &to)
{
    const bool stored = !storedPropertyName(blueprint, from).isEmpty();
    const QString problem = renameIn(blueprint, kProperties, from, to);
    if (!problem.isEmpty())
        return problem;
    followPropertyRename(blueprint, from, to);
    if (stored)
        m_steps.append({DataStep::Kind::RenameProperty, blueprint, from, to, {}, false});
    return {};
}

QString ModelDraft::renameRelation(const QString &blueprint, const QString &from, const QString &to)
{
    const bool stored = section(m_base.value(blueprint), kRelations).contains(from)
        && std::none_of(m_steps.cbegin(), m_steps.cend(), [&](const DataStep &s) {
               return s.kind == DataStep::Kind::RenameRelation && s.blueprint == blueprint && s.from == from;
           });
    const bool renamedBefore = std::any_of(m_steps.cbegin(), m_steps.cend(), [&](const DataStep &s) {
        return s.kind == DataStep::Kind::RenameRelation && s.blueprint == blueprint && s.to == from;
    });
    const QString problem = renameIn(blueprint, kRelations, from, to);
    if (!problem.isEmpty())
        return problem;
    followRelationRename(blueprint, from, to);
    if (stored || renamedBefore)
        m_steps.append({DataStep::Kind::RenameRelation, blueprint, from, to, {}, false});
    return {};
}

QString ModelDraft::storedPropertyName(const QString &blueprint, const QString &property) const
{
    QString name = property;
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->kind == DataStep::Kind::RenameProperty && it->blueprint == blueprint) {
            if (it->to == name)
                name = it->from;
            else if (it->from == name)
                return {}; // the stored property of that name was renamed away; this one is new
        }
    }
    return section(m_base.value(blueprint), kProperties).contains(name) ? name : QString();
}

void ModelDraft::followPropertyRename(const QString &target, const QString &from, const QString &to)
{
    for (const QString &id : m_order) {
        QJsonObject json = m_blueprints.value(id);
        if (id == target) {
            QJsonObject schema = json.value(kSchema).toObject();
            QJsonArray required = schema.value(kRequired).toArray();
            for (qsizetype i = 0; i < required.size(); ++i)
                if (required.at(i).toString() == from)
                    required.replace(i, to);
            if (schema.contains(kRequired))
                schema.insert(kRequired, required);
            json.insert(kSchema, schema);
            QJsonObject calculations = section(json, kCalculations);
            for (auto it = calculations.begin(); it != calculations.end(); ++it) {
                QJsonObject c = it->toObject();
                c.insert(u"calculation"_s, renameInJq(c.value(u"calculation"_s).toString(), kProperties, from, to));
                *it = c;
            }
            if (!calculations.isEmpty())
                setSection(json, kCalculations, calculations);
        }
        QJsonObject mirrors = section(json, kMirrors);
        for (auto it = mirrors.begin(); it != mirrors.end(); ++it) {
            QJsonObject m = it->toObject();
            QStringList segments = m.value(u"path"_s).toString().split(u'.');
            if (segments.size() > 1 && segments.last() == from && mirrorEnd(id, segments) == target) {
                segments.last() = to;
                m.insert(u"path"_s, segments.join(u'.'));
                *it = m;
            }
        }
        if (!mirrors.isEmpty())
            setSection(json, kMirrors, mirrors);
        QJsonObject aggregations = section(json, kAggregations);
        for (auto it = aggregations.begin(); it != aggregations.end(); ++it) {
            QJsonObject a = it->toObject();
            if (a.value(u"target"_s).toString() != target)
                continue;
            QJsonObject spec = a.value(u"calculationSpec"_s).toObject();
            if (spec.value(u"property"_s).toString() == from)
                spec.insert(u"property"_s, to);
            a.insert(u"calculationSpec"_s, spec);
            if (a.contains(u"query"_s))
                a.insert(u"query"_s, renameInRules(a.value(u"query"_s).toObject(), from, to));
            *it = a;
        }
        if (!aggregations.isEmpty())
            setSection(json, kAggregations, aggregations);
        m_blueprints.insert(id, json);
    }
}

void ModelDraft::followRelationRename(const QString &owner, const QString &from, const QString &to)
{
    for (const QString &id : m_order) {
        QJsonObject json = m_blueprints.value(id);
        QJsonObject mirrors = section(json, kMirrors);
        for (auto it = mirrors.begin(); it != mirrors.end(); ++it) {
            QJsonObject m = it->toObject();
            QStringList segments = m.value(u"path"_s).toString().split(u'.');
            QString current = id;
            for (qsizetype i = 0; i + 1 < segments.size() && !current.isEmpty(); ++i) {
                if (current == owner && segments.at(i) == from)
                    segments[i] = to;
                const Blueprint hop = blueprint(current);
                const RelationDef *r = hop.relation(segments.at(i));
                current = r ? r->target : QString();
            }
            m.insert(u"path"_s, segments.join(u'.'));
            *it = m;
        }
        if (!mirrors.isEmpty())
            setSection(json, kMirrors, mirrors);
        if (id == owner) {
            QJsonObject calculations = section(json, kCalculations);
            for (auto it = calculations.begin(); it != calculations.end(); ++it) {
                QJsonObject c = it->toObject();
                c.insert(u"calculation"_s, renameInJq(c.value(u"calculation"_s).toString(), kRelations, from, to));
                *it = c;
            }
            if (!calculations.isEmpty())
                setSection(json, kCalculations, calculations);
            QJsonObject ownership = json.value(u"ownership"_s).toObject();
            QStringList path = ownership.value(u"path"_s).toString().split(u'.');
            if (!path.isEmpty() && path.first() == from) {
                path.first() = to;
                ownership.insert(u"path"_s, path.join(u'.'));
                json.insert(u"ownership"_s, ownership);
            }
        }
        m_blueprints.insert(id, json);
    }
}

QString ModelDraft::mirrorEnd(const QString &start, const QStringList &segments) const
{
    QString current = start;
    for (qsizetype i = 0; i + 1 < segments.size() && !current.isEmpty(); ++i) {
        const Blueprint hop = blueprint(current);
        const RelationDef *r = hop.relation(segments.at(i));
        current = r ? r->target : QString();
    }
    return current;
}

QString ModelDraft::changePropertyType(const QString &blueprint, const QString &property, const QJsonObject &schema,
                                       const QString &transform)
{
    if (!contains(blueprint))
        return u"there is no blueprint \"%1\""_s.arg(blueprint);
    QJsonObject json = m_blueprints.value(blueprint);
    QJsonObject properties = section(json, kProperties);
    if (!properties.contains(property))
        return u"%1 has no property \"%2\""_s.arg(blueprint, property);
    if (schema.value(u"type"_s).toString().isEmpty())
        return u"the new schema of \"%1\" has no type"_s.arg(property);
    properties.insert(property, schema);
    setSection(json, kProperties, properties);
    m_blueprints.insert(blueprint, json);
    const QString program = transform.trimmed().isEmpty() ? u"."_s : transform.trimmed();
    if (!storedPropertyName(blueprint, property).isEmpty() && program != "."_L1)
        m_steps.append({DataStep::Kind::TransformProperty, blueprint, property, {}, program, false});
    return {};
}

QString ModelDraft::addRelation(const QString &source, const QString &id, const QString &target, bool many, bool required)
{
    if (!contains(source) || !contains(target))
        return u"both ends of a relation must be blueprints of this portal"_s;
    const QString problem = identifiers::checkField(id);
    if (!problem.isEmpty())
        return u"relation \"%1\": %2"_s.arg(id, problem);
    QJsonObject json = m_blueprints.value(source);
    QJsonObject relations = section(json, kRelations);
    if (relations.contains(id) || section(json, kProperties).contains(id))
        return u"%1 already has a field \"%2\""_s.arg(source, id);
    const QJsonObject targetJson = m_blueprints.value(target);
    relations.insert(id, QJsonObject{{u"title"_s, targetJson.value(u"title"_s).toString(target)},
                                     {u"target"_s, target},
                                     {u"required"_s, required},
                                     {u"many"_s, many}});
    setSection(json, kRelations, relations);
    m_blueprints.insert(source, json);
    return {};
}

bool ModelDraft::isModified() const
{
    return m_blueprints != m_base || !m_steps.isEmpty();
}

QStringList ModelDraft::created() const
{
    QStringList result;
    for (const QString &id : m_order)
        if (!m_base.contains(id))
            result.append(id);
    return result;
}

QStringList ModelDraft::changed() const
{
    QStringList result;
    for (const QString &id : m_order)
        if (m_base.contains(id) && m_base.value(id) != m_blueprints.value(id))
            result.append(id);
    return result;
}

QStringList ModelDraft::removed() const
{
    QStringList result;
    for (const QString &id : m_baseOrder)
        if (!m_blueprints.contains(id))
            result.append(id);
    return result;
}

Problems ModelDraft::validate() const
{
    QHash<QString, Blueprint> typed;
    for (const QString &id : m_order)
        typed.insert(id, blueprint(id));
    const BlueprintValidator validator([&typed](const QString &id) -> const Blueprint * {
        const auto it = typed.constFind(id);
        return it == typed.cend() ? nullptr : &*it;
    });
    Problems problems;
    for (const QString &id : m_order) {
        Problems found = validator.validate(typed.value(id));
        for (Problem &p : found)
            p.file = id;
        problems.append(found);
    }
    return problems;
}

} // namespace portolan
