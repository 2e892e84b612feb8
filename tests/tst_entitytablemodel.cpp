// The catalog tables: lazy pages read on the StoreLane, counts after rows, multi-column sorts,
// filter rules, free text, "owned by my teams", groups counted in SQL, derived and relation
// columns. Real SQLite file; every model runs under QAbstractItemModelTester.
#include "catalog/namedirectory.h"
#include "storefixture.h"
#include "store/storelane.h"
#include "table/entitytablemodel.h"
#include "table/groupedtablemodel.h"
#include "table/querybudget.h"
#include "table/sortindexes.h"
#include "table/tablequery.h"
#include "store/propertyindexes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

constexpr int kServices = 452; // 450 generated + cart + pricing

QJsonObject rule(const QString &property, const QString &op, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject r{{u"property"_s, property}, {u"operator"_s, op}};
    if (!value.isUndefined())
        r.insert(u"value"_s, value);
    return r;
}

QJsonObject filter(const QList<QJsonObject> &rules, const QString &combinator = u"and"_s)
{
    QJsonArray array;
    for (const QJsonObject &r : rules)
        array.append(r);
    return {{u"combinator"_s, combinator}, {u"rules"_s, array}};
}

int column(const TableModelBase &model, const QString &key)
{
    return TableColumns::indexOf(model.columns(), key);
}

QString text(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent = {})
{
    return model.index(row, column, parent).data().toString();
}

} // namespace

