// The migration engine on real SQLite files: each kind of model change applied to a store, the
// failures that must change nothing, the audit record, the portal-as-code file, and the CLI.
#include "bench/benchstore.h"
#include "catalog/derivedvalues.h"
#include "design/impact.h"
#include "design/migration.h"
#include "design/migrationhistory.h"
#include "design/migrationrunner.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace portolan;
using testing::blueprint;
using testing::entity;

namespace {

ModelDraft draftOf(const CatalogStore &store)
{
    return ModelDraft::fromBlueprints(store.blueprints());
}

MigrationResult apply(CatalogStore &store, const ModelDraft &draft)
{
    return applyMigration(store, ModelMigration::fromDraft(draft, u"tester"_s));
}

QString firstError(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.isError())
            return p.toString();
    return {};
}

QString allProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

// Everything a migration could touch, as text: equal snapshots mean an unchanged store.
QString snapshot(const CatalogStore &store)
{
    QStringList rows;
    QSqlQuery q(store.database().connection());
    for (const QString &sql : {u"SELECT identifier, json, position FROM blueprints ORDER BY identifier"_s,
                               u"SELECT * FROM entities ORDER BY id"_s,
                               u"SELECT * FROM relations ORDER BY source, name, target"_s,
                               u"SELECT * FROM dangling_relations ORDER BY 1, 2, 3, 4"_s,
                               u"SELECT COUNT(*), MAX(id) FROM audit"_s,
                               u"SELECT name, sql FROM sqlite_master ORDER BY name"_s}) {
        if (!q.exec(sql))
            return u"query failed: "_s + sql;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).toString());
            rows.append(columns.join(u'|'));
        }
    }
    return rows.join(u'\n');
}

QJsonObject withProperty(QJsonObject bp, const QString &id, const QJsonObject &schema, bool required = false)
{
    QJsonObject s = bp.value("schema"_L1).toObject();
    QJsonObject properties = s.value("properties"_L1).toObject();
    properties.insert(id, schema);
    s.insert(u"properties"_s, properties);
    if (required) {
        QJsonArray list = s.value("required"_L1).toArray();
        list.append(id);
        s.insert(u"required"_s, list);
    }
    bp.insert(u"schema"_s, s);
    return bp;
}

// CPU time of this thread: the build machine is shared, wall time alone says little.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
}

const Blueprint kHost = blueprint(R"({"identifier": "host", "title": "Host", "schema": {"properties": {"port": {"type": "string"}}}})");

} // namespace

