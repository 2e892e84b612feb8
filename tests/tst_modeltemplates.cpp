// Data-model templates: every built-in one stands alone, and merging one into a portal adds what is
// missing, keeps what the portal defines otherwise and still validates.
#include "demo/demoblueprints.h"
#include "demo/seedcatalog.h"
#include "design/modeldraft.h"
#include "design/modeltemplate.h"
#include "design/templatemerge.h"
#include "designer/designdocument.h"
#include "designer/templatedialog.h"
#include "shell/appearance.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ModelTemplate templateNamed(const QString &identifier)
{
    for (const ModelTemplate &t : builtInTemplates()) {
        if (t.identifier == identifier)
            return t;
    }
    return {};
}

// The brief's C4 model as a portal has it (resources/seed/blueprints, quotes repaired).
ModelDraft seedDraft()
{
    QList<Blueprint> blueprints;
    for (const auto &planned : seedCatalogPlan().blueprints)
        blueprints.append(planned.blueprint);
    return ModelDraft::fromBlueprints(blueprints);
}

const MergeLine *lineFor(const TemplateMerge &merge, const QString &blueprint)
{
    for (const MergeLine &line : merge.lines) {
        if (line.blueprint == blueprint)
            return &line;
    }
    return nullptr;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

// The demo portal's model: from the store named by PORTOLAN_DEMO_DB when set (the screenshots use
// a real demo portal), else the same blueprints as the demo writes them.
ModelDraft demoDraft()
{
    const QString path = qEnvironmentVariable("PORTOLAN_DEMO_DB");
    if (!path.isEmpty()) {
        const CatalogStore store(path);
        if (store.isOpen())
            return ModelDraft::fromBlueprints(store.blueprints());
    }
    QList<Blueprint> blueprints;
    for (const QJsonObject &json : demo::demoBlueprintJson())
        blueprints.append(Blueprint::fromJson(json));
    return ModelDraft::fromBlueprints(blueprints);
}

} // namespace