class TestEntityTableModel final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreLane> m_lane;
    Blueprint m_service;

    // Shows `state` of the service table and waits for the first page.
    void show(TableModelBase &model, const TableState &state = {})
    {
        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        model.setBlueprint(m_service, state);
        QVERIFY(shown.wait(5000));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
    }

    // Asks for pages until `expected` rows are in (each poll asks again; asking while a page is on its way is a no-op).
    void fetchAll(EntityTableModel &model, int expected)
    {
        QTRY_COMPARE_WITH_TIMEOUT((model.fetchMore({}), model.rowCount()), expected, 10000);
        QVERIFY(!model.canFetchMore({}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        QList<Entity> entities = portalEntities();
        entities[2].team = {u"payments"_s}; // cart
        QList<Entity> services = numberedServices(450);
        for (int i = 0; i < services.size(); ++i)
            services[i].team = {i % 2 ? u"payments-platform"_s : u"search"_s};
        entities.append(services);
        write(store, portalBlueprints(), entities);
        m_service = *store.blueprint(u"service"_s);
        m_lane = std::make_unique<StoreLane>(m_path);
    }

    void firstPageComesBeforeTheCount()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        model.setBlueprint(m_service, {});
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing is read on this thread
        QVERIFY(shown.wait());
        QCOMPARE(model.rowCount(), TableModelBase::PageSize);
        QCOMPARE(model.count(), -1); // asked for after the first rows
        QTRY_COMPARE(model.count(), kServices);
        QTRY_COMPARE(model.blueprintCount(), kServices);
        QVERIFY(!model.isLoading());
    }

    void rowsGrowByPagesOnlyWhenAsked()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        show(model);
        QTRY_COMPARE(model.count(), kServices);
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), TableModelBase::PageSize); // never the whole table by itself
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // one page at a time: the second call waits for the first
        QTRY_COMPARE(model.rowCount(), 2 * TableModelBase::PageSize);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 2 * TableModelBase::PageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), kServices);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(text(model, 0, column(model, u"$identifier"_s)), u"cart"_s); // identifier order by default
    }

    void sortsBySeveralColumnsInSql()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableState state;
        state.sort = {{u"language"_s, true}, {u"replicas"_s, false}};
        show(model, state);
        fetchAll(model, kServices);
        const int language = column(model, u"language"_s), replicas = column(model, u"replicas"_s);
        for (int r = 1; r < model.rowCount(); ++r) {
            const QString a = text(model, r - 1, language), b = text(model, r, language);
            QVERIFY2(a <= b, qPrintable(u"row %1: %2 after %3"_s.arg(r).arg(b, a)));
            if (a == b)
                QVERIFY(text(model, r - 1, replicas).toInt() >= text(model, r, replicas).toInt());
        }
        QCOMPARE(text(model, 0, language), u"Go"_s);
        QCOMPARE(text(model, 0, replicas), u"6"_s);

        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        model.sort(column(model, u"$identifier"_s), Qt::DescendingOrder);
        QVERIFY(shown.wait());
        QCOMPARE(text(model, 0, column(model, u"$identifier"_s)), u"svc-449"_s);
        QCOMPARE(model.count(), kServices); // a new order keeps the count
    }

    void filterRulesNarrowTheRows_data()
    {
        QTest::addColumn<QJsonObject>("filter");
        QTest::addColumn<int>("count");
        QTest::newRow("enum =") << filter({rule(u"language"_s, u"="_s, u"Java"_s)}) << 151;
        QTest::newRow("number >") << filter({rule(u"replicas"_s, u">"_s, 5)}) << 64 + 0; // i % 7 == 6
        QTest::newRow("and") << filter({rule(u"language"_s, u"="_s, u"Java"_s), rule(u"replicas"_s, u"="_s, 5)}) << 21 + 1;
        QTest::newRow("or") << filter({rule(u"$identifier"_s, u"="_s, u"cart"_s), rule(u"$identifier"_s, u"="_s, u"pricing"_s)}, u"or"_s) << 2;
        QTest::newRow("begins with") << filter({rule(u"$title"_s, u"beginsWith"_s, u"Service 44"_s)}) << 11;
        QTest::newRow("is empty") << filter({rule(u"description"_s, u"isEmpty"_s)}) << kServices - 1;
        QTest::newRow("team is") << filter({rule(u"$team"_s, u"="_s, u"payments"_s)}) << 1; // not "payments-platform"
        QTest::newRow("team is not") << filter({rule(u"$team"_s, u"!="_s, u"search"_s)}) << kServices - 225;
        QTest::newRow("created between") << filter({rule(u"$createdAt"_s, u"between"_s,
                                                         QJsonObject{{u"from"_s, u"2000-01-01T00:00:00Z"_s}, {u"to"_s, u"2999-01-01T00:00:00Z"_s}})})
                                          << kServices;
    }

    void filterRulesNarrowTheRows()
    {
        QFETCH(QJsonObject, filter);
        QFETCH(int, count);
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableState state;
        state.filter = filter;
        show(model, state);
        QTRY_COMPARE(model.count(), count);
        QCOMPARE(model.rowCount(), std::min(count, TableModelBase::PageSize));
        QTRY_COMPARE(model.blueprintCount(), kServices); // "filtered from"
    }

    void aRuleSqlCannotExpressShowsNoRowsAndSaysWhy()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableState state;
        state.filter = filter({rule(u"language"_s, u"relatedTo"_s, u"Go"_s)});
        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        model.setBlueprint(m_service, state);
        QVERIFY(shown.wait());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.error().contains(u"relatedTo"_s), qPrintable(model.error()));
        QVERIFY(!model.canFetchMore({}));
    }

    void freeTextFindsTheRow()
    {
        EntityTableModel model(*m_lane);
        TableState state;
        state.text = u"basket"_s;
        show(model, state);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entityKey(model.index(0, 0)), (EntityKey{u"service"_s, u"cart"_s}));
    }

    void ownedByMyTeams()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyTeams({u"payments"_s, u"search"_s});
        TableState state;
        state.myTeams = true;
        show(model, state);
        QTRY_COMPARE(model.count(), 1 + 225);
        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        model.setMyTeams({});
        QVERIFY(shown.wait());
        QCOMPARE(model.rowCount(), 0); // no teams: nothing is "mine"
    }

    void newerStateWinsOverOlder()
    {
        EntityTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        show(model);
        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        for (const QString &typed : {u"s"_s, u"se"_s, u"ser"_s, u"basket"_s}) {
            TableState state = model.spec().state;
            state.text = typed;
            model.setState(state);
        }
        QVERIFY(shown.wait());
        QTest::qWait(100);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.count(), 1);
    }

    void derivedAndRelationColumns()
    {
        EntityTableModel model(*m_lane);
        TableState state;
        state.text = u"basket"_s;
        show(model, state);
        const auto value = [&](const QString &key) { return model.index(0, column(model, key)).data(TableRoles::DisplayValueRole).value<DisplayValue>(); };
        QCOMPARE(value(u"tier"_s).text, u"tier-1"_s);         // mirror system.tier
        QCOMPARE(value(u"teamSlack"_s).text, u"#payments"_s); // mirror through two relations
        QCOMPARE(value(u"slack"_s).text, u"https://slack.com/cart"_s); // jq calculation
        QCOMPARE(value(u"big"_s).kind, DisplayValue::Kind::Boolean);
        QCOMPARE(value(u"language"_s).kind, DisplayValue::Kind::Enum);
        const DisplayValue depends = value(u"$relation.dependsOn"_s);
        QCOMPARE(depends.kind, DisplayValue::Kind::Entity);
        QCOMPARE(depends.text, u"Pricing"_s); // the target's title
        QCOMPARE(depends.entities, QStringList{u"service/pricing"_s});
        QCOMPARE(value(u"$relation.system"_s).text, u"Shop"_s);
        QCOMPARE(value(u"$team"_s).text, u"Payments"_s); // by the team's title
        QVERIFY(!model.headerData(column(model, u"tier"_s), Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // Aggregations are stored: the team table shows them, and sorts by them in SQL.
        CatalogStore store(m_path);
        EntityTableModel teams(*m_lane);
        QSignalSpy shown(&teams, &TableModelBase::firstPageShown);
        TableState byServices;
        byServices.sort = {{u"services"_s, false}};
        teams.setBlueprint(*store.blueprint(u"team"_s), byServices);
        QVERIFY(shown.wait());
        QCOMPARE(teams.rowCount(), 1);
        QCOMPARE(text(teams, 0, column(teams, u"services"_s)), u"2"_s);
    }

    void groupsAreCountedInSqlAndReadWhenExpanded()
    {
        GroupedTableModel model(*m_lane);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableState state;
        state.groupBy = u"language"_s;
        state.sort = {{u"replicas"_s, false}};
        show(model, state);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Go (301)"_s); // enum order, not alphabetical by chance
        QCOMPARE(model.index(1, 0).data().toString(), u"Java (151)"_s);
        QCOMPARE(model.index(0, 0).data(TableRoles::DisplayValueRole).value<DisplayValue>().kind, DisplayValue::Kind::Enum);
        QCOMPARE(model.count(), kServices);
        const QModelIndex go = model.index(0, 0);
        QCOMPARE(model.rowCount(go), 0); // nothing read before the group is opened
        QVERIFY(model.hasChildren(go));
        QVERIFY(model.canFetchMore(go));
        model.fetchMore(go);
        QTRY_COMPARE(model.rowCount(go), TableModelBase::PageSize);
        QVERIFY(!model.canFetchMore(go)); // further pages when the view scrolls there (loadMore)
        QCOMPARE(text(model, 0, column(model, u"replicas"_s), go), u"6"_s);
        QCOMPARE(text(model, 0, column(model, u"language"_s), go), u"Go"_s);
        model.loadMore(go);
        QTRY_COMPARE(model.rowCount(go), 301);
        QVERIFY(!model.entityKey(model.index(0, 0, go)).identifier.isEmpty());
        QVERIFY(model.entityKey(go).identifier.isEmpty());

        QSignalSpy shown(&model, &TableModelBase::firstPageShown);
        state.groupBy = u"$team"_s;
        model.setState(state);
        QVERIFY(shown.wait());
        QStringList groups;
        for (int g = 0; g < model.rowCount(); ++g)
            groups.append(model.index(g, 0).data().toString());
        // Teams by name where the catalog knows them; the group without a team last.
        QCOMPARE(groups, (QStringList{u"Payments (1)"_s, u"payments-platform (225)"_s, u"search (225)"_s, u"No value (1)"_s}));
        const QModelIndex none = model.index(3, 0);
        model.fetchMore(none);
        QTRY_COMPARE(model.rowCount(none), 1);
        QCOMPARE(model.entityKey(model.index(0, 0, none)).identifier, u"pricing"_s);

        state.filter = filter({rule(u"replicas"_s, u"<"_s, 1)});
        model.setState(state);
        QVERIFY(shown.wait());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(), 65);
    }

    void indexedSortWalksTheIndex()
    {
        CatalogStore store(m_path);
        TableSpec spec{m_service, TableColumns::of(m_service), {}, {}};
        spec.state.sort = {{u"$title"_s, false}};
        const TableQuery query(spec);
        QString error;
        const QString index = SortIndexes::create(store.database(), u"service"_s, query.indexTerms(), &error);
        QVERIFY2(!index.isEmpty(), qPrintable(error));
        QCOMPARE(SortIndexes::find(store.database(), u"service"_s, query.indexTerms()), index);
        QCOMPARE(SortIndexes::find(store.database(), u"team"_s, query.indexTerms()), QString());
        // Property indexes made by the store are found the same way.
        QVERIFY(!SortIndexes::find(store.database(), u"service"_s, {PropertyIndexes::propertyExpression(u"language"_s)}).isEmpty());
        const auto plan = [&](const TableQuery &q, const QString &name) {
            const EntityQuery::Sql sql = q.page(u"id"_s, 10, 0, name);
            QSqlQuery explain(store.database().connection());
            explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql.statement);
            for (const QVariant &v : sql.values)
                explain.addBindValue(v);
            QString steps = explain.exec() ? QString() : explain.lastError().text();
            while (explain.next())
                steps += explain.value(3).toString() + u'\n';
            return steps;
        };
        QString steps = plan(query, index);
        QVERIFY2(steps.contains(index) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));

        // Several keys in mixed directions: one index, its columns' directions relative to the first.
        spec.state.sort = {{u"language"_s, false}, {u"replicas"_s, true}};
        const TableQuery twoKeys(spec);
        QCOMPARE(twoKeys.indexTerms(), (QStringList{PropertyIndexes::propertyExpression(u"language"_s),
                                                    PropertyIndexes::propertyExpression(u"replicas"_s) + u" DESC"_s}));
        const QString composite = SortIndexes::create(store.database(), u"service"_s, twoKeys.indexTerms(), &error);
        QVERIFY2(!composite.isEmpty(), qPrintable(error));
        steps = plan(twoKeys, composite);
        QVERIFY2(steps.contains(composite) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
    }

    void queryBudgetInterruptsLongStatements()
    {
        CatalogStore store(m_path);
        QueryBudget budget(store.database(), 5);
        QSqlQuery q(store.database().connection());
        const bool ok = q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"_s);
        QVERIFY(!ok);
        QVERIFY(budget.exceeded());
    }
};

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
