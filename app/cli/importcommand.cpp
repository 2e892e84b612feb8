#include "command.h"
#include "commands.h"
#include "problemprinter.h"

#include "importing/catalogimporter.h"
#include "scoring/scorecardstore.h"
#include "scoring/scoringrun.h"
#include "store/catalogstore.h"

#include <QFileInfo>
#include <QDateTime>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

// The scorecards' results follow the import at once, as they would after a change in the window
// (which, if open meanwhile, shows them when a page is next shown).
int evaluateAfterImport(const QString &path, QTextStream &out)
{
    {
        CatalogStore store(path);
        if (ScorecardStore(store.database()).scorecards().isEmpty())
            return 0;
    }
    const ScoringRunReport report = evaluateInFull(path, {}, QDateTime::currentDateTimeUtc());
    if (!report.error.isEmpty()) {
        QTextStream(stderr) << "imported, but the scorecards could not be evaluated: " << report.error
                            << " (run `portolan scorecard evaluate`)\n";
        return 1;
    }
    out << "evaluated " << report.scorecards.size() << " scorecard(s): " << report.entities << " result(s), "
        << report.changed << " changed, in " << report.totalMs << " ms\n";
    return 0;
}

int importOrValidate(const QStringList &args, bool dryRun)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"blueprint"_s, u"Blueprint of entity files that do not name theirs."_s, u"ID"_s});
    parser.addOption({u"repair-quotes"_s, u"Replace typographic quotes used as JSON quotes before parsing."_s});
    if (!dryRun)
        parser.addOption({u"no-evaluate"_s, u"Leave the scorecards' results as they are (by default they are evaluated after the import)."_s});
    parser.addPositionalArgument(u"paths"_s, u"Files or folders (JSON, YAML, catalog-info.yaml)."_s, u"PATH…"_s);
    int code = 0;
    const QString what = dryRun ? u"Checks files as `import` would and writes nothing."_s
                                : u"Imports files into the portal in one transaction: all or nothing."_s;
    if (!parse(parser, args, what, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        QTextStream(stderr) << args.first() << ": name at least one file or folder\n";
        return 2;
    }
    // A dry run against a portal that does not exist yet checks against an empty one, in memory,
    // rather than creating the file.
    const QString path = dbPath(parser);
    const std::unique_ptr<CatalogStore> opened = openStore(dryRun && !QFileInfo::exists(path) ? u":memory:"_s : path);
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    CatalogImporter::Options options{parser.value(u"blueprint"_s), parser.isSet(u"repair-quotes"_s), dryRun, actor(), {}};
    // On a terminal, long imports say how far they are (Ctrl+C cancels: nothing is committed).
    if (isatty(STDERR_FILENO)) {
        options.progress = [last = qint64(0)](qsizetype done, qsizetype total) mutable {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (total < 10'000 || (now - last < 200 && done < total))
                return;
            last = now;
            QTextStream(stderr) << "\r" << (done == total ? "wrote" : "writing") << ' ' << done << " / " << total
                                << " entities" << (done == total ? "\n" : "");
        };
    }
    CatalogImporter importer(store, options);
    const CatalogImporter::Result result = importer.importPaths(paths);
    printProblems(result.problems);
    QTextStream out(stdout);
    if (!result.ok) {
        QTextStream(stderr) << (dryRun ? "invalid: " : "nothing was imported: ")
                            << std::count_if(result.problems.begin(), result.problems.end(), [](const Problem &p) { return p.isError(); })
                            << " error(s)\n";
        return 1;
    }
    out << (dryRun ? "valid: " : "imported ") << result.blueprints << " blueprint(s) and " << result.entities
        << " entit" << (result.entities == 1 ? "y" : "ies");
    if (result.actions > 0)
        out << " and " << result.actions << " action(s)";
    if (result.scorecards > 0)
        out << ", " << result.scorecards << " scorecard(s)";
    if (result.initiatives > 0)
        out << ", " << result.initiatives << " initiative(s)";
    if (result.dashboards > 0)
        out << ", " << result.dashboards << " dashboard(s)";
    out << " from " << result.files.size() << " file(s)\n";
    if (!dryRun && !parser.isSet(u"no-evaluate"_s))
        return evaluateAfterImport(path, out);
    return 0;
}

} // namespace

int runImport(const QStringList &args)
{
    return importOrValidate(args, false);
}

int runValidate(const QStringList &args)
{
    return importOrValidate(args, true);
}

} // namespace portolan::cli
