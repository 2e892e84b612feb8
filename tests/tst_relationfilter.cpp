// Table filters on relations ("$relation.<id>"): matched through the relations table by the
// targets' identifiers, single and many relations, with the text operators and emptiness.
#include "storefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestRelationFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"portal.sqlite"_s));
        testing::write(*m_store, testing::portalBlueprints(), testing::portalEntities());
    }

    void filtersByRelatedEntity_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("single: is") << u"system"_s << u"="_s << QJsonValue(u"shop"_s) << QStringList{u"cart"_s};
        QTest::newRow("single: is not (no relation counts)") << u"system"_s << u"!="_s << QJsonValue(u"shop"_s) << QStringList{u"pricing"_s};
        QTest::newRow("single: in") << u"team"_s << u"in"_s << QJsonValue(QJsonArray{u"payments"_s, u"ghost"_s})
                                    << QStringList{u"cart"_s, u"pricing"_s};
        QTest::newRow("many: is one of them") << u"dependsOn"_s << u"="_s << QJsonValue(u"pricing"_s) << QStringList{u"cart"_s};
        QTest::newRow("many: contains") << u"dependsOn"_s << u"contains"_s << QJsonValue(u"ric"_s) << QStringList{u"cart"_s};
        QTest::newRow("many: begins with") << u"dependsOn"_s << u"beginsWith"_s << QJsonValue(u"pri"_s) << QStringList{u"cart"_s};
        QTest::newRow("many: does not contain") << u"dependsOn"_s << u"doesNotContains"_s << QJsonValue(u"ric"_s) << QStringList{u"pricing"_s};
        QTest::newRow("LIKE wildcards are literal") << u"dependsOn"_s << u"contains"_s << QJsonValue(u"%"_s) << QStringList{};
        QTest::newRow("is empty") << u"system"_s << u"isEmpty"_s << QJsonValue() << QStringList{u"pricing"_s};
        QTest::newRow("is not empty") << u"dependsOn"_s << u"isNotEmpty"_s << QJsonValue() << QStringList{u"cart"_s};
        QTest::newRow("unknown target") << u"system"_s << u"="_s << QJsonValue(u"nowhere"_s) << QStringList{};
    }
    void filtersByRelatedEntity()
    {
        QFETCH(QString, relation);
        QFETCH(QString, op);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, expected);
        EntityQuery query;
        query.blueprint = u"service"_s;
        QJsonObject rule{{u"property"_s, QString(u"$relation."_s + relation)}, {u"operator"_s, op}};
        if (!value.isNull())
            rule.insert(u"value"_s, value);
        query.filter = {{u"combinator"_s, u"and"_s}, {u"rules"_s, QJsonArray{rule}}};
        Problems problems;
        QStringList found;
        for (const Entity &e : m_store->query(query, &problems))
            found.append(e.identifier);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(found, expected);
        QCOMPARE(m_store->count(query), expected.size());
    }

    void relationRuleUsesTheTargetIndex()
    {
        EntityQuery query;
        query.blueprint = u"service"_s;
        query.filter = {{u"combinator"_s, u"and"_s},
                        {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"$relation.system"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"shop"_s}}}}};
        const EntityQuery::Sql sql = query.toSql(u"identifier"_s);
        QSqlQuery plan(m_store->database().connection());
        plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql.statement);
        for (const QVariant &v : sql.values)
            plan.addBindValue(v);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString joined = steps.join(u" | "_s);
        QVERIFY2(joined.contains("relations_by_target"_L1) || joined.contains("PRIMARY KEY"_L1), qPrintable(joined));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

QTEST_GUILESS_MAIN(TestRelationFilter)
#include "tst_relationfilter.moc"
