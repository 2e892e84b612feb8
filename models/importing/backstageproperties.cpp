#include "backstageproperties.h"

#include "backstagerelations.h"
#include "backstageyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

using backstage::child;
using backstage::text;
using backstage::toJson;

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

} // namespace

BackstageProperties::BackstageProperties(Problems &problems, QStringList &files)
    : m_problems(problems)
    , m_files(files)
{
}

QJsonObject BackstageProperties::of(const BackstageDocument &document) const
{
    QJsonObject properties { { u"namespace"_s, document.ref.ns } };
    readMetadata(document, properties);
    readSpec(document, properties);
    return properties;
}

void BackstageProperties::report(Problem::Severity severity, const BackstageDocument &document,
    const YAML::Node &at, const QString &path, const QString &message) const
{
    m_problems.append(backstage::problemAt(severity, document.file, at, path, message));
}

void BackstageProperties::readMetadata(const BackstageDocument &document, QJsonObject &properties) const
{
    const YAML::Node metadata = child(document.root, "metadata");
    const YAML::Node description = child(metadata, "description");
    if (description.IsScalar())
        properties.insert(u"description"_s, text(description));
    else if (present(description))
        report(Problem::Severity::Error, document, description, u"$.metadata.description"_s,
            u"must be a string"_s);

    for (const char *key : { "labels", "annotations" }) {
        const YAML::Node map = child(metadata, key);
        const QString name = QLatin1StringView(key);
        if (map.IsMap())
            properties.insert(name, toJson(map));
        else if (present(map))
            report(Problem::Severity::Error, document, map, u"$.metadata."_s + name, u"must be a mapping"_s);
    }

    const YAML::Node tags = child(metadata, "tags");
    if (tags.IsSequence()) {
        QJsonArray array;
        for (std::size_t i = 0; i < tags.size(); ++i) {
            if (tags[i].IsScalar())
                array.append(text(tags[i]));
            else
                report(Problem::Severity::Error, document, tags[i],
                    u"$.metadata.tags["_s + QString::number(i) + u']', u"a tag must be a string"_s);
        }
        properties.insert(u"tags"_s, array);
    } else if (present(tags)) {
        report(
            Problem::Severity::Error, document, tags, u"$.metadata.tags"_s, u"must be a list of strings"_s);
    }

    const YAML::Node links = child(metadata, "links");
    if (links.IsSequence()) {
        QJsonArray array;
        for (std::size_t i = 0; i < links.size(); ++i) {
            if (links[i].IsMap())
                array.append(toJson(links[i]));
            else
                report(Problem::Severity::Error, document, links[i],
                    u"$.metadata.links["_s + QString::number(i) + u']',
                    u"a link must be a mapping {url, title…}"_s);
        }
        properties.insert(u"links"_s, array);
    } else if (present(links)) {
        report(
            Problem::Severity::Error, document, links, u"$.metadata.links"_s, u"must be a list of links"_s);
    }
}

void BackstageProperties::readSpec(const BackstageDocument &document, QJsonObject &properties) const
{
    const YAML::Node spec = child(document.root, "spec");
    if (!spec.IsMap()) {
        if (present(spec))
            report(Problem::Severity::Error, document, spec, u"$.spec"_s, u"must be a mapping"_s);
        return;
    }
    const QString &kind = document.ref.kind;
    const QStringList relationFields = backstage::relationFields(kind);
    const bool hasProfile = kind == "user"_L1 || kind == "group"_L1;
    QJsonObject rest;
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        const QString key = text(it->first);
        const YAML::Node value = it->second;
        if (relationFields.contains(key))
            continue;
        // A field of the wrong shape for its property stays under `spec` rather than vanishing.
        if ((key == "type"_L1 || key == "lifecycle"_L1) && value.IsScalar()) {
            properties.insert(key, text(value));
            continue;
        }
        if (hasProfile && key == "profile"_L1 && value.IsMap()) {
            QJsonObject profileRest;
            for (auto p = value.begin(); p != value.end(); ++p) {
                const QString field = text(p->first);
                const bool mapped = field == "displayName"_L1 || field == "email"_L1 || field == "picture"_L1;
                if (mapped && p->second.IsScalar())
                    properties.insert(field, text(p->second));
                else
                    profileRest.insert(field, toJson(p->second));
            }
            if (!profileRest.isEmpty())
                rest.insert(key, profileRest);
            continue;
        }
        if (kind == "api"_L1 && key == "definition"_L1) {
            const std::optional<QString> definition
                = value.IsScalar() ? text(value) : placeholderText(document, value);
            if (definition) {
                properties.insert(key, *definition);
                continue;
            }
        }
        rest.insert(key, toJson(value));
    }
    if (!rest.isEmpty())
        properties.insert(u"spec"_s, rest);
}

std::optional<QString> BackstageProperties::placeholderText(
    const BackstageDocument &document, const YAML::Node &value) const
{
    const QString path = u"$.spec.definition"_s;
    const YAML::Node placeholder = child(value, "$text");
    if (!placeholder.IsScalar() || value.size() != 1) {
        report(Problem::Severity::Warning, document, value, path,
            u"definition is neither a string nor a $text placeholder; kept under spec"_s);
        return std::nullopt;
    }
    const QString target = text(placeholder);
    if (target.startsWith("http://"_L1) || target.startsWith("https://"_L1)) {
        report(Problem::Severity::Warning, document, placeholder, path + u".$text"_s,
            u"not fetched: remote definitions are not supported offline; kept under spec"_s);
        return std::nullopt;
    }
    const QString file = QDir::cleanPath(QDir(QFileInfo(document.file).path()).filePath(target));
    QFile in(file);
    if (!QFileInfo(file).isFile() || !in.open(QIODevice::ReadOnly)) {
        report(Problem::Severity::Error, document, placeholder, path + u".$text"_s,
            u"definition file not found: "_s + file);
        return std::nullopt;
    }
    if (!m_files.contains(file))
        m_files.append(file);
    return QString::fromUtf8(in.readAll());
}

} // namespace portolan