class TestMigration final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;

    CatalogStore &store() { return *m_store; }

    void writeHosts(const QStringList &ports)
    {
        QList<Entity> hosts;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            Entity e;
            e.blueprint = u"host"_s;
            e.identifier = u"host-%1"_s.arg(i);
            e.title = u"Host %1"_s.arg(i);
            e.properties.insert(u"port"_s, ports.at(i));
            hosts.append(e);
        }
        testing::write(store(), {kHost}, hosts);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<CatalogStore>(m_dir->filePath(u"portal.sqlite"_s));
        QVERIFY2(m_store->isOpen(), qPrintable(m_store->error()));
        testing::write(store(), testing::portalBlueprints(), testing::portalEntities());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void renamePropertyCarriesValues()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QCOMPARE(result.entitiesMigrated, 2);
        const Entity cart = *store().entity(u"service"_s, u"cart"_s);
        QCOMPARE(cart.properties.value("instances"_L1).toInt(), 3);
        QVERIFY(!cart.properties.contains("replicas"_L1));
        QCOMPARE(cart.updatedBy, u"tester"_s);
        QVERIFY(store().blueprint(u"service"_s)->property(u"instances"));
        // The team's sum follows the renamed property and is recomputed in the same write.
        const QList<AggregationDef> aggregations = store().blueprint(u"team"_s)->aggregations;
        const auto sum = std::find_if(aggregations.begin(), aggregations.end(), [](const AggregationDef &a) { return a.id == "totalReplicas"_L1; });
        QVERIFY(sum != aggregations.end());
        QCOMPARE(sum->property, u"instances"_s);
        QCOMPARE(store().aggregations(u"team"_s, u"payments"_s).value("totalReplicas"_L1).toDouble(), 8.0);
        QVERIFY(result.changes.updatedEntities.value(u"service"_s).contains(u"cart"_s));
        QCOMPARE(result.changes.origin, Origin::Migration);
        // The old property's index goes with it; the new one has its own.
        QSqlQuery q(store().database().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '%$.\"replicas\"%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '%$.\"instances\"%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void renameRelationCarriesLinks()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameRelation(u"service"_s, u"system"_s, u"platform"_s), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        const Entity cart = *store().entity(u"service"_s, u"cart"_s);
        QCOMPARE(cart.relationTargets(u"platform"_s), QStringList{u"shop"_s});
        QVERIFY(!cart.relations.contains("system"_L1));
        QSqlQuery q(store().database().connection());
        QVERIFY(q.exec(u"SELECT name FROM relations r JOIN entities e ON e.id = r.source WHERE e.identifier = 'cart' ORDER BY name"_s));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        QCOMPARE(names, (QStringList{u"dependsOn"_s, u"platform"_s, u"team"_s}));
        // The mirrors now walk the renamed relation.
        const DerivedValues derived(store());
        const QJsonObject mirrors = derived.mirrors(*store().blueprint(u"service"_s), cart);
        QCOMPARE(mirrors.value("tier"_L1).toString(), u"tier-1"_s);
        QCOMPARE(mirrors.value("teamSlack"_L1).toString(), u"#payments"_s);
    }

    void typeChangeConvertsWithTransform()
    {
        writeHosts({u"8080"_s, u"9090"_s});
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.changePropertyType(u"host"_s, u"port"_s, QJsonObject{{u"type"_s, u"number"_s}}, u"tonumber"_s), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QCOMPARE(store().entity(u"host"_s, u"host-0"_s)->properties.value("port"_L1), QJsonValue(8080));
        QCOMPARE(store().entity(u"host"_s, u"host-1"_s)->properties.value("port"_L1), QJsonValue(9090));
        QCOMPARE(result.entitiesMigrated, 2);
    }

    void failingTransformRollsBackEverything()
    {
        writeHosts({u"8080"_s, u"eighty"_s, u"9090"_s});
        const QString before = snapshot(store());
        ModelDraft draft = draftOf(store());
        // Several kinds of change at once: none of them may survive the failure.
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        QCOMPARE(draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Cascade), QString());
        QCOMPARE(draft.changePropertyType(u"host"_s, u"port"_s, QJsonObject{{u"type"_s, u"number"_s}}, u"tonumber"_s), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY(!result.ok());
        const QString error = firstError(result.problems);
        QVERIFY2(error.contains("host \"host-1\""_L1), qPrintable(error));
        QVERIFY2(error.contains("$.properties.port"_L1), qPrintable(error));
        QVERIFY2(error.contains("tonumber"_L1), qPrintable(error));
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(snapshot(store()), before);
        QVERIFY(appliedMigrations(store()).isEmpty());
    }

    void deleteBlueprintWithCascadeRemovesEntitiesAndRelations()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Cascade), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QVERIFY(!store().blueprint(u"system"_s));
        QVERIFY(store().entities(u"system"_s).isEmpty());
        QVERIFY(!store().entity(u"system"_s, u"shop"_s));
        const Entity cart = *store().entity(u"service"_s, u"cart"_s);
        QVERIFY(!cart.relations.contains("system"_L1));
        QVERIFY(!store().blueprint(u"service"_s)->mirror(u"tier"));
        QSqlQuery q(store().database().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM relations WHERE name = 'system' OR source NOT IN (SELECT id FROM entities)"
                       " OR target NOT IN (SELECT id FROM entities)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(store().danglingRelations().isEmpty());
        for (const SearchHit &hit : store().search(u"Shop"_s))
            QVERIFY2(hit.blueprint != "system"_L1, qPrintable(hit.identifier));
        QCOMPARE(store().audit(u"entity"_s, u"system"_s, u"shop"_s).last().action, u"delete"_s);
        QCOMPARE(store().audit(u"blueprint"_s, u"system"_s, u"system"_s).last().action, u"delete"_s);
        QVERIFY(result.changes.deletedEntities.value(u"system"_s).contains(u"shop"_s));
        QCOMPARE(store().stats().value("entityCount"_L1).toInt(), 3);
    }

    void blockedDeletionIsRefused()
    {
        ModelDraft draft = draftOf(store());
        const ModelDraft before = draft;
        QVERIFY(!draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Block).isEmpty());
        QVERIFY(draft == before);
        // A migration file asking for a blocked deletion is refused by the portal's model too.
        const QString snapshotBefore = snapshot(store());
        ModelMigration migration;
        migration.id = QUuid::createUuid();
        migration.removedBlueprints = {u"system"_s};
        migration.steps = {{DataStep::Kind::DeleteBlueprint, u"system"_s, {}, {}, {}, false}};
        const MigrationResult result = applyMigration(store(), migration);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().path, u"$.steps[0]"_s);
        QVERIFY2(result.problems.first().message.contains("service.system"_L1), qPrintable(result.problems.first().toString()));
        QCOMPARE(snapshot(store()), snapshotBefore);
    }

    void addedRequiredPropertyWithoutDefaultFails()
    {
        const QString before = snapshot(store());
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.putBlueprint(withProperty(draft.json(u"service"_s), u"owner"_s, QJsonObject{{u"type"_s, u"string"_s}}, true)), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY(!result.ok());
        QStringList listed;
        for (const Problem &p : result.problems) {
            QCOMPARE(p.path, u"$.properties.owner"_s);
            listed.append(p.message.section(u':', 0, 0));
        }
        listed.sort();
        QCOMPARE(listed, (QStringList{u"service \"cart\""_s, u"service \"pricing\""_s}));
        QCOMPARE(snapshot(store()), before);

        // With a default, the stored entities get it.
        ModelDraft withDefault = draftOf(store());
        QCOMPARE(withDefault.putBlueprint(withProperty(withDefault.json(u"service"_s), u"owner"_s,
                                                       QJsonObject{{u"type"_s, u"string"_s}, {u"default"_s, u"nobody"_s}}, true)),
                 QString());
        const MigrationResult filled = apply(store(), withDefault);
        QVERIFY2(filled.ok(), qPrintable(allProblems(filled.problems)));
        QCOMPARE(store().entity(u"service"_s, u"pricing"_s)->properties.value("owner"_L1).toString(), u"nobody"_s);
    }

    void relationBecomingSingleKeepsOneValueAndDropsSeveral()
    {
        testing::write(store(), {}, {entity(R"({"identifier": "checkout", "blueprint": "service", "title": "Checkout",
                                                  "relations": {"dependsOn": ["cart", "pricing"]}})")});
        ModelDraft draft = draftOf(store());
        QJsonObject service = draft.json(u"service"_s);
        QJsonObject relations = service.value("relations"_L1).toObject();
        relations.insert(u"dependsOn"_s, QJsonObject{{u"target"_s, u"service"_s}, {u"many"_s, false}});
        service.insert(u"relations"_s, relations);
        QCOMPARE(draft.putBlueprint(service), QString());
        const MigrationResult result = apply(store(), draft);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QCOMPARE(store().entity(u"service"_s, u"cart"_s)->relations.value("dependsOn"_L1), QJsonValue(u"pricing"_s));
        QVERIFY(!store().entity(u"service"_s, u"checkout"_s)->relations.contains("dependsOn"_L1));
    }

    void appliedMigrationIsInTheAuditLog()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const ModelMigration migration = ModelMigration::fromDraft(draft, u"alice"_s);
        QVERIFY2(applyMigration(store(), migration).ok(), "apply failed");
        const QList<AuditEntry> entries = store().audit(u"migration"_s, u""_s, migration.idText());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, u"alice"_s);
        QCOMPARE(entries.first().origin, originName(Origin::Migration));
        QCOMPARE(entries.first().after, migration.toJson());
        const QList<ModelMigration> applied = appliedMigrations(store());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().id, migration.id);
        QVERIFY(!applied.first().appliedAt.isEmpty());
        QCOMPARE(appliedMigration(store(), u"latest"_s)->id, migration.id);
        QCOMPARE(appliedMigration(store(), migration.idText().left(8))->id, migration.id);
        QVERIFY(!appliedMigration(store(), u"00000000"_s));
        // The same migration twice would rename a property that is gone: refused, by id.
        const MigrationResult again = applyMigration(store(), migration);
        QVERIFY(!again.ok());
        QVERIFY2(firstError(again.problems).contains("already applied"_L1), qPrintable(firstError(again.problems)));
    }

    void exportedMigrationAppliesToAnotherPortal()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        QCOMPARE(draft.renameRelation(u"service"_s, u"dependsOn"_s, u"uses"_s), QString());
        QCOMPARE(draft.changePropertyType(u"service"_s, u"description"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"markdown"_s}},
                                          u"ascii_upcase"_s), QString());
        QCOMPARE(draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Cascade), QString());
        QCOMPARE(draft.createBlueprint(QJsonObject{{u"identifier"_s, u"region"_s}, {u"title"_s, u"Region"_s}}), QString());
        const MigrationResult first = apply(store(), draft);
        QVERIFY2(first.ok(), qPrintable(allProblems(first.problems)));
        const QString file = m_dir->filePath(u"exported.json"_s);
        QCOMPARE(appliedMigration(store(), u"latest"_s)->save(file), QString());

        CatalogStore second(m_dir->filePath(u"second.sqlite"_s));
        testing::write(second, testing::portalBlueprints(), testing::portalEntities());
        Problems problems;
        const std::optional<ModelMigration> loaded = ModelMigration::load(file, &problems);
        QVERIFY2(loaded, qPrintable(allProblems(problems)));
        QCOMPARE(loaded->steps, draft.steps());
        const MigrationResult result = applyMigration(second, *loaded);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));

        const auto model = [](const CatalogStore &s) {
            QList<QJsonObject> jsons;
            for (const Blueprint &bp : s.blueprints())
                jsons.append(bp.json);
            return jsons;
        };
        QCOMPARE(model(second), model(store()));
        for (const QString &id : {u"cart"_s, u"pricing"_s}) {
            const Entity a = *store().entity(u"service"_s, id);
            const Entity b = *second.entity(u"service"_s, id);
            QCOMPARE(b.properties, a.properties);
            QCOMPARE(b.relations, a.relations);
        }
        QCOMPARE(store().entity(u"service"_s, u"cart"_s)->properties.value("instances"_L1).toInt(), 3);
        QCOMPARE(store().entity(u"service"_s, u"cart"_s)->properties.value("description"_L1).toString(), u"KEEPS THE SHOPPING BASKET"_s);
        QCOMPARE(store().entity(u"service"_s, u"cart"_s)->relationTargets(u"uses"_s), QStringList{u"pricing"_s});
        QCOMPARE(appliedMigrations(second).first().id, loaded->id);
    }

    void migrationJsonRoundTripsAndReportsPaths()
    {
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const ModelMigration m = ModelMigration::fromDraft(draft, u"alice"_s);
        QCOMPARE(m.toJson().value("portolanMigration"_L1).toInt(), 1);
        Problems problems;
        const std::optional<ModelMigration> back = ModelMigration::fromJson(m.toJson(), &problems);
        QVERIFY2(back, qPrintable(allProblems(problems)));
        QCOMPARE(back->toJson(), m.toJson());
        QCOMPARE(back->blueprints.size(), 2); // service and team (its aggregation followed the rename)

        QJsonObject broken = m.toJson();
        broken.insert(u"steps"_s, QJsonArray{QJsonObject{{u"kind"_s, u"explode"_s}, {u"blueprint"_s, u"service"_s}}});
        broken.insert(u"blueprints"_s, QJsonArray{42});
        broken.insert(u"id"_s, u"not-a-uuid"_s);
        problems.clear();
        QVERIFY(!ModelMigration::fromJson(broken, &problems));
        QStringList paths;
        for (const Problem &p : problems)
            paths.append(p.path);
        paths.sort();
        QCOMPARE(paths, (QStringList{u"$.blueprints[0]"_s, u"$.id"_s, u"$.steps[0].kind"_s}));

        problems.clear();
        QVERIFY(!ModelMigration::fromJson(QJsonObject{{u"identifier"_s, u"service"_s}}, &problems));
        QCOMPARE(problems.first().path, u"$.portolanMigration"_s);
    }

    void cancellingRollsBack()
    {
        const QString before = snapshot(store());
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        qint64 seenTotal = 0;
        const MigrationResult result = applyMigration(store(), ModelMigration::fromDraft(draft, u"tester"_s), [&](qint64, qint64 total) {
            seenTotal = total;
            return false;
        });
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result.problems).contains("cancelled"_L1), qPrintable(firstError(result.problems)));
        QCOMPARE(seenTotal, 3); // two services, and the team whose aggregation follows the rename
        QCOMPARE(snapshot(store()), before);
    }

    void writerStillRefusesUnmigratedChanges()
    {
        // Outside a migration, a blueprint change that breaks stored entities is refused, and says where to go.
        ModelDraft draft = draftOf(store());
        QCOMPARE(draft.putBlueprint(withProperty(draft.json(u"service"_s), u"owner"_s, QJsonObject{{u"type"_s, u"string"_s}}, true)), QString());
        CatalogWriter writer(store(), Origin::UI, u"tester"_s);
        const Problems problems = writer.putBlueprints({draft.blueprint(u"service"_s)});
        QVERIFY(hasErrors(problems));
        QVERIFY2(problems.last().message.contains("portolan migrate"_L1), qPrintable(problems.last().toString()));
    }

    void removingABlueprintOthersStillUseFailsAtCommit()
    {
        const QString before = snapshot(store());
        {
            CatalogWriter writer(store(), Origin::Migration, u"tester"_s);
            QCOMPARE(writer.removeBlueprint(u"system"_s).size(), 0); // checked as a whole at commit
            const Problems problems = writer.commit();
            QVERIFY(hasErrors(problems));
            QVERIFY2(firstError(problems).contains("blueprint \"service\""_L1), qPrintable(firstError(problems)));
        }
        QCOMPARE(snapshot(store()), before);
    }

    void cliDryRunPrintsTheImpactAndChangesNothing()
    {
        if (!QFileInfo(QStringLiteral(PORTOLAN_BINARY)).isExecutable())
            QSKIP("the portolan binary is not built");
        ModelDraft rename = draftOf(store());
        QCOMPARE(rename.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const QString good = m_dir->filePath(u"rename.json"_s);
        QCOMPARE(ModelMigration::fromDraft(rename, u"alice"_s).save(good), QString());
        ModelDraft required = draftOf(store());
        QCOMPARE(required.putBlueprint(withProperty(required.json(u"service"_s), u"owner"_s, QJsonObject{{u"type"_s, u"string"_s}}, true)), QString());
        const QString bad = m_dir->filePath(u"required.json"_s);
        QCOMPARE(ModelMigration::fromDraft(required, u"alice"_s).save(bad), QString());
        const QString db = m_store->database().path();
        const QString before = snapshot(store());
        m_store.reset(); // the binary opens the file itself

        const auto run = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
            env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/data"_s));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PORTOLAN_BINARY), QStringList{u"migrate"_s} + args + QStringList{u"--db"_s, db});
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        auto [code, out, err] = run({u"apply"_s, good, u"--dry-run"_s});
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY2(out.contains("impact: 2 entities change"_L1), qPrintable(out));
        QVERIFY2(out.contains("dry run"_L1), qPrintable(out));

        std::tie(code, out, err) = run({u"apply"_s, bad, u"--dry-run"_s});
        QVERIFY2(code == 1, qPrintable(out + err));
        QVERIFY2(out.contains("service \"cart\": $.properties.owner: required property is missing"_L1), qPrintable(out));

        m_store = std::make_unique<CatalogStore>(db);
        QCOMPARE(snapshot(store()), before);
        m_store.reset();

        std::tie(code, out, err) = run({u"apply"_s, good});
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY2(out.contains("applied migration"_L1), qPrintable(out));
        std::tie(code, out, err) = run({u"list"_s});
        QVERIFY2(code == 0 && out.contains(u"rename property replicas → instances on service"_s), qPrintable(out + err));
        const QString exported = m_dir->filePath(u"out.json"_s);
        std::tie(code, out, err) = run({u"export"_s, u"latest"_s, exported});
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY(ModelMigration::load(exported, nullptr));
        std::tie(code, out, err) = run({u"frobnicate"_s});
        QCOMPARE(code, 2);
    }

    // Not a check: timings for the report. PORTOLAN_MIGRATION_BENCH=<entities> [PORTOLAN_MIGRATION_BENCH_DIR=<dir>]
    // renames deployment.version (70% of the entities) on a generated store, three times on fresh copies.
    void benchRenameOnAGeneratedStore()
    {
        const qint64 entities = qEnvironmentVariableIntValue("PORTOLAN_MIGRATION_BENCH");
        if (entities <= 0)
            QSKIP("set PORTOLAN_MIGRATION_BENCH=<entities> to time impact and apply");
        const QString dir = qEnvironmentVariable("PORTOLAN_MIGRATION_BENCH_DIR", m_dir->path());
        const QString source = dir + u"/bench-%1.sqlite"_s.arg(entities);
        QCOMPARE(ensureBenchStore(source, entities), QString());
        QList<qint64> impactMs;
        QList<qint64> applyMs;
        for (int run = 0; run < 3; ++run) {
            const QString copy = dir + u"/bench-copy.sqlite"_s;
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(copy + suffix);
            QVERIFY(QFile::copy(source, copy));
            CatalogStore bench(copy);
            ModelDraft draft = draftOf(bench);
            QCOMPARE(draft.renameProperty(u"deployment"_s, u"version"_s, u"release"_s), QString());
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = cpuMs();
            const Impact impact = analyseImpact(bench, draft);
            impactMs.append(timer.restart());
            const qint64 impactCpu = cpuMs() - cpuStart;
            QVERIFY2(impact.canApply(), qPrintable(impact.summary()));
            const MigrationResult result = apply(bench, draft);
            applyMs.append(timer.elapsed());
            const qint64 applyCpu = cpuMs() - cpuStart - impactCpu;
            QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
            qInfo().noquote() << u"run %1: impact %2 ms (CPU %3 ms; %4), apply %5 ms (CPU %6 ms; %7 entities rewritten)"_s.arg(run + 1)
                                     .arg(impactMs.last()).arg(impactCpu).arg(impact.summary()).arg(applyMs.last()).arg(applyCpu)
                                     .arg(result.entitiesMigrated);
        }
        std::sort(impactMs.begin(), impactMs.end());
        std::sort(applyMs.begin(), applyMs.end());
        qInfo().noquote() << u"median of 3 on %1 entities: analyseImpact %2 ms, applyMigration %3 ms"_s.arg(entities).arg(impactMs.at(1)).arg(applyMs.at(1));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
