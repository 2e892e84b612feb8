#include "upsertbackend.h"

#include "actiondefinition.h"
#include "jq/jqprogram.h"
#include "payloadtemplate.h"
#include "store/catalogwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString kMapping = u"$.invocationMethod.mapping"_s;

// One mapping value over the context: jq text, a {{ }} template, or a literal.
QJsonValue evaluate(const QJsonValue &mapping, const QJsonObject &context, const QString &path, Problems &problems)
{
    if (!mapping.isString())
        return mapping;
    const QString text = mapping.toString();
    if (isTemplate(text)) {
        Problems found;
        const QJsonValue value = renderTemplate(text, context, &found);
        for (Problem &problem : found)
            problem.path = path;
        problems.append(found);
        return value;
    }
    const JqProgram program(text);
    if (!program.isValid()) {
        problems.append(Problem::error(path, u"jq does not compile: "_s + program.error()));
        return QJsonValue::Null;
    }
    QString error;
    const QJsonValue value = program.first(context, &error);
    if (!error.isEmpty())
        problems.append(Problem::error(path, u"jq failed: "_s + error));
    return value;
}

// Mapped keys replace, null removes, the others stay.
void merge(QJsonObject &target, const QJsonObject &mapping, const QJsonObject &context, const QString &path,
           Problems &problems)
{
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QJsonValue value = evaluate(it.value(), context, path + u'.' + it.key(), problems);
        if (value.isNull() || value.isUndefined())
            target.remove(it.key());
        else
            target.insert(it.key(), value);
    }
}

} // namespace

UpsertOutcome runUpsert(CatalogStore &store, const ActionDefinition &action, const QJsonObject &context,
                        const QString &actor, const QString &runId)
{
    UpsertOutcome outcome;
    const QJsonObject &method = action.invocationMethod;
    const QJsonObject mapping = method.value(u"mapping"_s).toObject();
    outcome.key.blueprint = method.value(u"blueprintIdentifier"_s).toString();
    if (outcome.key.blueprint.isEmpty()) {
        outcome.problems.append(Problem::error(u"$.invocationMethod.blueprintIdentifier"_s, u"an upsert needs the blueprint it writes"_s));
        return outcome;
    }
    if (!store.blueprint(outcome.key.blueprint)) {
        outcome.problems.append(Problem::error(u"$.invocationMethod.blueprintIdentifier"_s,
                                               u"no blueprint \"%1\""_s.arg(outcome.key.blueprint)));
        return outcome;
    }

    const QJsonValue identifier = evaluate(mapping.value(u"identifier"_s), context, kMapping + u".identifier"_s, outcome.problems);
    if (!identifier.isString() || identifier.toString().isEmpty()) {
        if (!hasErrors(outcome.problems))
            outcome.problems.append(Problem::error(kMapping + u".identifier"_s,
                                                   u"the identifier must come out as a non-empty string, not %1"_s
                                                       .arg(QString::fromUtf8(compactJson(identifier)))));
        return outcome;
    }
    outcome.key.identifier = identifier.toString();

    // One transaction: the read of the current entity and the write see the same store.
    CatalogWriter writer(store, Origin::ActionRun, actor);
    writer.setRun(runId);
    const std::optional<Entity> existing = store.entity(outcome.key.blueprint, outcome.key.identifier);
    outcome.created = !existing;
    Entity entity = existing.value_or(Entity{});
    entity.blueprint = outcome.key.blueprint;
    entity.identifier = outcome.key.identifier;
    entity.updatedAt = {}; // the writer stamps this write
    entity.updatedBy.clear();

    for (const QString &key : {u"title"_s, u"icon"_s}) {
        if (!mapping.contains(key))
            continue;
        const QJsonValue value = evaluate(mapping.value(key), context, kMapping + u'.' + key, outcome.problems);
        if (value.isNull())
            continue;
        if (!value.isString())
            outcome.problems.append(Problem::error(kMapping + u'.' + key, u"%1 must come out as a string"_s.arg(key)));
        else
            (key == u"title"_s ? entity.title : entity.icon) = value.toString();
    }
    if (mapping.contains(u"team"_s)) {
        const QJsonValue team = evaluate(mapping.value(u"team"_s), context, kMapping + u".team"_s, outcome.problems);
        if (team.isString()) {
            entity.team = QStringList{team.toString()};
        } else if (team.isArray()) {
            entity.team.clear();
            for (const QJsonValue &item : team.toArray())
                entity.team.append(item.toString());
        } else if (!team.isNull()) {
            outcome.problems.append(Problem::error(kMapping + u".team"_s, u"team must come out as a string or a list of strings"_s));
        }
    }
    merge(entity.properties, mapping.value(u"properties"_s).toObject(), context, kMapping + u".properties"_s, outcome.problems);
    merge(entity.relations, mapping.value(u"relations"_s).toObject(), context, kMapping + u".relations"_s, outcome.problems);
    if (hasErrors(outcome.problems))
        return outcome; // the writer rolls back unused

    outcome.problems.append(writer.putEntity(entity));
    if (!hasErrors(outcome.problems))
        outcome.problems.append(writer.commit());
    return outcome;
}

} // namespace portolan
