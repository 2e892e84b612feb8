#include "problem.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

Problem Problem::error(QString path, QString message)
{
    return Problem{Severity::Error, {}, 0, 0, std::move(path), std::move(message)};
}

Problem Problem::warning(QString path, QString message)
{
    return Problem{Severity::Warning, {}, 0, 0, std::move(path), std::move(message)};
}

QString Problem::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0) {
            where += u':' + QString::number(line);
            if (column > 0)
                where += u':' + QString::number(column);
        }
        where += u": "_s;
    }
    if (!path.isEmpty())
        where += path + u": "_s;
    const QString kind = severity == Severity::Warning ? u"warning: "_s : QString();
    return where + kind + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

void locate(Problems &problems, const QString &file, const QString &prefix)
{
    for (Problem &p : problems) {
        if (p.file.isEmpty())
            p.file = file;
        if (!prefix.isEmpty())
            p.path = p.path.isEmpty() ? prefix : prefix + p.path.mid(1);
    }
}

} // namespace portolan
