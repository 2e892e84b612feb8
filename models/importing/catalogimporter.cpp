#include "catalogimporter.h"

#include "backstagereader.h"
#include "jsonlocator.h"
#include "jsonsource.h"
#include "backstageyaml.h"
#include "store/catalogstore.h"
#include "store/bulkloader.h"
#include "store/catalogwriter.h"
#include "actions/actionstore.h"
#include "dashboards/dashboardstore.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"

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

std::optional<ImportPlan> CatalogImporter::readYamlBundle(const QString &path) const
{
    // Portolan's own YAML export: documents with "blueprints"/"entities". Anything else with
    // apiVersion + kind is Backstage's.
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAllFromFile(path.toStdString());
        if (documents.empty() || !documents.front().IsMap() || !(documents.front()["blueprints"] || documents.front()["entities"]))
            return std::nullopt;
        ImportPlan plan;
        for (size_t i = 0; i < documents.size(); ++i) {
            ImportPlan part = PortReader({m_options.defaultBlueprint, false}).readValue(backstage::toJson(documents[i]), path);
            if (i > 0)
                part.files.clear();
            plan.append(part);
        }
        return plan;
    } catch (const YAML::Exception &) {
        return std::nullopt; // the Backstage reader reports syntax errors with their positions
    }
}

ImportPlan CatalogImporter::readBackstage(const QStringList &paths) const
{
    const BackstageCatalog catalog = BackstageReader().read(paths);
    ImportPlan plan;
    plan.keepDanglingRelations = true;
    plan.mergeBlueprints = true;
    plan.files = catalog.files;
    plan.problems = catalog.problems;
    for (const Blueprint &bp : catalog.blueprints)
        plan.blueprints.append({bp, {paths.value(0), 0, 0, {}}});
    for (qsizetype i = 0; i < catalog.entities.size(); ++i) {
        const BackstageCatalog::Place place = catalog.places.value(i, {paths.value(0), 0, 0});
        plan.entities.append({catalog.entities.at(i), {place.file, place.line, place.column, {}}});
    }
    return plan;
}

ImportPlan CatalogImporter::plan(const QStringList &paths) const
{
    ImportPlan plan;
    QStringList backstageFiles;
    for (const QString &path : paths) {
        for (const QString &file : expand(path, plan.problems)) {
            if (!isYaml(file)) {
                plan.append(PortReader({m_options.defaultBlueprint, m_options.repairQuotes}).readFile(file));
            } else if (std::optional<ImportPlan> bundle = readYamlBundle(file)) {
                plan.append(*bundle);
            } else if (!backstageFiles.contains(file)) {
                backstageFiles.append(file);
            }
        }
    }
    if (!backstageFiles.isEmpty())
        plan.append(readBackstage(backstageFiles));
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

namespace {

QString where(const CatalogWriter::Source &source)
{
    return source.path.isEmpty() || source.path == "$"_L1 ? source.file : source.file + u' ' + source.path;
}

// The same blueprint or entity twice in one import is a mistake: the second would silently win.
Problems duplicates(const ImportPlan &plan)
{
    Problems problems;
    QHash<QString, CatalogWriter::Source> seen;
    const auto check = [&](const QString &key, const QString &what, const CatalogWriter::Source &source) {
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, source);
            return;
        }
        Problem p = Problem::error(source.path.isEmpty() ? u"$"_s : source.path, u"%1 is also defined at %2"_s.arg(what, where(*it)));
        p.file = source.file;
        problems.append(p);
    };
    for (const auto &b : plan.blueprints)
        check(u"blueprint\n"_s + b.blueprint.identifier, u"blueprint \"%1\""_s.arg(b.blueprint.identifier), b.source);
    for (const auto &e : plan.entities)
        check(e.entity.blueprint + u'\n' + e.entity.identifier,
              u"%1 \"%2\""_s.arg(e.entity.blueprint, e.entity.identifier), e.source);
    return problems;
}

