#include "backstageloader.h"

#include "backstagelog.h"
#include "backstageyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

using backstage::child;
using backstage::hasText;
using backstage::problemAt;
using backstage::text;

std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = u"file not found: "_s + path;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path + u": "_s + file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

bool isRemote(const QString &target)
{
    return target.startsWith("http://"_L1, Qt::CaseInsensitive)
        || target.startsWith("https://"_L1, Qt::CaseInsensitive);
}

} // namespace

BackstageLoader::BackstageLoader(Problems &problems, QStringList &files)
    : m_problems(problems)
    , m_files(files)
{
}

void BackstageLoader::readFile(const QString &path)
{
    // A file named directly may already have been read through another file's Location.
    if (!markRead(path))
        return;
    QString error;
    const std::optional<QByteArray> bytes = readBytes(path, &error);
    if (!bytes) {
        Problem p = Problem::error({}, error);
        p.file = path;
        m_problems.append(p);
        return;
    }
    readText(*bytes, path);
}

void BackstageLoader::readText(const QByteArray &yaml, const QString &fileName)
{
    markRead(fileName);
    m_files.append(fileName);
    parse(yaml, fileName);
}

bool BackstageLoader::markRead(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical
        = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    if (m_read.contains(canonical))
        return false;
    m_read.insert(canonical);
    return true;
}

void BackstageLoader::parse(const QByteArray &yaml, const QString &file)
{
    qCDebug(lcBackstage) << "reading" << file;
    std::vector<YAML::Node> nodes;
    try {
        nodes = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp builds all documents or none, so a syntax error costs the whole file.
        Problem p = Problem::error({}, u"YAML syntax error: "_s + QString::fromStdString(e.msg));
        p.file = file;
        if (!e.mark.is_null()) {
            p.line = e.mark.line + 1;
            p.column = e.mark.column + 1;
        }
        m_problems.append(p);
        return;
    }
    for (const YAML::Node &node : nodes) {
        if (node.IsDefined() && !node.IsNull())
            accept(node, file);
    }
}

void BackstageLoader::accept(const YAML::Node &node, const QString &file)
{
    auto error = [&](const YAML::Node &at, const QString &path, const QString &message) {
        m_problems.append(problemAt(Problem::Severity::Error, file, at, path, message));
    };
    if (!node.IsMap()) {
        error(node, {}, u"a catalog entity must be a mapping with apiVersion, kind, metadata and spec"_s);
        return;
    }
    const YAML::Node metadata = child(node, "metadata");
    if (metadata.IsDefined() && !metadata.IsNull() && !metadata.IsMap()) {
        error(metadata, u"$.metadata"_s, u"metadata must be a mapping"_s);
        return;
    }
    bool sound = true;
    const std::pair<YAML::Node, QString> required[] = { { child(node, "apiVersion"), u"apiVersion"_s },
        { child(node, "kind"), u"kind"_s }, { child(metadata, "name"), u"metadata.name"_s } };
    for (const auto &[value, field] : required) {
        if (!value.IsDefined() || value.IsNull()) {
            error(node, u"$."_s + field, u"missing "_s + field);
            sound = false;
        } else if (!hasText(value)) {
            error(value, u"$."_s + field, field + u" must be a non-empty string"_s);
            sound = false;
        }
    }
    const YAML::Node ns = child(metadata, "namespace");
    if (ns.IsDefined() && !ns.IsNull() && !hasText(ns)) {
        error(ns, u"$.metadata.namespace"_s, u"metadata.namespace must be a non-empty string"_s);
        sound = false;
    }
    if (!sound)
        return;

    BackstageDocument document { file, node, text(child(node, "kind")), {} };
    document.ref = BackstageRef { document.kind.toLower(), hasText(ns) ? text(ns) : u"default"_s,
        text(child(metadata, "name")) };
    if (document.ref.kind == "location"_L1)
        followLocation(document);
    else
        m_documents.append(document);
}

void BackstageLoader::followLocation(const BackstageDocument &location)
{
    const YAML::Node spec = child(location.root, "spec");
    const YAML::Node target = child(spec, "target");
    const YAML::Node targets = child(spec, "targets");
    if (target.IsDefined() && !target.IsNull())
        followTarget(location, target, u"$.spec.target"_s);
    if (targets.IsSequence()) {
        for (std::size_t i = 0; i < targets.size(); ++i)
            followTarget(location, targets[i], u"$.spec.targets["_s + QString::number(i) + u']');
    } else if (targets.IsDefined() && !targets.IsNull()) {
        m_problems.append(problemAt(Problem::Severity::Error, location.file, targets, u"$.spec.targets"_s,
            u"spec.targets must be a list of paths"_s));
    }
    if ((!target.IsDefined() || target.IsNull()) && (!targets.IsDefined() || targets.IsNull())) {
        m_problems.append(problemAt(Problem::Severity::Warning, location.file, location.root, u"$.spec"_s,
            u"location has neither spec.target nor spec.targets"_s));
    }
}

void BackstageLoader::followTarget(
    const BackstageDocument &location, const YAML::Node &node, const QString &path)
{
    auto report = [&](Problem::Severity severity, const QString &message) {
        m_problems.append(problemAt(severity, location.file, node, path, message));
    };
    const QString target = text(node).trimmed();
    if (target.isEmpty()) {
        report(Problem::Severity::Error, u"location target must be a non-empty path"_s);
        return;
    }
    if (isRemote(target)) {
        report(Problem::Severity::Warning, u"not fetched: remote locations are not supported offline"_s);
        return;
    }
    if (target.contains(u'*') || target.contains(u'?') || target.contains(u'[')) {
        report(Problem::Severity::Warning,
            u"not followed: glob patterns in location targets are not supported"_s);
        return;
    }
    const QString resolved = QDir::cleanPath(QDir(QFileInfo(location.file).path()).filePath(target));
    if (!markRead(resolved)) {
        qCDebug(lcBackstage) << "already read, not following again:" << resolved;
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = readBytes(resolved, &error);
    if (!bytes) {
        // Backstage lets a location be optional: its absence is then expected, not a fault.
        const bool optional = text(child(child(location.root, "spec"), "presence")) == "optional"_L1;
        report(
            optional ? Problem::Severity::Warning : Problem::Severity::Error, u"location target "_s + error);
        return;
    }
    m_files.append(resolved);
    parse(*bytes, resolved);
}

} // namespace portolan
