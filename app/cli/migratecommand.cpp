#include "command.h"
#include "commands.h"
#include "problemprinter.h"

#include "design/impact.h"
#include "design/migration.h"
#include "design/migrationhistory.h"
#include "design/migrationrunner.h"
#include "store/catalogstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

constexpr int kListed = 50; // entities, dropped fields … printed per section

void printImpact(QTextStream &out, const Impact &impact)
{
    out << "impact: " << impact.summary() << '\n';
    if (!impact.invalidEntities.isEmpty()) {
        out << "entities that would fail validation (" << impact.invalidCount << "):\n";
        for (const InvalidEntity &e : impact.invalidEntities.mid(0, kListed)) {
            for (const Problem &p : e.problems)
                out << "  " << e.key.blueprint << " \"" << e.key.identifier << "\": " << p.path << ": " << p.message << '\n';
        }
        if (impact.invalidCount > kListed)
            out << "  … and " << (impact.invalidCount - kListed) << " more\n";
    }
    if (!impact.droppedData.isEmpty()) {
        out << "data dropped:\n";
        for (const DroppedData &d : impact.droppedData) {
            out << "  " << d.blueprint << '.' << d.field << (d.relation ? " (relation)" : "") << ": " << d.entities
                << (d.entities == 1 ? " entity" : " entities");
            if (d.relation)
                out << ", " << d.values << (d.values == 1 ? " value" : " values");
            out << " — " << d.reason << '\n';
        }
    }
    for (const DeletedEntities &d : impact.deletedEntities)
        out << "blueprint " << d.blueprint << " deleted with " << d.entities << (d.entities == 1 ? " entity\n" : " entities\n");
    if (!impact.brokenFields.isEmpty()) {
        out << "derived properties that break:\n";
        for (const BrokenField &b : impact.brokenFields)
            out << "  " << b.blueprint << '.' << b.field << " (" << b.kind << "): " << b.reason << '\n';
    }
    for (const TransformPreview &c : impact.conversions) {
        out << "convert " << c.step.blueprint << '.' << c.storedProperty << " with `" << c.step.transform << "`: ";
        if (!c.preview.programError.isEmpty()) {
            out << c.preview.programError << '\n';
            continue;
        }
        out << c.preview.total << " value(s), " << c.preview.failures << " fail\n";
        for (const ConversionSample &s : c.preview.samples) {
            if (s.error.isEmpty())
                break; // failures come first
            out << "  " << c.step.blueprint << " \"" << s.entity << "\": " << s.error << '\n';
        }
    }
}

std::unique_ptr<CatalogStore> openExisting(const QCommandLineParser &parser)
{
    const QString path = dbPath(parser);
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "migrate: no portal at " << path << " (create one with `portolan demo` or `portolan import`)\n";
        return nullptr;
    }
    return openStore(path);
}

int apply(const QCommandLineParser &parser, const QString &file)
{
    Problems problems;
    std::optional<ModelMigration> migration = ModelMigration::load(file, &problems);
    if (!migration) {
        printProblems(problems);
        return 1;
    }
    migration->actor = actor(); // the audit log names who applied it here
    const std::unique_ptr<CatalogStore> store = openExisting(parser);
    if (!store)
        return 1;
    QTextStream out(stdout);
    out << "migration " << migration->idText() << ": " << migration->summary << '\n';
    Problems replay;
    const ModelDraft draft = migration->draftOn(store->blueprints(), &replay);
    if (hasErrors(replay)) {
        locate(replay, file);
        printProblems(replay);
        QTextStream(stderr) << "migrate: the migration does not fit this portal: nothing was applied\n";
        return 1;
    }
    const Impact impact = analyseImpact(*store, draft);
    printImpact(out, impact);
    printProblems(impact.modelProblems);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    if (!impact.canApply()) {
        out.flush();
        QTextStream(stderr) << "migrate: " << (dryRun ? "the migration would fail" : "nothing was applied") << '\n';
        return 1;
    }
    if (dryRun) {
        out << "dry run: nothing was applied\n";
        return 0;
    }
    std::function<bool(qint64, qint64)> progress;
    if (isatty(STDERR_FILENO)) {
        progress = [last = qint64(0)](qint64 done, qint64 total) mutable {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (total >= 10'000 && (now - last >= 200 || done == total)) {
                last = now;
                QTextStream(stderr) << "\rmigrating " << done << " / " << total << " entities" << (done == total ? "\n" : "");
            }
            return true;
        };
    }
    const MigrationResult result = applyMigration(*store, *migration, progress);
    printProblems(result.problems);
    out.flush();
    if (!result.ok()) {
        QTextStream(stderr) << "migrate: nothing was applied\n";
        return 1;
    }
    out << "applied migration " << migration->idText() << ": " << result.entitiesMigrated << " entit"
        << (result.entitiesMigrated == 1 ? "y" : "ies") << " rewritten\n";
    return 0;
}

int list(const QCommandLineParser &parser)
{
    const std::unique_ptr<CatalogStore> store = openExisting(parser);
    if (!store)
        return 1;
    QTextStream out(stdout);
    for (const ModelMigration &m : appliedMigrations(*store))
        out << m.idText() << "  " << m.appliedAt << "  " << m.actor << "  " << m.summary << '\n';
    return 0;
}

int exportMigration(const QCommandLineParser &parser, const QString &id, const QString &file)
{
    const std::unique_ptr<CatalogStore> store = openExisting(parser);
    if (!store)
        return 1;
    const std::optional<ModelMigration> migration = appliedMigration(*store, id);
    if (!migration) {
        QTextStream(stderr) << "migrate: no applied migration \"" << id << "\" (see `portolan migrate list`)\n";
        return 1;
    }
    if (const QString error = migration->save(file); !error.isEmpty()) {
        QTextStream(stderr) << "migrate: cannot write " << file << ": " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "exported migration " << migration->idText() << " to " << file << '\n';
    return 0;
}

} // namespace

int runMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"dry-run"_s, u"apply: print the impact and change nothing."_s});
    parser.addPositionalArgument(u"action"_s, u"apply FILE | list | export ID|latest FILE"_s, u"ACTION"_s);
    int code = 0;
    if (!parse(parser, args,
               u"Applies model migrations (portal-as-code files the blueprint designer exports), lists the applied ones, "
               "exports one. `apply` prints the impact first and changes nothing when any stored entity would fail."_s,
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == "apply"_L1 && positional.size() == 2)
        return apply(parser, positional.at(1));
    if (action == "list"_L1 && positional.size() == 1)
        return list(parser);
    if (action == "export"_L1 && positional.size() == 3)
        return exportMigration(parser, positional.at(1), positional.at(2));
    QTextStream(stderr) << "usage: portolan migrate apply FILE [--dry-run] | list | export ID|latest FILE [--db FILE]\n";
    return 2;
}

} // namespace portolan::cli
