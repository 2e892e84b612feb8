#include "formcalculation.h"

#include "catalog/derivedvalues.h"
#include "jq/jqprogram.h"
#include "query/entityquery.h"
#include "store/catalogstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace portolan {

CalculationTrial tryCalculation(const QJsonObject &input, const QString &program)
{
    CalculationTrial trial;
    trial.input = input;
    const JqProgram jq(program);
    if (!jq.isValid()) {
        trial.error = jq.error();
        return trial;
    }
    trial.value = jq.first(input, &trial.error);
    return trial;
}

CalculationTrial tryCalculation(const CatalogStore &store, const Blueprint &blueprint, const QString &entity,
                                const QString &program)
{
    const std::optional<Entity> stored = store.entity(blueprint.identifier, entity);
    if (!stored) {
        CalculationTrial trial;
        trial.found = false;
        trial.error = u"there is no %1 entity \"%2\""_s.arg(blueprint.identifier, entity);
        return trial;
    }
    // The input DerivedValues::calculations builds: mirror values sit among the properties.
    const DerivedValues derived(store);
    QJsonObject input = stored->toJson();
    QJsonObject properties = stored->properties;
    const QJsonObject mirrors = derived.mirrors(blueprint, *stored);
    for (auto it = mirrors.begin(); it != mirrors.end(); ++it)
        properties.insert(it.key(), it.value());
    input.insert(u"properties"_s, properties);
    return tryCalculation(input, program);
}

QJsonObject exampleInput(const Blueprint &blueprint)
{
    Entity e;
    e.identifier = u"example"_s;
    e.title = u"Example"_s;
    e.blueprint = blueprint.identifier;
    e.createdAt = e.updatedAt = QDateTime::currentDateTimeUtc();
    for (const PropertyDef &p : blueprint.properties)
        e.properties.insert(p.id, p.defaultValue.isUndefined() ? QJsonValue(QJsonValue::Null) : p.defaultValue);
    return e.toJson();
}

QList<EntityChoice> entityChoices(const CatalogStore &store, const QString &blueprint, const QString &text, int limit)
{
    EntityQuery query;
    query.blueprint = blueprint;
    query.text = text.trimmed();
    query.sort = {{u"$title"_s, true}};
    query.limit = limit;
    QList<EntityChoice> choices;
    for (const Entity &e : store.query(query))
        choices.append({e.identifier, e.title});
    return choices;
}

} // namespace portolan
