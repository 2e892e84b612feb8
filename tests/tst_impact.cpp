// The impact preview: what applying a draft would do, counted and listed on a known portal.
#include "design/impact.h"
#include "design/modeldraft.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using testing::blueprint;

namespace {

constexpr int kServices = 30; // numbered services besides cart and pricing

// The store fixture plus a calculation that needs replicas to be a number, and a blueprint that no
// draft here touches (its entities must not be read).
QList<Blueprint> impactBlueprints()
{
    QList<Blueprint> blueprints = testing::portalBlueprints();
    QJsonObject service = blueprints[2].json;
    QJsonObject calculations = service.value("calculationProperties"_L1).toObject();
    calculations.insert(u"plusOne"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"calculation"_s, u".properties.replicas + 1"_s}});
    service.insert(u"calculationProperties"_s, calculations);
    blueprints[2] = Blueprint::fromJson(service);
    blueprints.append(blueprint(R"({"identifier": "note", "schema": {"properties": {"text": {"type": "string"}}}})"));
    return blueprints;
}

QJsonObject withSchema(QJsonObject bp, const QString &id, const QJsonValue &schema)
{
    QJsonObject s = bp.value("schema"_L1).toObject();
    QJsonObject properties = s.value("properties"_L1).toObject();
    if (schema.isUndefined())
        properties.remove(id);
    else
        properties.insert(id, schema);
    s.insert(u"properties"_s, properties);
    bp.insert(u"schema"_s, s);
    return bp;
}

const DroppedData *findDropped(const Impact &impact, const QString &blueprint, const QString &field)
{
    for (const DroppedData &d : impact.droppedData)
        if (d.blueprint == blueprint && d.field == field)
            return &d;
    return nullptr;
}

const BrokenField *findBroken(const Impact &impact, const QString &blueprint, const QString &field)
{
    for (const BrokenField &b : impact.brokenFields)
        if (b.blueprint == blueprint && b.field == field)
            return &b;
    return nullptr;
}

} // namespace

