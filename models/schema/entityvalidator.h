#pragma once

#include "catalog/entity.h"
#include "common/problem.h"

#include <functional>

namespace portolan {

struct Blueprint;
struct PropertyDef;

// Checks an entity against its blueprint and reports every problem with its JSON path.
class EntityValidator final
{
public:
    // Answers whether an entity exists; when set, relations to missing entities are reported.
    using Exists = std::function<bool(const QString &blueprint, const QString &identifier)>;

    explicit EntityValidator(const Blueprint &blueprint, Exists exists = {});

    Problems validate(const Entity &entity) const;

private:
    void checkProperties(const Entity &entity, Problems &problems) const;
    void checkRelations(const Entity &entity, Problems &problems) const;

    const Blueprint &m_blueprint;
    Exists m_exists;
};

// Checks one value against a property definition (type, enum, format, array items).
void checkPropertyValue(const PropertyDef &property, const QJsonValue &value, const QString &path,
                        Problems &problems);

} // namespace portolan
