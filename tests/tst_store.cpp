// The store: writes in one transaction, reads, relations both ways, full-text search,
// audit log, change notifications and aggregation properties kept current.
#include "storefixture.h"
#include "store/migrations.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

class TestStore final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_n)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void storeUsesWalAndLatestSchema()
    {
        CatalogStore store(freshPath());
        QVERIFY2(store.isOpen(), qPrintable(store.error()));
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(store.database().schemaVersion(), latestSchemaVersion());
    }

    void writtenEntitiesReadBackWithMetaProperties()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        const std::optional<Entity> cart = store.entity(u"service"_s, u"cart"_s);
        QVERIFY(cart);
        QCOMPARE(cart->title, u"Cart Service"_s);
        QCOMPARE(cart->properties.value("replicas"_L1).toInt(), 3);
        QCOMPARE(cart->relationTargets(u"dependsOn"_s), QStringList{u"pricing"_s});
        QVERIFY(cart->createdAt.isValid());
        QCOMPARE(cart->createdAt, cart->updatedAt);
        QCOMPARE(cart->createdBy, u"tester"_s);
        QCOMPARE(store.stats().value("entityCount"_L1).toInt(), 4);
        QCOMPARE(store.stats().value("relations"_L1).toInt(), 5);
    }

    void relationsAreQueryableInBothDirectionsAndMultipleHops()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        const auto keys = [](const QList<EntityKey> &list) {
            QStringList out;
            for (const EntityKey &k : list)
                out.append(k.blueprint + u'/' + k.identifier);
            out.sort();
            return out;
        };
        // pricing → payments (its team); payments ← shop, cart (upstream of the team).
        QCOMPARE(keys(store.neighbourhood({u"service"_s, u"pricing"_s}, 1)), (QStringList{u"service/cart"_s, u"team/payments"_s}));
        QCOMPARE(keys(store.neighbourhood({u"service"_s, u"pricing"_s}, 2)),
                 (QStringList{u"service/cart"_s, u"system/shop"_s, u"team/payments"_s}));
        QVERIFY(store.neighbourhood({u"service"_s, u"ghost"_s}, 2).isEmpty());
    }

    void failedWriteLeavesTheStoreUnchanged()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        const QJsonObject before = store.stats();
        {
            CatalogWriter writer(store, Origin::UI, u"tester"_s);
            QVERIFY(writer.putEntity(entity(R"({"identifier": "search", "blueprint": "service", "properties": {"language": "Go"}})")).isEmpty());
            const Problems bad = writer.putEntity(entity(R"({"identifier": "x", "blueprint": "service", "properties": {"language": "Perl"}})"));
            QVERIFY(hasErrors(bad));
            QVERIFY(hasErrors(writer.commit()));
        }
        QCOMPARE(store.stats(), before);
        QVERIFY(!store.entity(u"service"_s, u"search"_s));
    }

    void relationToMissingEntityRejectsTheWholeWrite()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), {});
        CatalogWriter writer(store, Origin::Import, u"tester"_s);
        QVERIFY(writer.putEntity(entity(R"({"identifier": "cart", "blueprint": "service", "relations": {"dependsOn": ["ghost"]}})"),
                                 {u"cart.json"_s, 0, 0, u"$"_s}).isEmpty());
        const Problems problems = writer.commit();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, u"cart.json"_s);
        QCOMPARE(problems.first().path, u"$.relations.dependsOn"_s);
        QVERIFY(problems.first().message.contains("missing service entity \"ghost\""_L1));
        QCOMPARE(store.stats().value("entityCount"_L1).toInt(), 0);
    }

    void danglingRelationsAreKeptAndResolvedWhenTheTargetArrives()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), {});
        {
            CatalogWriter writer(store, Origin::Sync, u"tester"_s, CatalogWriter::Dangling::Keep);
            QVERIFY(writer.putEntity(entity(R"({"identifier": "cart", "blueprint": "service", "relations": {"dependsOn": ["later"]}})")).isEmpty());
            const Problems problems = writer.commit();
            QCOMPARE(problems.size(), 1);
            QVERIFY(!problems.first().isError());
        }
        QCOMPARE(store.danglingRelations(), QStringList{u"service/cart.dependsOn → service/later"_s});
        write(store, {}, {entity(R"({"identifier": "later", "blueprint": "service"})")});
        QVERIFY(store.danglingRelations().isEmpty());
        QCOMPARE(store.neighbourhood({u"service"_s, u"later"_s}, 1).size(), 1);
    }

    void fullTextSearchMatchesEveryWordLastAsPrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identifier") << u"cart"_s << QStringList{u"cart"_s};
        QTest::newRow("title prefix") << u"Pric"_s << QStringList{u"pricing"_s};
        QTest::newRow("text property") << u"basket"_s << QStringList{u"cart"_s};
        QTest::newRow("every word must match") << u"cart basket"_s << QStringList{u"cart"_s};
        QTest::newRow("one word missing") << u"cart pricing"_s << QStringList{};
        QTest::newRow("case and punctuation") << u"SHOPPING!"_s << QStringList{u"cart"_s};
        QTest::newRow("operators are literal") << u"cart OR \"pricing"_s << QStringList{};
    }

    void fullTextSearchMatchesEveryWordLastAsPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        QStringList found;
        for (const SearchHit &hit : store.search(text))
            found.append(hit.identifier);
        QCOMPARE(found, expected);
    }

    void searchIndexFollowsUpdatesAndDeletes()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        write(store, {}, {entity(R"({"identifier": "cart", "blueprint": "service", "title": "Basket", "properties": {"language": "Go"}})")});
        QCOMPARE(store.search(u"shopping"_s).size(), 0);
        QCOMPARE(store.search(u"basket"_s).size(), 1);
        CatalogWriter writer(store, Origin::UI, u"tester"_s, CatalogWriter::Dangling::Keep);
        QVERIFY(writer.removeEntity(u"service"_s, u"cart"_s).isEmpty());
        QVERIFY(!hasErrors(writer.commit()));
        QCOMPARE(store.search(u"basket"_s).size(), 0);
    }

    void auditLogRecordsWhoWhenWhatBeforeAndAfter()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        {
            CatalogWriter writer(store, Origin::UI, u"alice"_s);
            QVERIFY(writer.putEntity(entity(R"({"identifier": "pricing", "blueprint": "service", "title": "Pricing",
                                                 "properties": {"language": "Java", "replicas": 6}, "relations": {"team": "payments"}})")).isEmpty());
            QVERIFY(!hasErrors(writer.commit()));
        }
        const QList<AuditEntry> history = store.audit(u"entity"_s, u"service"_s, u"pricing"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, u"create"_s);
        QCOMPARE(history.at(0).origin, u"import"_s);
        QVERIFY(history.at(0).before.isEmpty());
        QCOMPARE(history.at(1).action, u"update"_s);
        QCOMPARE(history.at(1).actor, u"alice"_s);
        QCOMPARE(history.at(1).origin, u"ui"_s);
        QCOMPARE(history.at(1).before.value("properties"_L1).toObject().value("replicas"_L1).toInt(), 5);
        QCOMPARE(history.at(1).after.value("properties"_L1).toObject().value("replicas"_L1).toInt(), 6);
        QVERIFY(history.at(1).at.isValid());
        QCOMPARE(store.audit(u"blueprint"_s, u"service"_s, u"service"_s).size(), 1);
    }

    void unchangedEntityIsNotRewritten()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        QSignalSpy spy(&store.notifier(), &CatalogNotifier::changed);
        write(store, {}, {portalEntities().at(2)});
        QCOMPARE(store.audit(u"entity"_s, u"service"_s, u"cart"_s).size(), 1);
        QCOMPARE(spy.count(), 0);
    }

    void subscribersHearOfEachCommitOnce()
    {
        CatalogStore store(freshPath());
        QSignalSpy spy(&store.notifier(), &CatalogNotifier::changed);
        write(store, portalBlueprints(), portalEntities());
        QCOMPARE(spy.count(), 1);
        const ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
        QCOMPARE(changes.origin, Origin::Import);
        QCOMPARE(changes.blueprints.size(), 3);
        QCOMPARE(changes.createdEntities.value(u"service"_s), (QSet<QString>{u"cart"_s, u"pricing"_s}));
        {
            CatalogWriter rolledBack(store, Origin::UI, u"tester"_s);
            QVERIFY(rolledBack.putEntity(entity(R"({"identifier": "x", "blueprint": "team"})")).isEmpty());
        } // destroyed without commit
        QCOMPARE(spy.count(), 1);
        QVERIFY(!store.entity(u"team"_s, u"x"_s));
    }

    void aggregationsStayCurrentAsDataChanges()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        QCOMPARE(store.aggregations(u"team"_s, u"payments"_s),
                 (QJsonObject{{u"services"_s, 2}, {u"totalReplicas"_s, 8}, {u"goServices"_s, 1}}));
        write(store, {}, {entity(R"({"identifier": "search", "blueprint": "service", "properties": {"language": "Go", "replicas": 2},
                                      "relations": {"team": "payments"}})")});
        QCOMPARE(store.aggregations(u"team"_s, u"payments"_s),
                 (QJsonObject{{u"services"_s, 3}, {u"totalReplicas"_s, 10}, {u"goServices"_s, 2}}));
        // Changing a related entity's property and moving a service away both count.
        write(store, {}, {entity(R"({"identifier": "pricing", "blueprint": "service", "title": "Pricing",
                                      "properties": {"language": "Go", "replicas": 1}})")});
        QCOMPARE(store.aggregations(u"team"_s, u"payments"_s),
                 (QJsonObject{{u"services"_s, 2}, {u"totalReplicas"_s, 5}, {u"goServices"_s, 2}}));
        CatalogWriter writer(store, Origin::UI, u"tester"_s, CatalogWriter::Dangling::Keep);
        QVERIFY(writer.removeEntity(u"service"_s, u"search"_s).isEmpty());
        QVERIFY(!hasErrors(writer.commit()));
        QCOMPARE(store.aggregations(u"team"_s, u"payments"_s),
                 (QJsonObject{{u"services"_s, 1}, {u"totalReplicas"_s, 3}, {u"goServices"_s, 1}}));
    }

    void changingABlueprintUnderStoredEntitiesIsRefused()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        const QJsonObject before = store.stats();
        QJsonObject json = store.blueprint(u"service"_s)->json;
        QJsonObject schema = json.value("schema"_L1).toObject();
        QJsonObject properties = schema.value("properties"_L1).toObject();
        properties.insert(u"language"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"Java"_s}}});
        schema.insert(u"properties"_s, properties);
        json.insert(u"schema"_s, schema);
        CatalogWriter writer(store, Origin::Import, u"tester"_s);
        const Problems problems = writer.putBlueprints({Blueprint::fromJson(json)});
        QVERIFY(hasErrors(problems));
        QVERIFY2(problems.first().message.contains("stored service \"cart\" would become invalid: $.properties.language"_L1),
                 qPrintable(problems.first().message));
        QVERIFY(hasErrors(writer.commit()));
        QCOMPARE(store.stats(), before);
        QCOMPARE(store.blueprint(u"service"_s)->json.value("schema"_L1).toObject().value("properties"_L1).toObject()
                     .value("language"_L1).toObject().value("enum"_L1).toArray().size(), 2);
    }

    void deletingAnEntityOthersRelateToIsRefusedUnlessKept()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        CatalogWriter writer(store, Origin::UI, u"tester"_s);
        const Problems problems = writer.removeEntity(u"team"_s, u"payments"_s);
        QVERIFY(hasErrors(problems));
        QVERIFY(problems.first().message.contains("3 entities relate to it"_L1));
    }

    void filterAndSortRunInSql()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        EntityQuery query;
        query.blueprint = u"service"_s;
        query.sort = {{u"replicas"_s, false}};
        QList<Entity> rows = store.query(query);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().identifier, u"pricing"_s);
        query.filter = {{u"combinator"_s, u"and"_s},
                        {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"language"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"Go"_s}}}}};
        rows = store.query(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().identifier, u"cart"_s);
        QCOMPARE(store.count(query), 1);
        // The filter is answered from the property index, not a scan.
        const EntityQuery::Sql sql = query.toSql(u"id"_s);
        QSqlQuery plan(store.database().connection());
        plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql.statement);
        for (const QVariant &v : sql.values)
            plan.addBindValue(v);
        QVERIFY(plan.exec());
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString() + u'\n';
        QVERIFY2(detail.contains("USING INDEX property_"_L1), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
