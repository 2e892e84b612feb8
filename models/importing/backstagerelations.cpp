#include "backstagerelations.h"

#include "backstageyaml.h"

using namespace Qt::StringLiterals;

namespace portolan::backstage {
namespace {

struct Field
{
    QLatin1StringView type;
    QLatin1StringView defaultKind; // empty: a reference here must name its kind
    bool inverse;
};

struct SpecField : Field
{
    QLatin1StringView name;
    QLatin1StringView onlyKind; // empty: any kind
};

const SpecField specFields[] = {
    { { "ownedBy"_L1, "group"_L1, false }, "owner"_L1, {} },
    { { "partOf"_L1, "system"_L1, false }, "system"_L1, {} },
    { { "partOf"_L1, "domain"_L1, false }, "domain"_L1, {} },
    { { "partOf"_L1, "component"_L1, false }, "subcomponentOf"_L1, {} },
    { { "partOf"_L1, "domain"_L1, false }, "subdomainOf"_L1, {} },
    { { "dependsOn"_L1, {}, false }, "dependsOn"_L1, {} },
    { { "dependsOn"_L1, {}, true }, "dependencyOf"_L1, {} },
    { { "providesApi"_L1, "api"_L1, false }, "providesApis"_L1, {} },
    { { "consumesApi"_L1, "api"_L1, false }, "consumesApis"_L1, {} },
    { { "memberOf"_L1, "group"_L1, false }, "memberOf"_L1, "user"_L1 },
    { { "childOf"_L1, "group"_L1, false }, "parent"_L1, "group"_L1 },
    { { "childOf"_L1, "group"_L1, true }, "children"_L1, "group"_L1 },
    { { "memberOf"_L1, "user"_L1, true }, "members"_L1, "group"_L1 },
};

// `relations[].type` as the catalog API writes it; inverse ones are turned around.
const std::pair<QLatin1StringView, Field> relationTypes[] = {
    { "ownedBy"_L1, { "ownedBy"_L1, "group"_L1, false } },
    { "partOf"_L1, { "partOf"_L1, {}, false } },
    { "dependsOn"_L1, { "dependsOn"_L1, {}, false } },
    { "providesApi"_L1, { "providesApi"_L1, "api"_L1, false } },
    { "consumesApi"_L1, { "consumesApi"_L1, "api"_L1, false } },
    { "memberOf"_L1, { "memberOf"_L1, "group"_L1, false } },
    { "childOf"_L1, { "childOf"_L1, "group"_L1, false } },
    { "ownerOf"_L1, { "ownedBy"_L1, {}, true } },
    { "hasPart"_L1, { "partOf"_L1, {}, true } },
    { "dependencyOf"_L1, { "dependsOn"_L1, {}, true } },
    { "apiProvidedBy"_L1, { "providesApi"_L1, {}, true } },
    { "apiConsumedBy"_L1, { "consumesApi"_L1, {}, true } },
    { "hasMember"_L1, { "memberOf"_L1, "user"_L1, true } },
    { "parentOf"_L1, { "childOf"_L1, "group"_L1, true } },
};

bool appliesTo(const SpecField &field, QStringView kindId)
{
    return field.onlyKind.isEmpty() || field.onlyKind == kindId;
}

class Collector final
{
public:
    explicit Collector(const BackstageDocument &document, Problems &problems)
        : m_document(document)
        , m_problems(problems)
    {
    }

    // `at` is where to point problems when `node` was made up rather than read.
    void add(const Field &field, const YAML::Node &node, const QString &path, const YAML::Node &at)
    {
        QString error;
        const std::optional<BackstageRef> ref = hasText(node)
            ? BackstageRef::parse(text(node), field.defaultKind, m_document.ref.ns, &error)
            : std::nullopt;
        if (!ref) {
            if (error.isEmpty())
                error = u"must be an entity reference, [kind:][namespace/]name"_s;
            m_problems.append(problemAt(Problem::Severity::Error, m_document.file, at, path, error));
            return;
        }
        const auto [line, column] = position(at);
        links.append(BackstageLink { field.type, field.inverse, *ref, line, column, path });
    }

    // A relation field holds one reference or a list of them, whatever Backstage's schema says.
    void addAll(const Field &field, const YAML::Node &node, const QString &path)
    {
        if (!node.IsSequence()) {
            add(field, node, path, node);
            return;
        }
        for (std::size_t i = 0; i < node.size(); ++i)
            add(field, node[i], path + u'[' + QString::number(i) + u']', node[i]);
    }

    void addRelationsArray(const YAML::Node &relations)
    {
        if (!relations.IsSequence()) {
            m_problems.append(problemAt(Problem::Severity::Error, m_document.file, relations,
                u"$.relations"_s, u"relations must be a list of {type, targetRef}"_s));
            return;
        }
        for (std::size_t i = 0; i < relations.size(); ++i) {
            const YAML::Node item = relations[i];
            const QString path = u"$.relations["_s + QString::number(i) + u']';
            const QString type = text(child(item, "type"));
            const Field *field = nullptr;
            for (const auto &[name, f] : relationTypes) {
                if (name == type)
                    field = &f;
            }
            if (!field) {
                m_problems.append(
                    problemAt(Problem::Severity::Warning, m_document.file, item, path + u".type"_s,
                        u"relation type '"_s + type
                            + u"' is not a well-known Backstage relation; not imported"_s));
                continue;
            }
            const YAML::Node ref = child(item, "targetRef");
            const YAML::Node target = child(item, "target");
            if (!ref.IsDefined() && target.IsMap())
                add(*field, refFromParts(target), path + u".target"_s, target);
            else
                add(*field, ref, path + u".targetRef"_s, ref.IsDefined() ? ref : item);
        }
    }

    QList<BackstageLink> links;

private:
    // Older catalogs wrote `target: {kind, namespace, name}` instead of `targetRef`.
    static YAML::Node refFromParts(const YAML::Node &target)
    {
        return YAML::Node(text(child(target, "kind")).toStdString() + ':'
            + text(child(target, "namespace")).toStdString() + '/'
            + text(child(target, "name")).toStdString());
    }

    const BackstageDocument &m_document;
    Problems &m_problems;
};

} // namespace

QStringList relationFields(QStringView kindId)
{
    QStringList fields;
    for (const SpecField &field : specFields) {
        if (appliesTo(field, kindId))
            fields.append(field.name);
    }
    return fields;
}

QList<BackstageLink> linksOf(const BackstageDocument &document, Problems &problems)
{
    Collector collector(document, problems);
    const YAML::Node spec = child(document.root, "spec");
    for (const SpecField &field : specFields) {
        const YAML::Node value = child(spec, std::string_view(field.name.data(), field.name.size()));
        if (appliesTo(field, document.ref.kind) && value.IsDefined() && !value.IsNull())
            collector.addAll(field, value, u"$.spec."_s + field.name);
    }
    const YAML::Node relations = child(document.root, "relations");
    if (relations.IsDefined() && !relations.IsNull())
        collector.addRelationsArray(relations);
    return collector.links;
}

QString relationId(const QString &type, const QString &targetKindId)
{
    QLatin1StringView usual;
    for (const SpecField &field : specFields) {
        if (field.type == type && !field.inverse && field.type != "partOf"_L1)
            usual = field.defaultKind;
    }
    return !usual.isEmpty() && usual == targetKindId ? type : type + u'_' + targetKindId;
}

bool isMany(QStringView type)
{
    return type != "ownedBy"_L1;
}

} // namespace portolan::backstage
