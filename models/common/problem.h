#pragma once

#include <QList>
#include <QString>

namespace portolan {

// One thing wrong with some input, said so that a person can find and fix it.
// `path` is a JSON path such as `$.properties.tier` (or empty when the whole item is meant);
// `file`, `line` and `column` are set when the problem is tied to a place in a source file.
struct Problem {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters; 0 when unknown
    QString path;
    QString message;

    static Problem error(QString path, QString message);
    static Problem warning(QString path, QString message);

    bool isError() const { return severity == Severity::Error; }
    // `file:line:column: path: message`, leaving out what is not known.
    QString toString() const;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);
// Prefixes every problem's path with `prefix` and sets its file when it has none.
void locate(Problems &problems, const QString &file, const QString &prefix = {});

} // namespace portolan
