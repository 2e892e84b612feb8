#include "preparedentity.h"

#include "entityrow.h"
#include "schema/blueprint.h"
#include "schema/entityvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

PreparedEntity PreparedEntity::prepare(const Blueprint *blueprint, Entity entity, WriteSource source)
{
    PreparedEntity p;
    p.source = std::move(source);
    if (!blueprint) {
        p.problems.append(Problem::error(u"$.blueprint"_s, entity.blueprint.isEmpty()
                                                               ? u"the entity names no blueprint (name one with --blueprint)"_s
                                                               : u"unknown blueprint \"%1\""_s.arg(entity.blueprint)));
        p.entity = std::move(entity);
        return p;
    }
    p.problems = EntityValidator(*blueprint).validate(entity);
    if (!hasErrors(p.problems)) {
        if (!entity.team.isEmpty())
            p.team = QJsonDocument(QJsonArray::fromStringList(entity.team)).toJson(QJsonDocument::Compact);
        p.properties = QJsonDocument(entity.properties).toJson(QJsonDocument::Compact);
        p.relations = QJsonDocument(entity.relations).toJson(QJsonDocument::Compact);
        p.searchText = EntityRow::searchText(entity, *blueprint);
    }
    p.entity = std::move(entity);
    return p;
}

} // namespace portolan
