#include "problemprinter.h"

#include <QTextStream>

namespace portolan::cli {

void printProblems(const Problems &problems, int limit)
{
    QTextStream err(stderr);
    int shown = 0;
    for (const Problem &p : problems) {
        if (shown++ == limit) {
            err << "… and " << (problems.size() - limit) << " more\n";
            break;
        }
        err << (p.isError() ? "error: " : "") << p.toString() << '\n';
    }
}

} // namespace portolan::cli
