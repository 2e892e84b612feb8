// The backends of ActionRunner: the context a run renders with, and the webhook, upsert and
// delete invocations.
#include "actionrunner.h"

#include "runstore.h"
#include "store/catalogstore.h"
#include "store/catalogwriter.h"
#include "upsertbackend.h"
#include "webhookinvoker.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qsizetype kBodyExcerpt = 300;

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u"; "_s);
}

} // namespace

QJsonObject ActionRunner::entityForJq(const QJsonObject &entity) const
{
    if (entity.isEmpty())
        return entity;
    const std::optional<Blueprint> blueprint = m_store.blueprint(entity.value(u"blueprint"_s).toString());
    if (!blueprint)
        return entity;
    // jq's fromdateiso8601 reads only "YYYY-MM-DDTHH:MM:SSZ": date-times and timers go out that way.
    QJsonObject properties = entity.value(u"properties"_s).toObject();
    for (const PropertyDef &property : blueprint->properties) {
        if (property.format != u"date-time"_s && property.format != u"timer"_s)
            continue;
        const QString text = properties.value(property.id).toString();
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            properties.insert(property.id, at.toUTC().toString(Qt::ISODate));
    }
    QJsonObject out = entity;
    out.insert(u"properties"_s, properties);
    return out;
}

QJsonObject ActionRunner::context(const QString &runId, const Live &live) const
{
    return {{u"inputs"_s, live.request.inputs},
            {u"entity"_s, entityForJq(live.request.entity)},
            {u"trigger"_s, live.trigger},
            {u"run"_s, QJsonObject{{u"id"_s, runId}, {u"url"_s, m_runApiUrl.toString()}, {u"token"_s, live.token}}},
            {u"action"_s, QJsonObject{{u"identifier"_s, live.request.action.identifier},
                                      {u"title"_s, live.request.action.title},
                                      {u"blueprint"_s, live.request.action.blueprint}}}};
}

void ActionRunner::invoke(const QString &runId)
{
    const auto it = m_live.constFind(runId);
    if (it == m_live.cend())
        return;
    const Live live = *it;
    const QString type = live.request.action.invocationType();
    if (type == u"DELETE_ENTITY"_s)
        invokeDelete(runId, live);
    else if (type == u"UPSERT_ENTITY"_s)
        invokeUpsert(runId, live, context(runId, live));
    else if (type == u"WEBHOOK"_s || type == u"GITHUB"_s || type == u"GITLAB"_s)
        invokeWebhook(runId, live, context(runId, live));
    else {
        log(runId, u"Portolan cannot run backends of type \"%1\""_s.arg(type));
        finish(runId, RunStatus::Failure, u"Unknown backend"_s);
    }
}

void ActionRunner::invokeDelete(const QString &runId, const Live &live)
{
    const QString blueprint = live.request.entity.value(u"blueprint"_s).toString(live.request.action.blueprint);
    const QString identifier = live.request.entity.value(u"identifier"_s).toString();
    if (identifier.isEmpty()) {
        log(runId, u"There is no entity to delete: DELETE_ENTITY needs the run to be about one"_s);
        finish(runId, RunStatus::Failure, u"Nothing to delete"_s);
        return;
    }
    CatalogWriter writer(m_store, Origin::ActionRun, live.user);
    writer.setRun(runId);
    Problems problems = writer.removeEntity(blueprint, identifier);
    if (!hasErrors(problems))
        problems.append(writer.commit());
    if (hasErrors(problems)) {
        log(runId, u"Could not delete %1 \"%2\": %3"_s.arg(blueprint, identifier, problemsText(problems)));
        finish(runId, RunStatus::Failure, u"Delete failed"_s);
        return;
    }
    const ChangeSet changes = writer.changes();
    log(runId, u"Deleted %1 \"%2\""_s.arg(blueprint, identifier));
    finish(runId, RunStatus::Success, u"Deleted"_s, u"Deleted %1 %2"_s.arg(blueprint, identifier));
    Q_EMIT entitiesChanged(changes);
}

void ActionRunner::invokeUpsert(const QString &runId, const Live &live, const QJsonObject &context)
{
    const UpsertOutcome outcome = runUpsert(m_store, live.request.action, context, live.user, runId);
    if (hasErrors(outcome.problems)) {
        for (const Problem &problem : outcome.problems)
            log(runId, problem.toString());
        finish(runId, RunStatus::Failure, u"Could not write the entity"_s,
               u"%1 problem(s) writing %2: nothing was written"_s.arg(outcome.problems.size()).arg(outcome.key.blueprint));
        return;
    }
    const QString link = u"portolan://entity/%1/%2"_s.arg(outcome.key.blueprint, outcome.key.identifier);
    log(runId, u"%1 %2 \"%3\""_s.arg(outcome.created ? u"Created"_s : u"Updated"_s, outcome.key.blueprint, outcome.key.identifier));
    finish(runId, RunStatus::Success, outcome.created ? u"Created"_s : u"Updated"_s,
           u"%1 %2 %3"_s.arg(outcome.created ? u"Created"_s : u"Updated"_s, outcome.key.blueprint, outcome.key.identifier), {link});
    ChangeSet changes;
    changes.origin = Origin::ActionRun;
    (outcome.created ? changes.createdEntities : changes.updatedEntities)[outcome.key.blueprint].insert(outcome.key.identifier);
    Q_EMIT entitiesChanged(changes);
}

void ActionRunner::invokeWebhook(const QString &runId, const Live &live, const QJsonObject &context)
{
    Problems problems;
    std::optional<WebhookRequest> request = buildWebhookRequest(live.request.action, context, &problems);
    if (!request) {
        for (const Problem &problem : problems)
            log(runId, u"Could not build the request: "_s + problem.toString());
        finish(runId, RunStatus::Failure, u"Bad request template"_s);
        return;
    }
    if (request->signingSecret.isEmpty())
        request->signingSecret = m_signingSecret;
    if (!m_invoker)
        m_invoker = new WebhookInvoker(this);
    const bool synchronized = live.request.action.invocationMethod.value(u"synchronized"_s).toBool();
    log(runId, u"Calling %1 %2"_s.arg(QString::fromLatin1(request->method), request->url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    m_invoker->send(*request, this, [this, runId, synchronized](const WebhookResult &result) {
        if (result.ok()) {
            log(runId, u"Webhook accepted (%1)"_s.arg(result.httpStatus));
            if (synchronized)
                finish(runId, RunStatus::Success, u"Done"_s);
            else
                m_live.remove(runId); // the backend has its token; the clear inputs can go
            Q_EMIT runChanged(runId);
            return;
        }
        QString why = result.error;
        if (why.isEmpty())
            why = u"HTTP %1"_s.arg(result.httpStatus);
        if (result.httpStatus != 0 && !why.contains(QString::number(result.httpStatus)))
            why = u"HTTP %1: %2"_s.arg(result.httpStatus).arg(why);
        const QString excerpt = QString::fromUtf8(result.body.left(kBodyExcerpt)).simplified();
        if (!excerpt.isEmpty() && !why.contains(excerpt))
            why += u" — "_s + excerpt;
        log(runId, (result.timedOut ? u"Webhook timed out: "_s : u"Webhook failed: "_s) + why);
        finish(runId, RunStatus::Failure, result.timedOut ? u"Timed out"_s : u"Webhook failed"_s, why);
    });
}

} // namespace portolan
