#include "derivedvalues.h"

#include "jq/jqprogram.h"
#include "schema/blueprint.h"
#include "store/catalogstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kMaxMirrorDepth = 16; // mirror of a mirror of …: validation rejects cycles, this is the backstop

QJsonValue metaValue(const Entity &e, const QString &name)
{
    const QJsonObject json = e.toJson();
    if (name == "$team"_L1)
        return QJsonArray::fromStringList(e.team);
    return json.value(name == "$identifier"_L1 || name == "$title"_L1 || name == "$icon"_L1 || name == "$blueprint"_L1
                          ? name.mid(1)
                          : name);
}

} // namespace

DerivedValues::DerivedValues(const CatalogStore &store)
    : m_store(store)
{
}

DerivedValues::~DerivedValues() = default;

const JqProgram &DerivedValues::program(const QString &source) const
{
    auto it = m_programs.find(source);
    if (it == m_programs.end())
        it = m_programs.insert(source, std::make_shared<JqProgram>(source));
    return **it;
}

QJsonValue DerivedValues::follow(const Blueprint &from, const Entity &entity, const QStringList &path, int depth) const
{
    if (depth > kMaxMirrorDepth || path.isEmpty())
        return QJsonValue::Null;
    const QString &head = path.first();
    if (path.size() == 1) {
        if (head.startsWith(u'$'))
            return metaValue(entity, head);
        if (const MirrorDef *mirror = from.mirror(head))
            return follow(from, entity, mirror->path.split(u'.'), depth + 1);
        if (entity.properties.contains(head))
            return entity.properties.value(head);
        for (const CalculationDef &c : from.calculations) {
            // The calculation may read mirrors that lead back here: they continue this walk's depth.
            if (c.id == head)
                return calculations(from, entity, mirrorsAt(from, entity, depth + 1)).value(head);
        }
        return QJsonValue::Null;
    }
    const RelationDef *relation = from.relation(head);
    if (!relation)
        return QJsonValue::Null;
    const std::optional<Blueprint> target = m_store.blueprint(relation->target);
    if (!target)
        return QJsonValue::Null;
    QJsonArray values;
    for (const QString &id : entity.relationTargets(head)) {
        if (const std::optional<Entity> next = m_store.entity(relation->target, id)) {
            const QJsonValue v = follow(*target, *next, path.mid(1), depth + 1);
            if (v.isArray() && relation->many) {
                for (const QJsonValue &item : v.toArray())
                    values.append(item);
            } else if (!v.isNull()) {
                values.append(v);
            }
        }
    }
    // A path through one-to-one relations gives one value; through a "many" relation, a list.
    if (!relation->many)
        return values.isEmpty() ? QJsonValue(QJsonValue::Null) : values.first();
    return values;
}

QJsonObject DerivedValues::mirrors(const Blueprint &blueprint, const Entity &entity) const
{
    return mirrorsAt(blueprint, entity, 0);
}

QJsonObject DerivedValues::mirrorsAt(const Blueprint &blueprint, const Entity &entity, int depth) const
{
    QJsonObject values;
    for (const MirrorDef &m : blueprint.mirrors)
        values.insert(m.id, follow(blueprint, entity, m.path.split(u'.'), depth));
    return values;
}

QJsonObject DerivedValues::calculations(const Blueprint &blueprint, const Entity &entity, const QJsonObject &mirrorValues,
                                        Problems *problems) const
{
    QJsonObject input = entity.toJson();
    QJsonObject properties = entity.properties;
    for (auto it = mirrorValues.begin(); it != mirrorValues.end(); ++it)
        properties.insert(it.key(), it.value());
    input.insert(u"properties"_s, properties);
    QJsonObject values;
    for (const CalculationDef &c : blueprint.calculations) {
        const JqProgram &jq = program(c.calculation);
        QString error = jq.error();
        const QJsonValue value = error.isEmpty() ? jq.first(input, &error) : QJsonValue(QJsonValue::Null);
        if (!error.isEmpty() && problems)
            problems->append(Problem::error(u"$.calculationProperties."_s + c.id, error));
        values.insert(c.id, error.isEmpty() ? value : QJsonValue(QJsonValue::Null));
    }
    return values;
}

QJsonObject DerivedValues::resolve(const Blueprint &blueprint, const Entity &entity, Problems *problems) const
{
    const QJsonObject mirrorValues = mirrors(blueprint, entity);
    const QJsonObject calculated = calculations(blueprint, entity, mirrorValues, problems);
    const QJsonObject aggregated = m_store.aggregations(entity.blueprint, entity.identifier);
    QJsonObject json = entity.toJson();
    QJsonObject properties = entity.properties;
    for (const QJsonObject *extra : {&mirrorValues, &calculated, &aggregated}) {
        for (auto it = extra->begin(); it != extra->end(); ++it)
            properties.insert(it.key(), it.value());
    }
    json.insert(u"properties"_s, properties);
    return json;
}

} // namespace portolan