class TestModelTemplates final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSixTemplatesShip()
    {
        QStringList ids;
        for (const ModelTemplate &t : builtInTemplates()) {
            ids.append(t.identifier);
            QVERIFY2(!t.title.isEmpty() && !t.description.isEmpty(), qPrintable(t.identifier));
        }
        QCOMPARE(ids, (QStringList{u"sdlc"_s, u"c4"_s, u"kubernetes"_s, u"api-catalog"_s, u"incident-management"_s, u"dora"_s}));
    }

    void everyTemplateValidatesAloneAndAppliesToAnEmptyPortal_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QStringList>("blueprints");
        QTest::newRow("sdlc") << u"sdlc"_s << QStringList{u"service"_s, u"environment"_s, u"runningService"_s};
        QTest::newRow("c4") << u"c4"_s << QStringList{u"Domain"_s, u"System"_s, u"Component"_s, u"API"_s, u"Resource"_s};
        QTest::newRow("kubernetes") << u"kubernetes"_s << QStringList{u"cluster"_s, u"namespace"_s, u"workload"_s, u"pod"_s};
        QTest::newRow("api-catalog") << u"api-catalog"_s << QStringList{u"api"_s, u"apiVersion"_s, u"endpoint"_s, u"service"_s};
        QTest::newRow("incident-management") << u"incident-management"_s << QStringList{u"service"_s, u"incident"_s};
        QTest::newRow("dora") << u"dora"_s << QStringList{u"service"_s, u"deployment"_s, u"pullRequest"_s, u"incident"_s};
    }

    void everyTemplateValidatesAloneAndAppliesToAnEmptyPortal()
    {
        QFETCH(QString, identifier);
        QFETCH(QStringList, blueprints);
        const ModelTemplate t = templateNamed(identifier);
        QCOMPARE(t.identifier, identifier);

        ModelDraft alone;
        for (const QJsonObject &json : t.blueprints)
            QCOMPARE(alone.createBlueprint(json), QString());
        QVERIFY2(alone.validate().isEmpty(), qPrintable(describe(alone.validate())));

        const TemplateMerge merge = mergeTemplate(ModelDraft(), t);
        QCOMPARE(merge.result.identifiers(), blueprints);
        QVERIFY2(merge.result.validate().isEmpty(), qPrintable(describe(merge.result.validate())));
        for (const MergeLine &line : merge.lines) {
            QCOMPARE(line.kind, MergeLine::Kind::New);
            QVERIFY2(line.conflicts.isEmpty(), qPrintable(line.conflicts.join(u'\n')));
            QCOMPARE(merge.result.json(line.blueprint), t.blueprints.at(blueprints.indexOf(line.blueprint)));
        }
        QVERIFY(merge.changesDraft());
        QCOMPARE(merge.summary(), u"%1 new"_s.arg(blueprints.size()));
    }

    void templatesUseCalculationsMirrorsAggregationsAndEnumColours()
    {
        int calculations = 0, mirrors = 0, aggregations = 0, colouredEnums = 0;
        for (const ModelTemplate &t : builtInTemplates()) {
            for (const QJsonObject &json : t.blueprints) {
                const Blueprint bp = Blueprint::fromJson(json);
                calculations += bp.calculations.size();
                mirrors += bp.mirrors.size();
                aggregations += bp.aggregations.size();
                for (const PropertyDef &p : bp.properties)
                    colouredEnums += p.enumColors.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(calculations >= 6);
        QVERIFY(mirrors >= 6);
        QVERIFY(aggregations >= 6);
        QVERIFY(colouredEnums >= 12);
    }

    void c4MergesIntoTheBriefsModelWithoutConflicts()
    {
        const ModelDraft seed = seedDraft();
        QCOMPARE(seed.identifiers().size(), 5);
        QVERIFY2(seed.validate().isEmpty(), qPrintable(describe(seed.validate())));

        const TemplateMerge merge = mergeTemplate(seed, templateNamed(u"c4"_s));
        QCOMPARE(merge.lines.size(), 5);
        for (const MergeLine &line : merge.lines) {
            QVERIFY2(line.kind == MergeLine::Kind::Extended || line.kind == MergeLine::Kind::Same,
                     qPrintable(line.blueprint + u": "_s + line.conflicts.join(u"; "_s)));
            QVERIFY(line.conflicts.isEmpty());
        }
        // What the seed has stays as it is; the template's extras come in.
        const MergeLine *component = lineFor(merge, u"Component"_s);
        QVERIFY(component);
        QCOMPARE(component->kind, MergeLine::Kind::Extended);
        QVERIFY(component->added.contains(u"property lifecycle"_s));
        QVERIFY(!component->added.contains(u"property type"_s));
        QVERIFY(!component->added.contains(u"relation system"_s));
        QCOMPARE(merge.result.json(u"Component"_s).value("relations"_L1), seed.json(u"Component"_s).value("relations"_L1));
        QVERIFY2(merge.result.validate().isEmpty(), qPrintable(describe(merge.result.validate())));

        // Merging again finds everything there.
        const TemplateMerge again = mergeTemplate(merge.result, templateNamed(u"c4"_s));
        for (const MergeLine &line : again.lines)
            QCOMPARE(line.kind, MergeLine::Kind::Same);
        QVERIFY(!again.changesDraft());
        QCOMPARE(again.result, merge.result);
    }

    void aConflictingPortalKeepsItsDefinitions()
    {
        // tier is a free string here, "health" a number, and "environment" a property where the
        // template has a relation.
        const ModelDraft portal = ModelDraft::fromBlueprints({
            Blueprint::fromJson(object(R"({"identifier": "service", "title": "Service",
                "schema": {"properties": {"tier": {"type": "string"}, "language": {"type": "string"}}}})")),
            Blueprint::fromJson(object(R"({"identifier": "runningService", "title": "Running",
                "schema": {"properties": {"health": {"type": "number"}, "environment": {"type": "string"}}},
                "relations": {"service": {"target": "service", "many": false}}})")),
        });
        const TemplateMerge merge = mergeTemplate(portal, templateNamed(u"sdlc"_s));

        const MergeLine *service = lineFor(merge, u"service"_s);
        QVERIFY(service);
        QCOMPARE(service->kind, MergeLine::Kind::Conflict);
        QVERIFY2(service->conflicts.contains(u"service.tier: template says enum [tier-1, tier-2, tier-3], portal keeps string"_s),
                 qPrintable(service->conflicts.join(u'\n')));
        QVERIFY(service->added.contains(u"property lifecycle"_s));
        QCOMPARE(merge.result.json(u"service"_s).value("schema"_L1)["properties"_L1]["tier"_L1].toObject(),
                 object(R"({"type": "string"})"));

        const MergeLine *running = lineFor(merge, u"runningService"_s);
        QVERIFY(running);
        QCOMPARE(running->kind, MergeLine::Kind::Conflict);
        QVERIFY2(running->conflicts.contains(u"runningService.environment: template says relation to environment, required, "
                                             "portal keeps property string"_s),
                 qPrintable(running->conflicts.join(u'\n')));
        QVERIFY(running->conflicts.contains(u"runningService.health: template says enum [healthy, degraded, unhealthy, unknown], "
                                            "portal keeps number"_s));
        // The mirror through the template's environment relation cannot work here: left out, and said.
        QVERIFY(!merge.result.json(u"runningService"_s).value("mirrorProperties"_L1).toObject().contains("environmentType"_L1));
        QVERIFY2(std::any_of(running->conflicts.begin(), running->conflicts.end(),
                             [](const QString &c) { return c.startsWith("runningService.environmentType: left out"_L1); }),
                 qPrintable(running->conflicts.join(u'\n')));
        QCOMPARE(lineFor(merge, u"environment"_s)->kind, MergeLine::Kind::New);
        QVERIFY2(merge.result.validate().isEmpty(), qPrintable(describe(merge.result.validate())));
        QCOMPARE(merge.summary(), u"1 new, 2 with conflicts"_s);
    }

    void fieldsAddedToAStoredBlueprintAreOptional()
    {
        const ModelDraft portal = ModelDraft::fromBlueprints({
            Blueprint::fromJson(object(R"({"identifier": "service", "title": "Service"})")),
            Blueprint::fromJson(object(R"({"identifier": "runningService", "title": "Running"})")),
        });
        const TemplateMerge merge = mergeTemplate(portal, templateNamed(u"sdlc"_s));
        const QJsonObject running = merge.result.json(u"runningService"_s);
        QCOMPARE(running.value("relations"_L1)["service"_L1]["required"_L1].toBool(true), false);
        QVERIFY(running.value("schema"_L1)["required"_L1].toArray().isEmpty());
        QCOMPARE(lineFor(merge, u"runningService"_s)->addedSummary(), u"+6 properties, +2 relations, +4 mirrors, +2 calculations"_s);
        QVERIFY2(merge.result.validate().isEmpty(), qPrintable(describe(merge.result.validate())));
    }

    void aTemplateRelationComesOnlyWithItsTarget()
    {
        // The portal deleted its stored "environment" in this draft: the template may not bring it
        // back behind the user's back, so what relates to it stays out.
        ModelDraft portal = ModelDraft::fromBlueprints({
            Blueprint::fromJson(object(R"({"identifier": "environment", "title": "Environment"})")),
        });
        QCOMPARE(portal.removeBlueprint(u"environment"_s, ModelDraft::DeleteMode::Block), QString());
        const TemplateMerge merge = mergeTemplate(portal, templateNamed(u"sdlc"_s));
        QCOMPARE(lineFor(merge, u"environment"_s)->kind, MergeLine::Kind::Conflict);
        QVERIFY(!merge.result.contains(u"environment"_s));
        const QJsonObject running = merge.result.json(u"runningService"_s);
        QVERIFY(!running.value("relations"_L1).toObject().contains("environment"_L1));
        QVERIFY(running.value("relations"_L1).toObject().contains("service"_L1));
        QVERIFY2(merge.result.validate().isEmpty(), qPrintable(describe(merge.result.validate())));
    }

    void loadTemplateReportsAMalformedFileWithLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mine.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"identifier\": \"mine\",\n  \"blueprints\": [\n    {\"identifier\": \"x\" \"title\": \"X\"}\n  ]\n}\n");
        file.close();
        Problems problems;
        QVERIFY(!loadTemplate(path, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, path);
        QCOMPARE(problems.first().line, 4);
        QCOMPARE(problems.first().column, 24);
    }

    void loadTemplateReportsInvalidBlueprintsWhereTheyAre()
    {
        const QByteArray text = "{\"identifier\": \"mine\", \"title\": \"Mine\", \"blueprints\": [\n"
                                "  {\"identifier\": \"a\", \"title\": \"A\"},\n"
                                "  {\"identifier\": \"b\", \"title\": \"B\",\n"
                                "   \"relations\": {\"a\": {\"target\": \"nowhere\"}}}\n"
                                "]}\n";
        Problems problems;
        QVERIFY(!parseTemplate(text, u"mine.json"_s, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, u"$.blueprints[1].relations.a.target"_s);
        QCOMPARE(problems.first().line, 4);
        QCOMPARE(problems.first().column, 34);
    }

    void aListOfBlueprintsIsATemplateNamedAfterItsFile()
    {
        Problems problems;
        const auto t = parseTemplate("[{\"identifier\": \"team\", \"title\": \"Team\"}]", u"/tmp/our-teams.json"_s, &problems);
        QVERIFY2(t, qPrintable(problems.value(0).toString()));
        QCOMPARE(t->identifier, u"our-teams"_s);
        QCOMPARE(t->title, u"our-teams"_s);
        QCOMPARE(t->blueprints.size(), 1);
    }

    void theDialogPreviewsTheMergeAndAppliesItAsOneUndoStep()
    {
        DesignDocument document;
        document.reset(seedDraft());
        TemplateDialog dialog(document);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.templateList()->count(), 6);
        QCOMPARE(dialog.templateList()->currentRow(), 0);

        // Arrows choose: down from SDLC is C4, whose preview says what the seed gains.
        dialog.templateList()->setFocus();
        QTest::keyClick(dialog.templateList(), Qt::Key_Down);
        QCOMPARE(dialog.templateList()->currentRow(), 1);
        QTreeWidget *preview = dialog.preview();
        QCOMPARE(preview->topLevelItemCount(), 5);
        QCOMPARE(preview->topLevelItem(2)->text(0), u"Component"_s);
        QVERIFY2(preview->topLevelItem(2)->text(1).startsWith(u"Extends · +3 properties"_s), qPrintable(preview->topLevelItem(2)->text(1)));

        // Enter applies: one undo step, which undoes all of it.
        QTest::keyClick(dialog.templateList(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), u"Apply template C4 model"_s);
        QVERIFY(definitionsOf(document.draft().json(u"Component"_s)).contains("lifecycle"_L1));
        document.undoStack()->undo();
        QCOMPARE(document.draft(), seedDraft());
    }

    void theDialogShowsConflictsAgainstTheDemoPortal()
    {
        DesignDocument document;
        document.reset(demoDraft());
        TemplateDialog dialog(document);
        dialog.selectTemplate(u"sdlc"_s);
        const QTreeWidgetItem *service = dialog.preview()->topLevelItem(0);
        QCOMPARE(service->text(0), u"service"_s);
        QVERIFY2(service->text(1).startsWith("Conflicts"_L1), qPrintable(service->text(1)));
        QVERIFY(service->isExpanded());
        QVERIFY(service->childCount() > 0);
        // Under its blueprint, a conflict says what differs: the demo has Scala where the template has C#.
        QCOMPARE(service->child(0)->text(0),
                 u"language: template says enum with C# (7 values alike)\nportal keeps enum with Scala (7 values alike)"_s);
        QVERIFY(dialog.merge().result.validate().isEmpty());
        renderDialog(dialog, u"template-dialog"_s);
        // DORA brings what the demo's delivery blueprints lack, and keeps theirs.
        dialog.selectTemplate(u"dora"_s);
        QVERIFY(dialog.merge().result.validate().isEmpty());
        renderDialog(dialog, u"template-dialog-dora"_s);
    }

private:
    static QJsonObject definitionsOf(const QJsonObject &blueprint)
    {
        return blueprint.value("schema"_L1).toObject().value("properties"_L1).toObject();
    }

    // Light and dark pictures; kept when PORTOLAN_SHOTS names a folder (to look at them).
    static void renderDialog(QWidget &widget, const QString &name)
    {
        Appearance appearance;
        for (const auto &[mode, suffix] : {std::pair{Appearance::Mode::Light, u"light"_s}, std::pair{Appearance::Mode::Dark, u"dark"_s}}) {
            appearance.setMode(mode, false);
            QCoreApplication::processEvents();
            const QImage image = widget.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 600 && image.height() > 400);
            const QString folder = qEnvironmentVariable("PORTOLAN_SHOTS");
            if (!folder.isEmpty())
                QVERIFY(image.save(QDir(folder).filePath(name + u'-' + suffix + u".png"_s)));
        }
    }
};

QTEST_MAIN(TestModelTemplates)
#include "tst_modeltemplates.moc"
