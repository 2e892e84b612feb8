// The run API's entity endpoints (Port's create/delete entity with ?run_id=).
#include "runapiserver.h"

#include "actionrun.h"
#include "runapireplies.h"
#include "runstore.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

using namespace runapi;

namespace {

bool flag(const QUrlQuery &query, const QString &name)
{
    const QString value = query.queryItemValue(name).toLower();
    return value == u"true"_s || value == u"1"_s;
}

void mergeInto(QJsonObject &target, const QJsonObject &sent)
{
    for (auto it = sent.begin(); it != sent.end(); ++it)
        target.insert(it.key(), it.value());
}

} // namespace

std::optional<QHttpServerResponse> RunApiServer::entityWriteRun(const QHttpServerRequest &request, ActionRun *run)
{
    const QString runId = request.query().queryItemValue(u"run_id"_s);
    if (runId.isEmpty())
        return failure(Status::BadRequest, "invalid_request",
                       u"entity writes need ?run_id=<run>: a run's token writes entities for that run only"_s);
    if (std::optional<QHttpServerResponse> denied = authorise(request, runId))
        return denied;
    const std::optional<ActionRun> found = RunStore(m_store.database()).run(runId);
    if (!found)
        return failure(Status::NotFound, "not_found", u"no run \"%1\""_s.arg(runId));
    if (found->status != RunStatus::InProgress)
        return failure(Status::Conflict, "conflict",
                       u"run %1 is %2: only a run in progress changes entities"_s.arg(runId, runStatusName(found->status)));
    *run = *found;
    return std::nullopt;
}

QHttpServerResponse RunApiServer::upsertEntity(const QString &blueprint, const QHttpServerRequest &request)
{
    ActionRun run;
    if (std::optional<QHttpServerResponse> refused = entityWriteRun(request, &run))
        return std::move(*refused);
    QJsonObject json;
    if (std::optional<QHttpServerResponse> bad = readObject(request, &json))
        return std::move(*bad);
    if (!m_store.blueprint(blueprint))
        return failure(Status::NotFound, "not_found", u"no blueprint \"%1\""_s.arg(blueprint));
    const QString sentBlueprint = json.value(u"blueprint"_s).toString();
    if (!sentBlueprint.isEmpty() && sentBlueprint != blueprint)
        return failure(Status::UnprocessableEntity, "invalid_request",
                       u"the entity says blueprint \"%1\" but the url says \"%2\""_s.arg(sentBlueprint, blueprint));
    Problems problems;
    Entity sent = Entity::fromJson(json, &problems);
    if (hasErrors(problems))
        return problemsFailure(problems);
    if (sent.identifier.isEmpty())
        return problemsFailure({Problem::error(u"$.identifier"_s, u"an entity needs an identifier"_s)});
    sent.blueprint = blueprint;
    // Meta-properties are the store's to set.
    sent.createdAt = sent.updatedAt = {};
    sent.createdBy.clear();
    sent.updatedBy.clear();

    const QUrlQuery query = request.query();
    CatalogWriter writer(m_store, Origin::ActionRun, run.createdBy);
    writer.setRun(run.id);
    const std::optional<Entity> existing = m_store.entity(blueprint, sent.identifier);
    if (existing && !flag(query, u"upsert"_s))
        return failure(Status::Conflict, "conflict",
                       u"%1 \"%2\" exists; send ?upsert=true to update it"_s.arg(blueprint, sent.identifier));
    Entity entity = sent;
    if (existing && flag(query, u"merge"_s)) {
        entity = *existing;
        entity.updatedAt = {};
        entity.updatedBy.clear();
        if (json.contains(u"title"_s))
            entity.title = sent.title;
        if (json.contains(u"icon"_s))
            entity.icon = sent.icon;
        if (json.contains(u"team"_s))
            entity.team = sent.team;
        mergeInto(entity.properties, sent.properties);
        mergeInto(entity.relations, sent.relations);
    }
    problems = writer.putEntity(entity);
    if (!hasErrors(problems))
        problems.append(writer.commit());
    if (hasErrors(problems))
        return problemsFailure(problems);
    Q_EMIT entitiesChanged(writer.changes());
    const std::optional<Entity> stored = m_store.entity(blueprint, entity.identifier);
    return ok({{u"entity"_s, stored ? stored->toJson() : entity.toJson()}}, existing ? Status::Ok : Status::Created);
}

QHttpServerResponse RunApiServer::deleteEntity(const QString &blueprint, const QString &identifier,
                                               const QHttpServerRequest &request)
{
    ActionRun run;
    if (std::optional<QHttpServerResponse> refused = entityWriteRun(request, &run))
        return std::move(*refused);
    CatalogWriter writer(m_store, Origin::ActionRun, run.createdBy);
    writer.setRun(run.id);
    if (!m_store.entity(blueprint, identifier))
        return failure(Status::NotFound, "not_found", u"no %1 entity \"%2\""_s.arg(blueprint, identifier));
    Problems problems = writer.removeEntity(blueprint, identifier);
    if (!hasErrors(problems))
        problems.append(writer.commit());
    if (hasErrors(problems))
        return problemsFailure(problems);
    Q_EMIT entitiesChanged(writer.changes());
    return ok();
}

} // namespace portolan