class TestImpact final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;

    ModelDraft draft() const { return ModelDraft::fromBlueprints(m_store->blueprints()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<CatalogStore>(m_dir->filePath(u"portal.sqlite"_s));
        QList<Entity> entities = testing::portalEntities();
        entities.append(testing::numberedServices(kServices));
        Entity note;
        note.blueprint = u"note"_s;
        note.identifier = u"hello"_s;
        note.properties.insert(u"text"_s, u"hi"_s);
        entities.append(note);
        testing::write(*m_store, impactBlueprints(), entities);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_dir.reset();
    }

    void unchangedDraftHasNoImpact()
    {
        const Impact impact = analyseImpact(*m_store, draft());
        QVERIFY(impact.canApply());
        QCOMPARE(impact.checkedEntities, 0);
        QCOMPARE(impact.changedEntities, 0);
        QCOMPARE(impact.summary(), u"0 entities change"_s);
    }

    void renameChangesEveryEntityWithAValueAndReadsOnlyAffectedBlueprints()
    {
        ModelDraft d = draft();
        QCOMPARE(d.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const Impact impact = analyseImpact(*m_store, d);
        QVERIFY2(impact.canApply(), qPrintable(impact.summary()));
        // Every service has replicas; the team is read (its aggregation changed) but does not change.
        QCOMPARE(impact.changedEntities, 2 + kServices);
        QCOMPARE(impact.checkedEntities, 2 + kServices + 1);
        QVERIFY(impact.droppedData.isEmpty());
        QVERIFY(impact.brokenFields.isEmpty());
        QCOMPARE(impact.summary(), u"32 entities change"_s);
    }

    void newRequiredPropertyListsEveryEntityWithJumpKeys()
    {
        ModelDraft d = draft();
        QJsonObject service = withSchema(d.json(u"service"_s), u"owner"_s, QJsonObject{{u"type"_s, u"string"_s}});
        QJsonObject schema = service.value("schema"_L1).toObject();
        schema.insert(u"required"_s, QJsonArray{u"owner"_s});
        service.insert(u"schema"_s, schema);
        QCOMPARE(d.putBlueprint(service), QString());
        const Impact impact = analyseImpact(*m_store, d);
        QVERIFY(!impact.canApply());
        QCOMPARE(impact.invalidCount, 2 + kServices);
        QCOMPARE(impact.invalidEntities.size(), 2 + kServices);
        QCOMPARE(impact.invalidPerBlueprint.value(u"service"_s), 2 + kServices);
        QCOMPARE(impact.invalidPerBlueprint.size(), 1);
        // Identifier order: cart first; the key opens the entity.
        const InvalidEntity &first = impact.invalidEntities.first();
        QCOMPARE(first.key, (EntityKey{u"service"_s, u"cart"_s}));
        QCOMPARE(first.title, u"Cart Service"_s);
        QCOMPARE(first.problems.size(), 1);
        QCOMPARE(first.problems.first().path, u"$.properties.owner"_s);
        QCOMPARE(impact.invalidEntities.last().key, (EntityKey{u"service"_s, u"svc-029"_s}));
        QCOMPARE(impact.changedEntities, 0);
        QCOMPARE(impact.summary(), u"0 entities change, 32 fail validation"_s);
    }

    void removedPropertyBreaksTheMirrorAndDropsValues()
    {
        ModelDraft d = draft();
        QCOMPARE(d.putBlueprint(withSchema(d.json(u"system"_s), u"tier"_s, QJsonValue::Undefined)), QString());
        const Impact impact = analyseImpact(*m_store, d);
        const BrokenField *mirror = findBroken(impact, u"service"_s, u"tier"_s);
        QVERIFY(mirror);
        QCOMPARE(mirror->kind, u"mirror"_s);
        QVERIFY2(mirror->reason.contains("tier"_L1), qPrintable(mirror->reason));
        QVERIFY(hasErrors(impact.modelProblems));
        QVERIFY(!impact.canApply());
        const DroppedData *dropped = findDropped(impact, u"system"_s, u"tier"_s);
        QVERIFY(dropped);
        QVERIFY(!dropped->relation);
        QCOMPARE(dropped->entities, 1);
        QCOMPARE(impact.changedEntities, 1);
        QVERIFY2(impact.summary().contains("1 property value dropped"_L1), qPrintable(impact.summary()));
    }

    void cascadeDeleteCountsDeletedEntitiesAndDroppedRelations()
    {
        ModelDraft d = draft();
        QCOMPARE(d.removeBlueprint(u"team"_s, ModelDraft::DeleteMode::Cascade), QString());
        const Impact impact = analyseImpact(*m_store, d);
        QVERIFY2(impact.canApply(), qPrintable(impact.summary()));
        QCOMPARE(impact.deletedEntities.size(), 1);
        QCOMPARE(impact.deletedEntities.first().blueprint, u"team"_s);
        QCOMPARE(impact.deletedEntities.first().entities, 1);
        const DroppedData *services = findDropped(impact, u"service"_s, u"team"_s);
        QVERIFY(services);
        QVERIFY(services->relation);
        QCOMPARE(services->entities, 2); // cart and pricing
        QCOMPARE(services->values, 2);
        const DroppedData *systems = findDropped(impact, u"system"_s, u"team"_s);
        QVERIFY(systems);
        QCOMPARE(systems->entities, 1);
        // The mirror through system.team goes with the cascade.
        const BrokenField *slack = findBroken(impact, u"service"_s, u"teamSlack"_s);
        QVERIFY(slack);
        QCOMPARE(slack->kind, u"mirror"_s);
        QCOMPARE(impact.changedEntities, 3);
        QCOMPARE(impact.summary(), u"3 entities change, 3 relation values dropped, 1 entity deleted, 1 derived property breaks"_s);
    }

    void retargetedAndNarrowedRelationsDropTheirValues()
    {
        testing::write(*m_store, {}, {testing::entity(R"({"identifier": "checkout", "blueprint": "service", "title": "Checkout",
                                                            "relations": {"dependsOn": ["cart", "pricing", "svc-001"]}})")});
        ModelDraft d = draft();
        QJsonObject service = d.json(u"service"_s);
        QJsonObject relations = service.value("relations"_L1).toObject();
        relations.insert(u"dependsOn"_s, QJsonObject{{u"target"_s, u"service"_s}, {u"many"_s, false}});
        relations.insert(u"team"_s, QJsonObject{{u"target"_s, u"system"_s}, {u"many"_s, false}});
        service.insert(u"relations"_s, relations);
        QCOMPARE(d.putBlueprint(service), QString());
        const Impact impact = analyseImpact(*m_store, d);
        const DroppedData *narrowed = findDropped(impact, u"service"_s, u"dependsOn"_s);
        QVERIFY(narrowed);
        QCOMPARE(narrowed->entities, 1); // checkout; cart's single value is kept
        QCOMPARE(narrowed->values, 3);
        const DroppedData *retargeted = findDropped(impact, u"service"_s, u"team"_s);
        QVERIFY(retargeted);
        QCOMPARE(retargeted->values, 2);
        QVERIFY2(retargeted->reason.contains("from team to system"_L1), qPrintable(retargeted->reason));
        QCOMPARE(impact.droppedValues(true), 5);
        CatalogWriter writer(*m_store, Origin::UI, u"tester"_s);
        QCOMPARE(writer.removeEntity(u"service"_s, u"checkout"_s).size(), 0);
        QCOMPARE(writer.commit().size(), 0);
    }

    void typeChangeBreaksCalculationsAndPreviewsConversions()
    {
        ModelDraft d = draft();
        QCOMPARE(d.changePropertyType(u"service"_s, u"replicas"_s, QJsonObject{{u"type"_s, u"string"_s}}, u"tostring"_s), QString());
        const Impact impact = analyseImpact(*m_store, d);
        const BrokenField *plusOne = findBroken(impact, u"service"_s, u"plusOne"_s);
        QVERIFY(plusOne);
        QCOMPARE(plusOne->kind, u"calculation"_s);
        QVERIFY2(plusOne->reason.startsWith(u"32 of 32 sampled entities"_s), qPrintable(plusOne->reason));
        // The team's sum needs a number property: a model error, and a broken aggregation.
        QVERIFY(findBroken(impact, u"team"_s, u"totalReplicas"_s));
        QCOMPARE(impact.conversions.size(), 1);
        const TransformPreview &conversion = impact.conversions.first();
        QCOMPARE(conversion.storedProperty, u"replicas"_s);
        QCOMPARE(conversion.preview.total, 2 + kServices);
        QCOMPARE(conversion.preview.failures, 0);
        QCOMPARE(conversion.preview.samples.size(), 20);
        QCOMPARE(conversion.preview.samples.first().after, QJsonValue(u"3"_s));
    }

    void conversionPreviewPutsFailuresFirstAndCountsThemAll()
    {
        // svc-000 … have replicas i % 7: a transform failing on odd values fails on some of them.
        const ConversionPreview preview = previewConversion(*m_store, u"service"_s, u"replicas"_s,
                                                            u"if . % 2 == 1 then error(\"odd\") else . end"_s,
                                                            QJsonObject{{u"type"_s, u"number"_s}}, 5);
        QCOMPARE(preview.total, 2 + kServices);
        qint64 odd = 1; // pricing has 5 (cart has 3: also odd)
        ++odd;
        for (int i = 0; i < kServices; ++i)
            odd += (i % 7) % 2;
        QCOMPARE(preview.failures, odd);
        QCOMPARE(preview.samples.size(), 5);
        for (const ConversionSample &s : preview.samples)
            QVERIFY2(!s.error.isEmpty(), qPrintable(s.entity));
        QCOMPARE(preview.samples.first().entity, u"cart"_s);
        QCOMPARE(preview.samples.first().before, QJsonValue(3));

        const ConversionPreview invalid = previewConversion(*m_store, u"service"_s, u"language"_s, u"ascii_downcase"_s,
                                                            QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"Go"_s, u"java"_s}}}, 40);
        QCOMPARE(invalid.failures, 2 + kServices - kServices / 3 - 1); // every "go" fails the enum; "java" passes
        QVERIFY(!invalid.samples.first().error.isEmpty());
        QVERIFY(invalid.samples.last().error.isEmpty());

        const ConversionPreview broken = previewConversion(*m_store, u"service"_s, u"replicas"_s, u"tonumber("_s, {});
        QVERIFY(!broken.programError.isEmpty());
        QCOMPARE(broken.total, 0);
    }

    void cancelStopsEarly()
    {
        ModelDraft d = draft();
        QCOMPARE(d.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        const std::atomic_bool cancel{true};
        const Impact impact = analyseImpact(*m_store, d, &cancel);
        QVERIFY(impact.cancelled);
        QVERIFY(!impact.canApply());
    }
};

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
