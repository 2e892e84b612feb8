#include "entityvalidator.h"

#include "blueprint.h"
#include "formats.h"
#include "identifiers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u'"' + value.toString() + u'"';
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    default: return formats::typeName(value);
    }
}

bool typeMatches(const QString &type, const QJsonValue &value)
{
    if (type.isEmpty())
        return true;
    return formats::typeName(value) == type;
}

} // namespace

void checkPropertyValue(const PropertyDef &property, const QJsonValue &value, const QString &path,
                        Problems &problems)
{
    if (value.isNull())
        return; // null clears a property; `required` is checked separately
    // A labeled-url is declared as a string with that format but holds an object.
    const bool labeledUrl = property.format == "labeled-url"_L1;
    if (!labeledUrl && !typeMatches(property.type, value)) {
        problems.append(Problem::error(path, u"expected %1, found %2"_s.arg(property.type, formats::typeName(value))));
        return;
    }
    if (!property.enumValues.isEmpty() && !property.enumValues.contains(value)) {
        QStringList allowed;
        for (const QJsonValue &v : property.enumValues)
            allowed.append(describe(v));
        problems.append(Problem::error(path, u"%1 is not one of %2"_s.arg(describe(value), allowed.join(u", "_s))));
        return;
    }
    if (!property.format.isEmpty()) {
        const QString reason = formats::check(property.format, value);
        if (!reason.isEmpty())
            problems.append(Problem::error(path, reason));
    }
    if (property.type == "array"_L1 && !property.items.isEmpty()) {
        PropertyDef items;
        items.type = property.items.value("type"_L1).toString();
        items.format = property.items.value("format"_L1).toString();
        items.enumValues = property.items.value("enum"_L1).toArray();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkPropertyValue(items, array.at(i), path + u'[' + QString::number(i) + u']', problems);
    }
}

EntityValidator::EntityValidator(const Blueprint &blueprint, Exists exists)
    : m_blueprint(blueprint)
    , m_exists(std::move(exists))
{
}

Problems EntityValidator::validate(const Entity &entity) const
{
    Problems problems;
    const QString idProblem = identifiers::checkEntity(entity.identifier);
    if (!idProblem.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"identifier "_s + idProblem));
    if (entity.title.size() > 1000)
        problems.append(Problem::error(u"$.title"_s, u"title is longer than 1000 characters"_s));
    checkProperties(entity, problems);
    checkRelations(entity, problems);
    return problems;
}

void EntityValidator::checkProperties(const Entity &entity, Problems &problems) const
{
    for (auto it = entity.properties.begin(); it != entity.properties.end(); ++it) {
        const QString path = u"$.properties."_s + it.key();
        const PropertyDef *property = m_blueprint.property(it.key());
        if (!property) {
            problems.append(Problem::error(path, u"blueprint \"%1\" has no property \"%2\""_s.arg(m_blueprint.identifier, it.key())));
            continue;
        }
        checkPropertyValue(*property, it.value(), path, problems);
    }
    for (const QString &required : m_blueprint.required) {
        const QJsonValue value = entity.properties.value(required);
        if (value.isUndefined() || value.isNull())
            problems.append(Problem::error(u"$.properties."_s + required, u"required property is missing"_s));
    }
}

void EntityValidator::checkRelations(const Entity &entity, Problems &problems) const
{
    for (auto it = entity.relations.begin(); it != entity.relations.end(); ++it) {
        const QString path = u"$.relations."_s + it.key();
        const RelationDef *relation = m_blueprint.relation(it.key());
        if (!relation) {
            problems.append(Problem::error(path, u"blueprint \"%1\" has no relation \"%2\""_s.arg(m_blueprint.identifier, it.key())));
            continue;
        }
        if (!relation->many && it->isArray())
            problems.append(Problem::error(path, u"relation \"%1\" takes one entity, found a list"_s.arg(it.key())));
        if (!m_exists)
            continue;
        for (const QString &target : Entity::targetsOf(it.value())) {
            if (!m_exists(relation->target, target))
                problems.append(Problem::error(path, u"no %1 entity \"%2\""_s.arg(relation->target, target)));
        }
    }
    for (const RelationDef &relation : m_blueprint.relations) {
        if (relation.required && entity.relationTargets(relation.id).isEmpty())
            problems.append(Problem::error(u"$.relations."_s + relation.id, u"required relation to %1 is missing"_s.arg(relation.target)));
    }
}

} // namespace portolan
