#include "datastep.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString kindName(DataStep::Kind kind)
{
    switch (kind) {
    case DataStep::Kind::RenameProperty: return u"renameProperty"_s;
    case DataStep::Kind::RenameRelation: return u"renameRelation"_s;
    case DataStep::Kind::TransformProperty: return u"transformProperty"_s;
    case DataStep::Kind::DeleteBlueprint: return u"deleteBlueprint"_s;
    }
    return {};
}

} // namespace

QJsonObject DataStep::toJson() const
{
    QJsonObject json{{u"kind"_s, kindName(kind)}, {u"blueprint"_s, blueprint}};
    switch (kind) {
    case Kind::RenameProperty:
    case Kind::RenameRelation:
        json.insert(u"from"_s, from);
        json.insert(u"to"_s, to);
        break;
    case Kind::TransformProperty:
        json.insert(u"property"_s, from);
        json.insert(u"transform"_s, transform);
        break;
    case Kind::DeleteBlueprint:
        json.insert(u"cascade"_s, cascade);
        break;
    }
    return json;
}

std::optional<DataStep> DataStep::fromJson(const QJsonObject &json, const QString &path, Problems *problems)
{
    const auto fail = [&](const QString &field, const QString &message) -> std::optional<DataStep> {
        if (problems)
            problems->append(Problem::error(field.isEmpty() ? path : path + u'.' + field, message));
        return std::nullopt;
    };
    const auto text = [&](const QString &field) { return json.value(field).toString(); };
    DataStep step;
    const QString kind = text(u"kind"_s);
    if (kind == kindName(Kind::RenameProperty))
        step.kind = Kind::RenameProperty;
    else if (kind == kindName(Kind::RenameRelation))
        step.kind = Kind::RenameRelation;
    else if (kind == kindName(Kind::TransformProperty))
        step.kind = Kind::TransformProperty;
    else if (kind == kindName(Kind::DeleteBlueprint))
        step.kind = Kind::DeleteBlueprint;
    else
        return fail(u"kind"_s, u"unknown step kind \"%1\" (renameProperty, renameRelation, transformProperty or deleteBlueprint)"_s.arg(kind));
    step.blueprint = text(u"blueprint"_s);
    if (step.blueprint.isEmpty())
        return fail(u"blueprint"_s, u"a step names its blueprint"_s);
    switch (step.kind) {
    case Kind::RenameProperty:
    case Kind::RenameRelation:
        step.from = text(u"from"_s);
        step.to = text(u"to"_s);
        if (step.from.isEmpty())
            return fail(u"from"_s, u"a rename names the old identifier"_s);
        if (step.to.isEmpty())
            return fail(u"to"_s, u"a rename names the new identifier"_s);
        break;
    case Kind::TransformProperty:
        step.from = text(u"property"_s);
        step.transform = text(u"transform"_s);
        if (step.from.isEmpty())
            return fail(u"property"_s, u"a transform names its property"_s);
        if (step.transform.trimmed().isEmpty())
            return fail(u"transform"_s, u"a transform needs a jq program (\".\" keeps the value)"_s);
        break;
    case Kind::DeleteBlueprint:
        step.cascade = json.value(u"cascade"_s).toBool();
        break;
    }
    return step;
}

QString DataStep::describe() const
{
    switch (kind) {
    case Kind::RenameProperty: return u"rename property %1 → %2 on %3"_s.arg(from, to, blueprint);
    case Kind::RenameRelation: return u"rename relation %1 → %2 on %3"_s.arg(from, to, blueprint);
    case Kind::TransformProperty: return u"convert %1.%2 with %3"_s.arg(blueprint, from, transform);
    case Kind::DeleteBlueprint:
        return cascade ? u"delete blueprint %1 and the relations to it"_s.arg(blueprint)
                       : u"delete blueprint %1"_s.arg(blueprint);
    }
    return {};
}

} // namespace portolan
