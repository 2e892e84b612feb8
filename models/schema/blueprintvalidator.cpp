#include "blueprintvalidator.h"

#include "blueprint.h"
#include "entityvalidator.h"
#include "formats.h"
#include "identifiers.h"
#include "jq/jqprogram.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kTypes{u"string"_s, u"number"_s, u"boolean"_s, u"object"_s, u"array"_s};
const QStringList kMetaProperties{u"$identifier"_s, u"$title"_s,     u"$team"_s,      u"$icon"_s,     u"$blueprint"_s,
                                  u"$createdAt"_s,  u"$updatedAt"_s, u"$createdBy"_s, u"$updatedBy"_s};
const QStringList kAggregationFunctions{u"count"_s, u"sum"_s, u"min"_s, u"max"_s, u"average"_s, u"median"_s};

void checkId(const QString &id, const QString &path, Problems &problems)
{
    const QString reason = identifiers::checkField(id);
    if (!reason.isEmpty())
        problems.append(Problem::error(path, u"identifier "_s + reason));
}

} // namespace

BlueprintValidator::BlueprintValidator(Lookup lookup)
    : m_lookup(std::move(lookup))
{
}

Problems BlueprintValidator::validate(const Blueprint &blueprint) const
{
    Problems problems;
    Blueprint::fromJson(blueprint.json, &problems); // shape errors
    const QString idProblem = identifiers::checkBlueprint(blueprint.identifier);
    if (!idProblem.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"identifier "_s + idProblem));
    if (blueprint.title.size() > 100)
        problems.append(Problem::error(u"$.title"_s, u"title is longer than 100 characters"_s));
    if (blueprint.description.size() > 200)
        problems.append(Problem::error(u"$.description"_s, u"description is longer than 200 characters"_s));
    checkProperties(blueprint, problems);
    checkRelations(blueprint, problems);
    checkMirrors(blueprint, problems);
    checkCalculations(blueprint, problems);
    checkAggregations(blueprint, problems);
    const QString ownership = blueprint.ownership.value("type"_L1).toString();
    if (!blueprint.ownership.isEmpty() && ownership != "Direct"_L1 && ownership != "Inherited"_L1)
        problems.append(Problem::error(u"$.ownership.type"_s, u"must be \"Direct\" or \"Inherited\""_s));
    if (ownership == "Inherited"_L1 && blueprint.ownership.value("path"_L1).toString().isEmpty())
        problems.append(Problem::error(u"$.ownership.path"_s, u"inherited ownership needs a relation path"_s));
    return problems;
}

void BlueprintValidator::checkProperties(const Blueprint &blueprint, Problems &problems) const
{
    for (const PropertyDef &p : blueprint.properties) {
        const QString path = u"$.schema.properties."_s + p.id;
        checkId(p.id, path, problems);
        if (!kTypes.contains(p.type)) {
            problems.append(Problem::error(path + u".type"_s, u"\"%1\" is not one of %2"_s.arg(p.type, kTypes.join(u", "_s))));
            continue;
        }
        if (!p.format.isEmpty() && !formats::known().contains(p.format))
            problems.append(Problem::error(path + u".format"_s, u"unknown format \"%1\""_s.arg(p.format)));
        for (qsizetype i = 0; i < p.enumValues.size(); ++i) {
            if (formats::typeName(p.enumValues.at(i)) != p.type && !p.enumValues.at(i).isNull())
                problems.append(Problem::error(path + u".enum["_s + QString::number(i) + u']',
                                               u"enum value is not a %1"_s.arg(p.type)));
        }
        for (auto it = p.enumColors.begin(); it != p.enumColors.end(); ++it) {
            if (!p.enumValues.contains(QJsonValue(it.key())))
                problems.append(Problem::error(path + u".enumColors."_s + it.key(), u"colour for a value that is not in enum"_s));
            if (!formats::colors().contains(it->toString()))
                problems.append(Problem::error(path + u".enumColors."_s + it.key(),
                                               u"\"%1\" is not one of Port's colours (%2)"_s.arg(it->toString(), formats::colors().join(u", "_s))));
        }
        if (!p.defaultValue.isUndefined()) {
            Problems defaults;
            checkPropertyValue(p, p.defaultValue, path + u".default"_s, defaults);
            problems.append(defaults);
        }
    }
    for (qsizetype i = 0; i < blueprint.required.size(); ++i) {
        if (!blueprint.property(blueprint.required.at(i)))
            problems.append(Problem::error(u"$.schema.required["_s + QString::number(i) + u']',
                                           u"\"%1\" is not a property of this blueprint"_s.arg(blueprint.required.at(i))));
    }
}

void BlueprintValidator::checkRelations(const Blueprint &blueprint, Problems &problems) const
{
    for (const RelationDef &r : blueprint.relations) {
        const QString path = u"$.relations."_s + r.id;
        checkId(r.id, path, problems);
        if (blueprint.property(r.id))
            problems.append(Problem::error(path, u"a property has the same identifier"_s));
        if (r.many && r.required)
            problems.append(Problem::error(path, u"a relation cannot be both \"many\" and \"required\""_s));
        if (r.target.isEmpty())
            problems.append(Problem::error(path + u".target"_s, u"target blueprint is missing"_s));
        else if (r.target != blueprint.identifier && !m_lookup(r.target))
            problems.append(Problem::error(path + u".target"_s, u"unknown blueprint \"%1\""_s.arg(r.target)));
    }
}