// The stored definition with the incoming properties and relations added (the incoming ones win).
Blueprint mergedBlueprint(const Blueprint &stored, const Blueprint &incoming)
{
    QJsonObject json = stored.json;
    const auto merge = [](QJsonObject base, const QJsonObject &extra) {
        for (auto it = extra.begin(); it != extra.end(); ++it)
            base.insert(it.key(), it.value());
        return base;
    };
    QJsonObject schema = json.value("schema"_L1).toObject();
    const QJsonObject incomingSchema = incoming.json.value("schema"_L1).toObject();
    schema.insert(u"properties"_s, merge(schema.value("properties"_L1).toObject(), incomingSchema.value("properties"_L1).toObject()));
    json.insert(u"schema"_s, schema);
    json.insert(u"relations"_s, merge(json.value("relations"_L1).toObject(), incoming.json.value("relations"_L1).toObject()));
    for (const char *key : {"title", "icon"}) {
        if (incoming.json.contains(QLatin1StringView(key)))
            json.insert(QLatin1StringView(key), incoming.json.value(QLatin1StringView(key)));
    }
    return Blueprint::fromJson(json);
}

} // namespace

CatalogImporter::Result CatalogImporter::apply(const ImportPlan &plan)
{
    Result result;
    result.files = plan.files;
    result.problems = plan.problems;
    result.problems.append(duplicates(plan));
    if (hasErrors(result.problems))
        return result;
    CatalogWriter writer(m_store, Origin::Import, m_options.actor,
                         plan.keepDanglingRelations ? CatalogWriter::Dangling::Keep : CatalogWriter::Dangling::Reject);
    QList<Blueprint> blueprints;
    for (const auto &planned : plan.blueprints) {
        const std::optional<Blueprint> stored = plan.mergeBlueprints ? m_store.blueprint(planned.blueprint.identifier) : std::nullopt;
        blueprints.append(stored ? mergedBlueprint(*stored, planned.blueprint) : planned.blueprint);
    }
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
    // Actions last, in the same transaction: they are checked against the model just written.
    ActionStore actions(m_store.database());
    for (const auto &planned : plan.actions) {
        Problems found = actions.write({planned.json}, writer.blueprints(), m_options.actor, Origin::Import);
        locate(found, planned.source.file, planned.source.path);
        result.problems.append(found);
    }
    if (hasErrors(result.problems))
        return result;
    writeScoring(plan, writer.blueprints(), result);
    if (hasErrors(result.problems))
        return result;
    // A dry run resolves relations as a commit would, then rolls back by never committing.
    Problems relationProblems = m_options.dryRun ? writer.verifyRelations() : writer.commit();
    // The Backstage reader already warned of each missing target, with its line: the writer's
    // unplaced repeat of the same warning is left out.
    if (plan.mergeBlueprints)
        relationProblems.removeIf([](const Problem &p) { return !p.isError(); });
    result.problems.append(relationProblems);
    result.ok = !hasErrors(result.problems);
    if (result.ok) {
        result.blueprints = blueprints.size();
        result.entities = plan.entities.size();
        result.actions = plan.actions.size();
        result.scorecards = plan.scorecards.size();
        result.initiatives = plan.initiatives.size();
        result.dashboards = plan.dashboards.size();
    }
    return result;
}

void CatalogImporter::writeScoring(const ImportPlan &plan, const QHash<QString, Blueprint> &blueprints, Result &result)
{
    const auto writeEach = [&](const QList<ImportPlan::PlannedAction> &items, const auto &write) {
        for (const auto &planned : items) {
            Problems found = write(planned.json);
            locate(found, planned.source.file, planned.source.path);
            result.problems.append(found);
        }
    };
    ScorecardStore scorecards(m_store.database());
    writeEach(plan.scorecards, [&](const QJsonObject &json) {
        return scorecards.write({json}, blueprints, m_options.actor, Origin::Import);
    });
    QStringList scorecardIds;
    for (const Scorecard &scorecard : scorecards.scorecards())
        scorecardIds.append(scorecard.identifier);
    InitiativeStore initiatives(m_store.database());
    writeEach(plan.initiatives, [&](const QJsonObject &json) {
        return initiatives.write({json}, scorecardIds, m_options.actor, Origin::Import);
    });
    QStringList initiativeIds;
    for (const Initiative &initiative : initiatives.initiatives())
        initiativeIds.append(initiative.identifier);
    DashboardStore dashboards(m_store.database());
    writeEach(plan.dashboards, [&](const QJsonObject &json) {
        return dashboards.write({json}, blueprints, scorecardIds, initiativeIds, m_options.actor, Origin::Import);
    });
}

} // namespace portolan
