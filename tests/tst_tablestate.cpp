// A table's state as JSON, and personal saved views per blueprint (QSettings, test mode).
#include "storefixture.h"
#include "table/savedviews.h"
#include "table/tablecolumns.h"
#include "table/tablefilter.h"

#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

TableState sample()
{
    TableState state;
    state.columns = {u"$title"_s, u"language"_s, u"$relation.system"_s};
    state.sort = {{u"language"_s, true}, {u"replicas"_s, false}};
    state.filter = {{u"combinator"_s, u"or"_s},
                    {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"language"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"Go"_s}}}}};
    state.groupBy = u"language"_s;
    state.text = u"cart"_s;
    state.myTeams = true;
    return state;
}

} // namespace

class TestTableState final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_tablestate"_s);
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void jsonRoundTrip()
    {
        const TableState state = sample();
        QCOMPARE(TableState::fromJson(state.toJson()), state);
        const QJsonObject json = state.toJson();
        QCOMPARE(json.value("sort"_L1).toArray().at(1).toObject().value("order"_L1).toString(), u"desc"_s);
        QCOMPARE(TableState::fromJson({}), TableState{});
    }

    void fromJsonToleratesOlderAndBrokenViews()
    {
        const TableState state = TableState::fromJson(QJsonObject{{u"sort"_s, QJsonArray{QJsonObject{{u"order"_s, u"desc"_s}}}}, {u"unknown"_s, 1}});
        QVERIFY(state.sort.isEmpty()); // a key without a column is dropped
        QVERIFY(state.columns.isEmpty());
    }

    void savedViewsSaveLoadRenameDelete()
    {
        SavedViews views(u"service"_s);
        QVERIFY(views.names().isEmpty());
        QVERIFY(views.save(u"Go services"_s, sample()));
        TableState other;
        other.text = u"billing"_s;
        QVERIFY(views.save(u"Billing"_s, other));
        QCOMPARE(views.names(), (QStringList{u"Go services"_s, u"Billing"_s}));
        QCOMPARE(SavedViews(u"service"_s).view(u"Go services"_s), sample()); // read back from QSettings
        QVERIFY(!SavedViews(u"team"_s).view(u"Go services"_s)); // per blueprint

        QVERIFY(views.save(u"Billing"_s, sample())); // same name: replaced
        QCOMPARE(views.names().size(), 2);
        QCOMPARE(views.view(u"Billing"_s), sample());

        QVERIFY(!views.rename(u"Billing"_s, u"Go services"_s)); // taken
        QVERIFY(!views.rename(u"Missing"_s, u"New"_s));
        QVERIFY(!views.rename(u"Billing"_s, u"  "_s));
        QVERIFY(views.rename(u"Billing"_s, u"Payments"_s));
        QCOMPARE(views.names(), (QStringList{u"Go services"_s, u"Payments"_s}));

        QVERIFY(views.remove(u"Go services"_s));
        QVERIFY(!views.remove(u"Go services"_s));
        QCOMPARE(views.names(), QStringList{u"Payments"_s});
        QVERIFY(!views.save(u" "_s, sample()));
    }

    void blueprintsWithSlashesKeepTheirOwnViews()
    {
        QVERIFY(SavedViews(u"a/b"_s).save(u"v"_s, sample()));
        QVERIFY(SavedViews(u"a"_s).names().isEmpty());
        QCOMPARE(SavedViews(u"a/b"_s).names(), QStringList{u"v"_s});
    }

    void resetGivesTheBlueprintsDefaults()
    {
        const QList<Blueprint> blueprints = testing::portalBlueprints();
        const Blueprint &service = blueprints.at(2);
        const TableState state = SavedViews::defaultState(service);
        QVERIFY(state.sort.isEmpty() && state.filter.isEmpty() && state.groupBy.isEmpty() && state.text.isEmpty() && !state.myTeams);
        QCOMPARE(state.columns.first(), u"$identifier"_s);
        QVERIFY(state.columns.contains(u"$relation.dependsOn"_s));
        QVERIFY(state.columns.contains(u"tier"_s)); // mirror
        QVERIFY(!state.columns.contains(u"$createdAt"_s));
        QVERIFY(!state.columns.contains(u"$team"_s)); // no ownership in this blueprint
    }

    void filterRulesReadOnChips()
    {
        const QList<TableColumn> columns = TableColumns::of(testing::portalBlueprints().at(2));
        const auto describe = [&](const QJsonObject &rule) { return TableFilter::describe(rule, columns); };
        QCOMPARE(describe({{u"property"_s, u"language"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"Go"_s}}), u"language is Go"_s);
        QCOMPARE(describe({{u"property"_s, u"description"_s}, {u"operator"_s, u"isEmpty"_s}}), u"description is empty"_s);
        QVERIFY(describe({{u"property"_s, u"$createdAt"_s}, {u"operator"_s, u"between"_s},
                          {u"value"_s, QJsonObject{{u"from"_s, u"2026-01-01T00:00:00Z"_s}, {u"to"_s, u"2026-02-01T00:00:00Z"_s}}}})
                    .startsWith(u"Created between 2026-0"_s));
    }

    void operatorsSuitTheColumnType()
    {
        const QList<TableColumn> columns = TableColumns::of(testing::portalBlueprints().at(2));
        const auto ids = [&](const QString &key) {
            QStringList ops;
            for (const FilterOperator &o : TableFilter::operatorsFor(columns.at(TableColumns::indexOf(columns, key))))
                ops.append(o.id);
            return ops;
        };
        QVERIFY(ids(u"replicas"_s).contains(u">"_s));
        QVERIFY(!ids(u"replicas"_s).contains(u"contains"_s));
        QVERIFY(ids(u"description"_s).contains(u"beginsWith"_s));
        QVERIFY(ids(u"$createdAt"_s).contains(u"between"_s));
        QCOMPARE(ids(u"language"_s).first(), u"="_s);
    }
};

QTEST_GUILESS_MAIN(TestTableState)
#include "tst_tablestate.moc"