QString BlueprintValidator::followMirror(const Blueprint &from, const QString &path, QStringList &seen) const
{
    const QStringList parts = path.split(u'.');
    if (parts.size() < 2 || parts.contains(QString()))
        return u"path \"%1\" must be relation[.relation…].property"_s.arg(path);
    const Blueprint *current = &from;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const RelationDef *relation = current->relation(parts.at(i));
        if (!relation)
            return u"\"%1\" is not a relation of %2"_s.arg(parts.at(i), current->identifier);
        const Blueprint *next = relation->target == current->identifier ? current : m_lookup(relation->target);
        if (!next)
            return u"relation \"%1\" leads to unknown blueprint \"%2\""_s.arg(parts.at(i), relation->target);
        current = next;
    }
    const QString &last = parts.last();
    if (kMetaProperties.contains(last) || current->property(last))
        return {};
    if (const MirrorDef *mirror = current->mirror(last)) {
        const QString key = current->identifier + u'.' + last;
        if (seen.contains(key))
            return u"mirror paths form a cycle: %1"_s.arg((seen << key).join(u" → "_s));
        seen.append(key);
        return followMirror(*current, mirror->path, seen);
    }
    for (const CalculationDef &c : current->calculations) {
        if (c.id == last)
            return {};
    }
    return u"\"%1\" is not a property of %2"_s.arg(last, current->identifier);
}

void BlueprintValidator::checkMirrors(const Blueprint &blueprint, Problems &problems) const
{
    for (const MirrorDef &m : blueprint.mirrors) {
        const QString path = u"$.mirrorProperties."_s + m.id;
        checkId(m.id, path, problems);
        QStringList seen{blueprint.identifier + u'.' + m.id};
        const QString reason = followMirror(blueprint, m.path, seen);
        if (!reason.isEmpty())
            problems.append(Problem::error(path + u".path"_s, reason));
    }
}

void BlueprintValidator::checkCalculations(const Blueprint &blueprint, Problems &problems) const
{
    for (const CalculationDef &c : blueprint.calculations) {
        const QString path = u"$.calculationProperties."_s + c.id;
        checkId(c.id, path, problems);
        if (!c.type.isEmpty() && !kTypes.contains(c.type))
            problems.append(Problem::error(path + u".type"_s, u"\"%1\" is not one of %2"_s.arg(c.type, kTypes.join(u", "_s))));
        const JqProgram program(c.calculation);
        if (!program.isValid())
            problems.append(Problem::error(path + u".calculation"_s, u"jq does not compile: "_s + program.error()));
    }
}

void BlueprintValidator::checkAggregations(const Blueprint &blueprint, Problems &problems) const
{
    for (const AggregationDef &a : blueprint.aggregations) {
        const QString path = u"$.aggregationProperties."_s + a.id;
        checkId(a.id, path, problems);
        const Blueprint *target = a.target == blueprint.identifier ? &blueprint : m_lookup(a.target);
        if (!target) {
            problems.append(Problem::error(path + u".target"_s, u"unknown blueprint \"%1\""_s.arg(a.target)));
            continue;
        }
        const auto relates = [](const Blueprint &from, const QString &to) {
            return std::any_of(from.relations.begin(), from.relations.end(), [&](const RelationDef &r) { return r.target == to; });
        };
        if (!relates(blueprint, target->identifier) && !relates(*target, blueprint.identifier))
            problems.append(Problem::error(path + u".target"_s,
                                           u"no relation joins %1 and %2: aggregations count entities related directly, in either direction"_s
                                               .arg(blueprint.identifier, target->identifier)));
        if (!kAggregationFunctions.contains(a.func))
            problems.append(Problem::error(path + u".calculationSpec.func"_s, u"\"%1\" is not one of %2"_s.arg(a.func, kAggregationFunctions.join(u", "_s))));
        if (a.calculationBy == "property"_L1) {
            const PropertyDef *property = target->property(a.property);
            if (!property)
                problems.append(Problem::error(path + u".calculationSpec.property"_s, u"\"%1\" is not a property of %2"_s.arg(a.property, a.target)));
            else if (property->type != "number"_L1)
                problems.append(Problem::error(path + u".calculationSpec.property"_s, u"\"%1\" is not a number property"_s.arg(a.property)));
        } else if (a.calculationBy == "entities"_L1) {
            if (a.func != "count"_L1 && a.func != "average"_L1)
                problems.append(Problem::error(path + u".calculationSpec.func"_s, u"counting entities takes \"count\" or \"average\""_s));
            static const QStringList units{u"hour"_s, u"day"_s, u"week"_s, u"month"_s, u"total"_s};
            if (!units.contains(a.averageOf))
                problems.append(Problem::error(path + u".calculationSpec.averageOf"_s, u"\"%1\" is not one of %2"_s.arg(a.averageOf, units.join(u", "_s))));
        } else {
            problems.append(Problem::error(path + u".calculationSpec.calculationBy"_s, u"must be \"entities\" or \"property\""_s));
        }
    }
}

} // namespace portolan
