#include "migration.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QString kMarker = u"portolanMigration"_s;

QString describeDraft(const ModelDraft &draft)
{
    QStringList parts;
    if (const QStringList created = draft.created(); !created.isEmpty())
        parts.append(u"create "_s + created.join(u", "_s));
    for (const DataStep &step : draft.steps())
        parts.append(step.describe());
    if (const QStringList changed = draft.changed(); !changed.isEmpty())
        parts.append(u"change "_s + changed.join(u", "_s));
    return parts.isEmpty() ? u"no change"_s : parts.join(u"; "_s);
}

} // namespace

ModelMigration ModelMigration::fromDraft(const ModelDraft &draft, const QString &actor)
{
    ModelMigration m;
    m.id = QUuid::createUuid();
    m.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m.actor = actor;
    m.summary = describeDraft(draft);
    const QStringList created = draft.created();
    const QStringList changed = draft.changed();
    for (const QString &id : draft.identifiers())
        if (created.contains(id) || changed.contains(id))
            m.blueprints.append(draft.json(id));
    m.removedBlueprints = draft.removed();
    m.steps = draft.steps();
    return m;
}

QJsonObject ModelMigration::toJson() const
{
    QJsonArray blueprintArray;
    for (const QJsonObject &bp : blueprints)
        blueprintArray.append(bp);
    QJsonArray stepArray;
    for (const DataStep &step : steps)
        stepArray.append(step.toJson());
    return {{kMarker, FormatVersion},
            {u"id"_s, idText()},
            {u"createdAt"_s, createdAt},
            {u"actor"_s, actor},
            {u"summary"_s, summary},
            {u"blueprints"_s, blueprintArray},
            {u"removedBlueprints"_s, QJsonArray::fromStringList(removedBlueprints)},
            {u"steps"_s, stepArray}};
}

std::optional<ModelMigration> ModelMigration::fromJson(const QJsonObject &json, Problems *problems)
{
    Problems found;
    const QJsonValue marker = json.value(kMarker);
    if (!marker.isDouble()) {
        found.append(Problem::error(u"$."_s + kMarker, u"not a Portolan migration (a migration file starts with \"portolanMigration\": 1)"_s));
    } else if (marker.toInt() != FormatVersion) {
        found.append(Problem::error(u"$."_s + kMarker, u"format %1 is not known to this Portolan (it reads format %2)"_s
                                                           .arg(marker.toInt()).arg(FormatVersion)));
    }
    if (hasErrors(found)) {
        if (problems)
            problems->append(found);
        return std::nullopt;
    }
    ModelMigration m;
    m.id = QUuid::fromString(json.value(u"id"_s).toString());
    if (m.id.isNull())
        found.append(Problem::error(u"$.id"_s, u"must be a UUID"_s));
    m.createdAt = json.value(u"createdAt"_s).toString();
    if (!m.createdAt.isEmpty() && !QDateTime::fromString(m.createdAt, Qt::ISODate).isValid())
        found.append(Problem::error(u"$.createdAt"_s, u"\"%1\" is not an ISO 8601 date-time"_s.arg(m.createdAt)));
    for (const QString &field : {u"actor"_s, u"summary"_s, u"createdAt"_s}) {
        if (json.contains(field) && !json.value(field).isString())
            found.append(Problem::error(u"$."_s + field, u"must be a string"_s));
    }
    m.actor = json.value(u"actor"_s).toString();
    m.summary = json.value(u"summary"_s).toString();
    const auto array = [&](const QString &field) {
        const QJsonValue value = json.value(field);
        if (!value.isUndefined() && !value.isArray())
            found.append(Problem::error(u"$."_s + field, u"must be an array"_s));
        return value.toArray();
    };
    const QJsonArray blueprintArray = array(u"blueprints"_s);
    for (qsizetype i = 0; i < blueprintArray.size(); ++i) {
        const QString path = u"$.blueprints[%1]"_s.arg(i);
        if (!blueprintArray.at(i).isObject()) {
            found.append(Problem::error(path, u"must be a blueprint object"_s));
            continue;
        }
        const QJsonObject bp = blueprintArray.at(i).toObject();
        if (!bp.value(u"identifier"_s).isString())
            found.append(Problem::error(path + u".identifier"_s, u"a blueprint names its identifier"_s));
        Problems shape;
        Blueprint::fromJson(bp, &shape);
        locate(shape, {}, path);
        found.append(shape);
        m.blueprints.append(bp);
    }
    const QJsonArray removedArray = array(u"removedBlueprints"_s);
    for (qsizetype i = 0; i < removedArray.size(); ++i) {
        if (!removedArray.at(i).isString() || removedArray.at(i).toString().isEmpty())
            found.append(Problem::error(u"$.removedBlueprints[%1]"_s.arg(i), u"must be a blueprint identifier"_s));
        else
            m.removedBlueprints.append(removedArray.at(i).toString());
    }
    const QJsonArray stepArray = array(u"steps"_s);
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        const QString path = u"$.steps[%1]"_s.arg(i);
        if (!stepArray.at(i).isObject()) {
            found.append(Problem::error(path, u"must be a step object"_s));
            continue;
        }
        if (const std::optional<DataStep> step = DataStep::fromJson(stepArray.at(i).toObject(), path, &found))
            m.steps.append(*step);
    }
    const bool ok = !hasErrors(found);
    if (problems)
        problems->append(found);
    return ok ? std::optional<ModelMigration>(m) : std::nullopt;
}

