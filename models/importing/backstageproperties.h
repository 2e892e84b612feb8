#pragma once

#include "backstagedocument.h"
#include "common/problem.h"

#include <QJsonObject>
#include <QStringList>

namespace portolan {

// Turns what a document says besides its relations into Port properties: metadata (description,
// labels, annotations, tags, links), spec.type and spec.lifecycle, the profile of users and
// groups, an API's definition. Spec fields with no property of their own stay under `spec`, so
// nothing the file said is lost.
class BackstageProperties final
{
public:
    // `files` gets the files read for `$text` placeholders.
    explicit BackstageProperties(Problems &problems, QStringList &files);

    QJsonObject of(const BackstageDocument &document) const;

private:
    void readMetadata(const BackstageDocument &document, QJsonObject &properties) const;
    void readSpec(const BackstageDocument &document, QJsonObject &properties) const;
    // The text of a `$text: ./file` placeholder, or nothing when it cannot be read (reported).
    std::optional<QString> placeholderText(const BackstageDocument &document, const YAML::Node &value) const;
    void report(Problem::Severity severity, const BackstageDocument &document, const YAML::Node &at,
        const QString &path, const QString &message) const;

    Problems &m_problems;
    QStringList &m_files;
};

} // namespace portolan
