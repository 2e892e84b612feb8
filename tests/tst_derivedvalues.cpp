// Mirror properties (followed through relations), calculation properties (real jq) and their
// combination, read from a real store.
#include "catalog/derivedvalues.h"
#include "storefixture.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestDerivedValues final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        write(*m_store, portalBlueprints(), portalEntities());
    }

    void mirrorsFollowChainedRelations()
    {
        const Blueprint bp = *m_store->blueprint(u"service"_s);
        const DerivedValues derived(*m_store);
        const QJsonObject cart = derived.mirrors(bp, *m_store->entity(u"service"_s, u"cart"_s));
        QCOMPARE(cart.value("tier"_L1).toString(), u"tier-1"_s);
        QCOMPARE(cart.value("teamSlack"_L1).toString(), u"#payments"_s);
        // pricing has no system: its mirrors are null, not an error.
        const QJsonObject pricing = derived.mirrors(bp, *m_store->entity(u"service"_s, u"pricing"_s));
        QVERIFY(pricing.value("tier"_L1).isNull());
    }

    void mirrorThroughManyRelationGivesAList()
    {
        CatalogStore store(m_dir.filePath(u"many.sqlite"_s));
        const QList<Blueprint> blueprints{blueprint(R"({"identifier": "service", "schema": {"properties": {"language": {"type": "string"}}},
            "relations": {"dependsOn": {"target": "service", "many": true}},
            "mirrorProperties": {"dependencyLanguages": {"path": "dependsOn.language"}, "dependencyTitles": {"path": "dependsOn.$title"}}})")};
        write(store, blueprints, {entity(R"({"identifier": "a", "blueprint": "service", "title": "A", "properties": {"language": "Go"}})"),
                                  entity(R"({"identifier": "b", "blueprint": "service", "title": "B", "properties": {"language": "Rust"}})"),
                                  entity(R"({"identifier": "c", "blueprint": "service", "relations": {"dependsOn": ["a", "b"]}})")});
        const QJsonObject c = DerivedValues(store).mirrors(*store.blueprint(u"service"_s), *store.entity(u"service"_s, u"c"_s));
        QCOMPARE(c.value("dependencyLanguages"_L1).toArray(), (QJsonArray{u"Go"_s, u"Rust"_s}));
        QCOMPARE(c.value("dependencyTitles"_L1).toArray(), (QJsonArray{u"A"_s, u"B"_s}));
    }

    void calculationsRunJqOverTheEntity()
    {
        const Blueprint bp = *m_store->blueprint(u"service"_s);
        const DerivedValues derived(*m_store);
        Problems problems;
        const Entity pricing = *m_store->entity(u"service"_s, u"pricing"_s);
        const QJsonObject values = derived.calculations(bp, pricing, {}, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(values.value("slack"_L1).toString(), u"https://slack.com/pricing"_s);
        QCOMPARE(values.value("big"_L1).toBool(), true);
    }

    void calculationErrorsAreReportedWithTheirPath()
    {
        Blueprint bp = blueprint(R"({"identifier": "service", "calculationProperties": {"bad": {"type": "number", "calculation": ".properties.language | tonumber"}}})");
        Entity e = entity(R"({"identifier": "x", "blueprint": "service", "properties": {"language": "Go"}})");
        Problems problems;
        const QJsonObject values = DerivedValues(*m_store).calculations(bp, e, {}, &problems);
        QVERIFY(values.value("bad"_L1).isNull());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, u"$.calculationProperties.bad"_s);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void resolvedEntityCarriesMirrorsCalculationsAndAggregations()
    {
        const DerivedValues derived(*m_store);
        const QJsonObject cart = derived.resolve(*m_store->blueprint(u"service"_s), *m_store->entity(u"service"_s, u"cart"_s));
        const QJsonObject properties = cart.value("properties"_L1).toObject();
        QCOMPARE(properties.value("tier"_L1).toString(), u"tier-1"_s);
        QCOMPARE(properties.value("slack"_L1).toString(), u"https://slack.com/cart"_s);
        QCOMPARE(properties.value("big"_L1).toBool(), false);
        const QJsonObject team = derived.resolve(*m_store->blueprint(u"team"_s), *m_store->entity(u"team"_s, u"payments"_s));
        QCOMPARE(team.value("properties"_L1).toObject().value("services"_L1).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDerivedValues)
#include "tst_derivedvalues.moc"
