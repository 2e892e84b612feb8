#include "entitymigration.h"

#include "design/modeldraft.h"
#include "jq/jqprogram.h"
#include "schema/entityvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString shortJson(const QJsonValue &value)
{
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return text.size() > 60 ? text.left(57) + u"…"_s : text;
}

// Follows renames of one kind through the steps: name after the steps → name as stored.
QHash<QString, QString> storedNames(const QStringList &stored, const std::vector<DataStep> &renames)
{
    QHash<QString, QString> current;
    for (const QString &name : stored)
        current.insert(name, name);
    for (const DataStep &step : renames) {
        if (current.contains(step.from))
            current.insert(step.to, current.take(step.from));
    }
    return current;
}

} // namespace

EntityMigration::EntityMigration(const Blueprint &stored, const Blueprint &target, const DataSteps &steps)
    : m_stored(stored)
    , m_target(target)
{
    std::vector<DataStep> propertyRenames;
    std::vector<DataStep> relationRenames;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const DataStep &step = steps.at(i);
        if (step.blueprint != target.identifier || step.kind == DataStep::Kind::DeleteBlueprint)
            continue;
        Step compiled{step, nullptr};
        if (step.kind == DataStep::Kind::TransformProperty) {
            compiled.program = std::make_unique<JqProgram>(step.transform);
            if (!compiled.program->isValid())
                m_problems.append(Problem::error(u"$.steps[%1].transform"_s.arg(i),
                                                 u"the transform of %1.%2 does not compile: %3"_s.arg(step.blueprint, step.from,
                                                                                                      compiled.program->error())));
        }
        if (step.kind == DataStep::Kind::RenameProperty)
            propertyRenames.push_back(step);
        if (step.kind == DataStep::Kind::RenameRelation)
            relationRenames.push_back(step);
        m_steps.push_back(std::move(compiled));
    }
    QStringList properties;
    for (const PropertyDef &p : stored.properties)
        properties.append(p.id);
    QStringList relations;
    for (const RelationDef &r : stored.relations)
        relations.append(r.id);
    m_storedProperty = storedNames(properties, propertyRenames);
    m_storedRelation = storedNames(relations, relationRenames);
}

EntityMigration::~EntityMigration() = default;

EntityMigrationResult EntityMigration::migrate(const Entity &entity) const
{
    EntityMigrationResult result;
    result.entity = entity;
    QJsonObject &properties = result.entity.properties;
    QJsonObject relations = entity.relations;
    for (const Step &s : m_steps) {
        const DataStep &step = s.step;
        switch (step.kind) {
        case DataStep::Kind::RenameProperty:
            if (properties.contains(step.from))
                properties.insert(step.to, properties.take(step.from));
            break;
        case DataStep::Kind::RenameRelation:
            if (relations.contains(step.from))
                relations.insert(step.to, relations.take(step.from));
            break;
        case DataStep::Kind::TransformProperty: {
            const QJsonValue before = properties.value(step.from);
            if (before.isUndefined() || before.isNull() || !s.program->isValid())
                break; // nothing to convert; a program that does not compile is reported once, in problems()
            QString error;
            const QJsonValue after = s.program->first(before, &error);
            if (!error.isEmpty())
                result.problems.append(Problem::error(u"$.properties."_s + step.from,
                                                      u"the transform `%1` fails on %2: %3"_s.arg(step.transform, shortJson(before), error)));
            else if (after.isNull()) // null clears the value
                properties.remove(step.from);
            else
                properties.insert(step.from, after);
            break;
        }
        case DataStep::Kind::DeleteBlueprint:
            break;
        }
    }
    for (auto it = properties.begin(); it != properties.end();) {
        if (m_target.property(it.key())) {
            ++it;
            continue;
        }
        if (!it->isNull())
            result.dropped.append({m_storedProperty.value(it.key(), it.key()), false, 1, u"no longer defined"_s});
        it = properties.erase(it);
    }
    // A newly required property is filled from its default, as a new entity would be.
    for (const QString &id : m_target.required) {
        const PropertyDef *p = m_target.property(id);
        if (p && !p->defaultValue.isUndefined() && !p->defaultValue.isNull()
            && (properties.value(id).isUndefined() || properties.value(id).isNull()))
            properties.insert(id, p->defaultValue);
    }
    migrateRelations(relations, result);
    result.changed = properties != entity.properties || result.entity.relations != entity.relations;
    return result;
}

void EntityMigration::migrateRelations(const QJsonObject &relations, EntityMigrationResult &result) const
{
    QJsonObject migrated;
    for (auto it = relations.begin(); it != relations.end(); ++it) {
        const QStringList targets = Entity::targetsOf(*it);
        const QString storedName = m_storedRelation.value(it.key(), it.key());
        const RelationDef *def = m_target.relation(it.key());
        const RelationDef *before = m_stored.relation(storedName);
        const auto drop = [&](const QString &reason) {
            if (!targets.isEmpty())
                result.dropped.append({storedName, true, targets.size(), reason});
        };
        if (!def) {
            drop(u"no longer defined"_s);
        } else if (before && before->target != def->target) {
            // Stored links point at entities of the old target blueprint.
            drop(u"target changes from %1 to %2"_s.arg(before->target, def->target));
        } else if (def->many) {
            migrated.insert(it.key(), it->isString() ? QJsonValue(QJsonArray{*it}) : *it);
        } else if (it->isArray()) {
            if (targets.size() > 1)
                drop(u"several values, but the relation now takes one"_s);
            else
                migrated.insert(it.key(), targets.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(targets.first()));
        } else {
            migrated.insert(it.key(), *it);
        }
    }
    result.entity.relations = migrated;
}

Problems migratedProblems(const EntityMigrationResult &result, const EntityValidator &validator)
{
    Problems problems = result.problems;
    for (const Problem &p : validator.validate(result.entity)) {
        const bool failedBefore = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                              [&](const Problem &t) { return t.path == p.path; });
        if (!failedBefore)
            problems.append(p);
    }
    return problems;
}

QStringList migratedBlueprints(const ModelDraft &draft)
{
    QStringList result;
    const DataSteps steps = draft.steps();
    for (const QString &id : draft.baseIdentifiers()) {
        if (!draft.contains(id))
            continue;
        const bool hasSteps = std::any_of(steps.cbegin(), steps.cend(), [&](const DataStep &s) { return s.blueprint == id; });
        if (hasSteps || draft.json(id) != draft.baseJson(id))
            result.append(id);
    }
    return result;
}

} // namespace portolan
