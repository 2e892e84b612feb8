#pragma once

#include "backstagedocument.h"
#include "common/problem.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace portolan {

// Reads catalog files into documents: splits multi-document YAML, checks each envelope and
// follows Location entities to the files they name, reading every file at most once.
class BackstageLoader final
{
public:
    explicit BackstageLoader(Problems &problems, QStringList &files);
    Q_DISABLE_COPY_MOVE(BackstageLoader)

    void readFile(const QString &path);
    void readText(const QByteArray &yaml, const QString &fileName);
    // The entity documents in reading order, Locations left out.
    const QList<BackstageDocument> &documents() const { return m_documents; }

private:
    void parse(const QByteArray &yaml, const QString &file);
    void accept(const YAML::Node &node, const QString &file);
    void followLocation(const BackstageDocument &location);
    void followTarget(const BackstageDocument &location, const YAML::Node &target, const QString &path);
    // False when the file was read before (a cycle or a diamond of Locations).
    bool markRead(const QString &path);

    Problems &m_problems;
    QStringList &m_files;
    QSet<QString> m_read;
    QList<BackstageDocument> m_documents;
};

} // namespace portolan
