#include "catalogimporter.h"

#include "backstagereader.h"
#include "jsonlocator.h"
#include "jsonsource.h"
#include "backstageyaml.h"
#include "store/catalogstore.h"
#include "store/bulkloader.h"
#include "store/catalogwriter.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isYaml(const QString &path)
{
    return path.endsWith(".yaml"_L1, Qt::CaseInsensitive) || path.endsWith(".yml"_L1, Qt::CaseInsensitive);
}

QStringList expand(const QString &path, Problems &problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems.append(Problem{Problem::Severity::Error, path, 0, 0, {}, u"no such file or folder"_s});
        return {};
    }
    if (!info.isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, {u"*.json"_s, u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

CatalogImporter::CatalogImporter(CatalogStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{
}

ImportPlan CatalogImporter::readYaml(const QString &path) const
{
    // Portolan's own YAML export is one document with "blueprints"/"entities"; anything with
    // apiVersion + kind is a Backstage catalog.
    try {
        const YAML::Node first = YAML::LoadFile(path.toStdString());
        if (first.IsMap() && (first["blueprints"] || first["entities"]))
            return PortReader({m_options.defaultBlueprint, false}).readValue(backstage::toJson(first), path);
    } catch (const YAML::Exception &) {
        // Multi-document files throw here or parse as the first document only; the Backstage
        // reader reports syntax errors with their positions.
    }
    const BackstageCatalog catalog = BackstageReader().read(path);
    ImportPlan plan;
    plan.keepDanglingRelations = true;
    plan.files = catalog.files;
    plan.problems = catalog.problems;
    for (const Blueprint &bp : catalog.blueprints)
        plan.blueprints.append({bp, {path, 0, 0, {}}});
    for (const Entity &e : catalog.entities)
        plan.entities.append({e, {path, 0, 0, {}}});
    return plan;
}

ImportPlan CatalogImporter::readFile(const QString &path) const
{
    if (isYaml(path))
        return readYaml(path);
    return PortReader({m_options.defaultBlueprint, m_options.repairQuotes}).readFile(path);
}

ImportPlan CatalogImporter::plan(const QStringList &paths) const
{
    ImportPlan plan;
    for (const QString &path : paths) {
        for (const QString &file : expand(path, plan.problems))
            plan.append(readFile(file));
    }
    return plan;
}

CatalogImporter::Result CatalogImporter::importPaths(const QStringList &paths)
{
    Result result = apply(plan(paths));
    placeProblems(result.problems);
    return result;
}

void CatalogImporter::placeProblems(Problems &problems)
{
    // Each JSON file with problems is read once more, only to turn JSON paths into line:column.
    QHash<QString, std::shared_ptr<JsonLocator>> locators;
    for (Problem &p : problems) {
        if (p.line > 0 || p.path.isEmpty() || !p.file.endsWith(".json"_L1, Qt::CaseInsensitive))
            continue;
        auto it = locators.find(p.file);
        if (it == locators.end()) {
            QFile file(p.file);
            it = locators.insert(p.file, file.open(QIODevice::ReadOnly)
                                             ? std::make_shared<JsonLocator>(m_options.repairQuotes ? JsonSource::repairQuotes(file.readAll())
                                                                                                   : file.readAll())
                                             : nullptr);
        }
        if (*it)
            std::tie(p.line, p.column) = (*it)->position(p.path);
    }
}

CatalogImporter::Result CatalogImporter::apply(const ImportPlan &plan)
{
    Result result;
    result.files = plan.files;
    result.problems = plan.problems;
    if (hasErrors(result.problems))
        return result;
    CatalogWriter writer(m_store, Origin::Import, m_options.actor,
                         plan.keepDanglingRelations ? CatalogWriter::Dangling::Keep : CatalogWriter::Dangling::Reject);
    QList<Blueprint> blueprints;
    for (const auto &planned : plan.blueprints)
        blueprints.append(planned.blueprint);
    Problems problems = writer.putBlueprints(blueprints);
    // Blueprint problems are reported against the file that defined the blueprint.
    for (Problem &p : problems) {
        for (const auto &planned : plan.blueprints) {
            if (p.message.startsWith(u"blueprint \"%1\":"_s.arg(planned.blueprint.identifier))) {
                p.file = planned.source.file;
                if (!planned.source.path.isEmpty())
                    p.path = planned.source.path + p.path.mid(1);
                break;
            }
        }
    }
    result.problems.append(problems);
    if (hasErrors(result.problems))
        return result;
    const qsizetype total = plan.entities.size();
    BulkLoader::Progress progress;
    if (m_options.progress)
        progress = [this, total](qsizetype done) { m_options.progress(done, total); };
    result.problems.append(BulkLoader(writer, progress).load([&plan](const BulkLoader::Sink &sink) {
        for (const auto &planned : plan.entities) {
            if (!sink(planned.entity, planned.source))
                return;
        }
    }));
    if (hasErrors(result.problems))
        return result;
    // A dry run resolves relations as a commit would, then rolls back by never committing.
    result.problems.append(m_options.dryRun ? writer.verifyRelations() : writer.commit());
    result.ok = !hasErrors(result.problems);
    if (result.ok) {
        result.blueprints = blueprints.size();
        result.entities = plan.entities.size();
    }
    return result;
}

} // namespace portolan
