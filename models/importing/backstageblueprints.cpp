#include "backstageblueprints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::backstage {
namespace {

struct Kind
{
    QLatin1StringView id;
    QLatin1StringView title;
    QLatin1StringView icon;
};

constexpr Kind kinds[] = {
    { "component"_L1, "Component"_L1, "Microservice"_L1 },
    { "api"_L1, "API"_L1, "Link"_L1 },
    { "resource"_L1, "Resource"_L1, "DevopsTool"_L1 },
    { "system"_L1, "System"_L1, "System"_L1 },
    { "domain"_L1, "Domain"_L1, "Domain"_L1 },
    { "group"_L1, "Group"_L1, "Team"_L1 },
    { "user"_L1, "User"_L1, "User"_L1 },
    { "template"_L1, "Template"_L1, "Blueprint"_L1 },
};

const Kind *findKind(QStringView id)
{
    for (const Kind &k : kinds) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QJsonObject property(const QString &title, const QString &type, const QString &format = {})
{
    QJsonObject p { { u"title"_s, title }, { u"type"_s, type } };
    if (!format.isEmpty())
        p.insert(u"format"_s, format);
    return p;
}

QJsonObject properties(QStringView kindId)
{
    QJsonObject tags = property(u"Tags"_s, u"array"_s);
    tags.insert(u"items"_s, QJsonObject { { u"type"_s, u"string"_s } });
    QJsonObject links = property(u"Links"_s, u"array"_s);
    links.insert(u"items"_s, QJsonObject { { u"type"_s, u"object"_s } });
    QJsonObject spec = property(u"Spec"_s, u"object"_s);
    spec.insert(u"description"_s, u"Every spec field without a property of its own, as written"_s);
    QJsonObject result {
        { u"namespace"_s, property(u"Namespace"_s, u"string"_s) },
        { u"description"_s, property(u"Description"_s, u"string"_s) },
        { u"type"_s, property(u"Type"_s, u"string"_s) },
        { u"lifecycle"_s, property(u"Lifecycle"_s, u"string"_s) },
        { u"labels"_s, property(u"Labels"_s, u"object"_s) },
        { u"annotations"_s, property(u"Annotations"_s, u"object"_s) },
        { u"tags"_s, tags },
        { u"links"_s, links },
        { u"spec"_s, spec },
    };
    if (kindId == "user"_L1 || kindId == "group"_L1) {
        result.insert(u"displayName"_s, property(u"Display name"_s, u"string"_s));
        result.insert(u"email"_s, property(u"Email"_s, u"string"_s, u"email"_s));
        result.insert(u"picture"_s, property(u"Picture"_s, u"string"_s, u"url"_s));
    }
    if (kindId == "api"_L1)
        result.insert(u"definition"_s, property(u"Definition"_s, u"string"_s));
    return result;
}

} // namespace

QJsonObject blueprintJson(const QString &kindId, const QString &title, const QJsonObject &relations)
{
    return QJsonObject {
        { u"identifier"_s, kindId },
        { u"title"_s, title },
        { u"icon"_s, kindIcon(kindId) },
        { u"description"_s, QString(u"Backstage kind "_s + title) },
        { u"schema"_s,
            QJsonObject { { u"properties"_s, properties(kindId) }, { u"required"_s, QJsonArray() } } },
        { u"relations"_s, relations },
    };
}

QString kindIcon(QStringView kindId)
{
    const Kind *kind = findKind(kindId);
    return kind ? QString(kind->icon) : u"Blueprint"_s;
}

QString builtInTitle(QStringView kindId)
{
    const Kind *kind = findKind(kindId);
    return kind ? QString(kind->title) : QString();
}

QString relationTitle(QStringView type)
{
    static const std::pair<QLatin1StringView, QLatin1StringView> titles[] = {
        { "ownedBy"_L1, "Owned by"_L1 },
        { "partOf"_L1, "Part of"_L1 },
        { "dependsOn"_L1, "Depends on"_L1 },
        { "providesApi"_L1, "Provides API"_L1 },
        { "consumesApi"_L1, "Consumes API"_L1 },
        { "memberOf"_L1, "Member of"_L1 },
        { "childOf"_L1, "Child of"_L1 },
    };
    for (const auto &[id, title] : titles) {
        if (id == type)
            return title;
    }
    return type.toString();
}

} // namespace portolan::backstage