std::optional<ModelMigration> ModelMigration::load(const QString &path, Problems *problems)
{
    Problems found;
    std::optional<ModelMigration> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        found.append(Problem::error({}, u"cannot read: "_s + file.errorString()));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            found.append(Problem::error({}, u"not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset)));
        else if (!doc.isObject())
            found.append(Problem::error(u"$"_s, u"a migration file holds one JSON object"_s));
        else
            result = fromJson(doc.object(), &found);
    }
    locate(found, path);
    if (problems)
        problems->append(found);
    return result;
}

QString ModelMigration::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return file.errorString();
    return {};
}

ModelDraft ModelMigration::draftOn(const QList<Blueprint> &stored, Problems *problems) const
{
    ModelDraft draft = ModelDraft::fromBlueprints(stored);
    const auto refuse = [&](const QString &path, const QString &message) {
        if (problems)
            problems->append(Problem::error(path, message));
    };
    const auto finalJson = [&](const QString &identifier) {
        for (const QJsonObject &bp : blueprints)
            if (bp.value(u"identifier"_s).toString() == identifier)
                return bp;
        return QJsonObject();
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const DataStep &step = steps.at(i);
        QString refusal;
        switch (step.kind) {
        case DataStep::Kind::RenameProperty:
            refusal = draft.renameProperty(step.blueprint, step.from, step.to);
            break;
        case DataStep::Kind::RenameRelation:
            refusal = draft.renameRelation(step.blueprint, step.from, step.to);
            break;
        case DataStep::Kind::TransformProperty: {
            // The schema is a placeholder with the property's type: the blueprint's JSON, put below, is what counts.
            QString name = step.from;
            for (qsizetype j = i + 1; j < steps.size(); ++j)
                if (steps.at(j).kind == DataStep::Kind::RenameProperty && steps.at(j).blueprint == step.blueprint && steps.at(j).from == name)
                    name = steps.at(j).to;
            QJsonObject schema = finalJson(step.blueprint).value(u"schema"_s).toObject().value(u"properties"_s).toObject().value(name).toObject();
            if (schema.value(u"type"_s).toString().isEmpty())
                schema = draft.json(step.blueprint).value(u"schema"_s).toObject().value(u"properties"_s).toObject().value(step.from).toObject();
            if (schema.value(u"type"_s).toString().isEmpty())
                schema.insert(u"type"_s, u"string"_s);
            refusal = draft.changePropertyType(step.blueprint, step.from, schema, step.transform);
            break;
        }
        case DataStep::Kind::DeleteBlueprint:
            refusal = draft.removeBlueprint(step.blueprint, step.cascade ? ModelDraft::DeleteMode::Cascade : ModelDraft::DeleteMode::Block);
            break;
        }
        if (!refusal.isEmpty())
            refuse(u"$.steps[%1]"_s.arg(i), u"cannot %1 on this portal: %2"_s.arg(step.describe(), refusal));
    }
    for (qsizetype i = 0; i < blueprints.size(); ++i) {
        if (const QString refusal = draft.putBlueprint(blueprints.at(i)); !refusal.isEmpty())
            refuse(u"$.blueprints[%1]"_s.arg(i), refusal);
    }
    for (qsizetype i = 0; i < removedBlueprints.size(); ++i) {
        const QString &id = removedBlueprints.at(i);
        if (!draft.contains(id))
            continue; // its deleteBlueprint step took it (or this portal never had it)
        if (const QString refusal = draft.removeBlueprint(id, ModelDraft::DeleteMode::Block); !refusal.isEmpty())
            refuse(u"$.removedBlueprints[%1]"_s.arg(i), refusal);
    }
    return draft;
}

} // namespace portolan
