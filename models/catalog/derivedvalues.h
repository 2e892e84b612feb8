#pragma once

#include "catalog/entity.h"
#include "common/problem.h"

#include <QHash>
#include <QJsonObject>
#include <memory>

namespace portolan {

class CatalogStore;
class JqProgram;
struct Blueprint;

// The values an entity does not store but shows: mirror properties (followed through relations
// in the store), calculation properties (jq over the entity, mirrors included) and aggregation
// properties (kept current by the store on every write). Evaluated when read, as in Port.
// Not thread-safe (compiled jq programs are cached): one instance per thread.
class DerivedValues final
{
public:
    explicit DerivedValues(const CatalogStore &store);
    ~DerivedValues();
    Q_DISABLE_COPY_MOVE(DerivedValues)

    QJsonObject mirrors(const Blueprint &blueprint, const Entity &entity) const;
    // Problems carry the calculation's path ($.calculationProperties.<id>) and jq's message.
    QJsonObject calculations(const Blueprint &blueprint, const Entity &entity, const QJsonObject &mirrorValues,
                             Problems *problems = nullptr) const;
    // The entity's Port JSON with mirror, calculation and aggregation values merged into `properties`.
    QJsonObject resolve(const Blueprint &blueprint, const Entity &entity, Problems *problems = nullptr) const;

private:
    QJsonObject mirrorsAt(const Blueprint &blueprint, const Entity &entity, int depth) const;
    QJsonValue follow(const Blueprint &from, const Entity &entity, const QStringList &path, int depth) const;
    const JqProgram &program(const QString &source) const;

    const CatalogStore &m_store;
    mutable QHash<QString, std::shared_ptr<JqProgram>> m_programs;
};

} // namespace portolan
