// Dashboard widget data over a small hand-made catalog: every widget type, the widget's, the
// dashboard's and "my teams" filters, and drills that list exactly the entities a figure counts.
#include "dashboards/widgetdata.h"
#include "scoring/scoringrun.h"
#include "scoring/scorecardstore.h"
#include "storefixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

QList<Blueprint> blueprints()
{
    return {
        blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {}},
                      "aggregationProperties": {"serviceCount": {"title": "Services", "target": "service",
                                                                 "calculationSpec": {"calculationBy": "entities", "func": "count"}}}})"),
        blueprint(R"({"identifier": "service", "title": "Services",
                      "schema": {"properties": {"language": {"type": "string"}, "replicas": {"type": "number"},
                                                "critical": {"type": "boolean"},
                                                "launchedAt": {"type": "string", "format": "date-time"}}},
                      "relations": {"owner": {"title": "Owner", "target": "team", "many": false}}})"),
        blueprint(R"({"identifier": "incident", "title": "Incidents", "schema": {"properties": {"severity": {"type": "string"}}}})"),
        // Owned through the service it deployed: no `$team` of its own.
        blueprint(R"({"identifier": "deployment", "title": "Deployments", "ownership": {"type": "Inherited", "path": "service"},
                      "schema": {"properties": {}}, "relations": {"service": {"title": "Service", "target": "service", "many": false}}})"),
    };
}

// 25 services: Go ×5 (payments; svc-00 also search), Java ×4 (search), Python ×3, Lang01…Lang12 once,
// one without a language. replicas = index; critical every third; launched i days before 15 Mar.
QList<Entity> entities()
{
    QList<Entity> out{entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments"})"),
                      entity(R"({"identifier": "search", "blueprint": "team", "title": "Search"})")};
    QStringList languages;
    for (int i = 0; i < 5; ++i) languages.append(u"Go"_s);
    for (int i = 0; i < 4; ++i) languages.append(u"Java"_s);
    for (int i = 0; i < 3; ++i) languages.append(u"Python"_s);
    for (int i = 1; i <= 12; ++i) languages.append(u"Lang%1"_s.arg(i, 2, 10, QChar(u'0')));
    languages.append(QString());
    for (qsizetype i = 0; i < languages.size(); ++i) {
        Entity e;
        e.blueprint = u"service"_s;
        e.identifier = u"svc-%1"_s.arg(i, 2, 10, QChar(u'0'));
        e.title = u"Service %1"_s.arg(i);
        e.properties = {{u"replicas"_s, double(i)}, {u"critical"_s, i % 3 == 0},
                        {u"launchedAt"_s, QDateTime(QDate(2026, 3, 15).addDays(-i), QTime(12, 0), QTimeZone::UTC).toString(Qt::ISODate)}};
        if (!languages.at(i).isEmpty())
            e.properties.insert(u"language"_s, languages.at(i));
        if (languages.at(i) == "Go"_L1) {
            e.team = i == 0 ? QStringList{u"payments"_s, u"search"_s} : QStringList{u"payments"_s};
            e.relations = {{u"owner"_s, u"payments"_s}};
        } else if (languages.at(i) == "Java"_L1) {
            e.team = {u"search"_s};
            e.relations = {{u"owner"_s, u"search"_s}};
        }
        out.append(e);
    }
    out << entity(R"({"identifier": "inc-1", "blueprint": "incident", "properties": {"severity": "sev1"}, "team": ["payments"]})")
        << entity(R"({"identifier": "inc-2", "blueprint": "incident", "properties": {"severity": "sev2"}})")
        // dep-0: payments and search (svc-00), dep-1: search (Java svc-05), dep-2: payments (svc-01), dep-3: nobody's.
        << entity(R"({"identifier": "dep-0", "blueprint": "deployment", "relations": {"service": "svc-00"}})")
        << entity(R"({"identifier": "dep-1", "blueprint": "deployment", "relations": {"service": "svc-05"}})")
        << entity(R"({"identifier": "dep-2", "blueprint": "deployment", "relations": {"service": "svc-01"}})")
        << entity(R"({"identifier": "dep-3", "blueprint": "deployment", "relations": {"service": "svc-12"}})");
    return out;
}

QJsonObject rules(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

DashboardWidget widget(WidgetType type, const QString &blueprint = u"service"_s)
{
    DashboardWidget w;
    w.type = type;
    w.blueprint = blueprint;
    return w;
}

} // namespace

class TestWidgetData final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    WidgetContext m_context;

    qint64 drilled(const Drill &drill) const
    {
        EntityQuery query;
        query.blueprint = drill.blueprint;
        query.filter = drill.filter;
        Problems problems;
        m_store->query(query, &problems);
        if (hasErrors(problems))
            return -1;
        return m_store->count(query);
    }

    // Every slice's drill lists as many entities as the slice counts.
    void verifyDrills(const WidgetData &data)
    {
        for (const WidgetSlice &slice : data.slices)
            QVERIFY2(drilled(slice.drill) == qint64(slice.value),
                     qPrintable(u"%1: drill %2, value %3"_s.arg(slice.label).arg(drilled(slice.drill)).arg(slice.value)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"widgets.sqlite"_s));
        write(*m_store, blueprints(), entities());
        m_context.user = u"ada@example.com"_s;
        m_context.myTeams = {u"payments"_s};
        m_context.now = QDateTime(QDate(2026, 3, 15), QTime(18, 0), QTimeZone::UTC);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("calculation");
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<bool>("myTeams");
        QTest::addColumn<QByteArray>("dashboardFilter");
        QTest::addColumn<double>("expected");
        QTest::addColumn<qint64>("drill");
        const QByteArray none = "{}";
        QTest::newRow("count") << u"count"_s << none << false << none << 25.0 << qint64(25);
        QTest::newRow("count Go") << u"count"_s << R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]})"_ba
                                  << false << none << 5.0 << qint64(5);
        QTest::newRow("my teams") << u"count"_s << none << true << none << 5.0 << qint64(5);
        QTest::newRow("dashboard filter") << u"count"_s << none << false
                                          << R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Java"}]})"_ba << 4.0 << qint64(4);
        QTest::newRow("dashboard $team filter") << u"count"_s << none << false
                                                << R"({"combinator": "and", "rules": [{"property": "$team", "operator": "=", "value": "search"}]})"_ba << 5.0 << qint64(5);
        QTest::newRow("sum") << u"sum"_s << none << false << none << 300.0 << qint64(25);       // 0 + … + 24
        QTest::newRow("average") << u"average"_s << none << false << none << 12.0 << qint64(25);
        QTest::newRow("min Java") << u"min"_s << R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Java"}]})"_ba
                                  << false << none << 5.0 << qint64(4);
        QTest::newRow("max") << u"max"_s << none << false << none << 24.0 << qint64(25);
        QTest::newRow("median even (Go: 0 1 2 3 4 and my teams → 0…4)") << u"median"_s << none << true << none << 2.0 << qint64(5);
        QTest::newRow("median even (Java 5 6 7 8)") << u"median"_s << R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Java"}]})"_ba
                                                   << false << none << 6.5 << qint64(4);
    }

    void numbers()
    {
        QFETCH(QString, calculation);
        QFETCH(QByteArray, filter);
        QFETCH(bool, myTeams);
        QFETCH(QByteArray, dashboardFilter);
        QFETCH(double, expected);
        QFETCH(qint64, drill);
        DashboardWidget w = widget(WidgetType::Number);
        w.calculation = calculation;
        w.property = u"replicas"_s;
        w.filter = rules(filter.constData());
        w.myTeams = myTeams;
        WidgetContext context = m_context;
        context.dashboardFilter = rules(dashboardFilter.constData());
        const WidgetData data = computeWidget(*m_store, w, context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QVERIFY(data.hasNumber);
        QCOMPARE(data.number, expected);
        QCOMPARE(drilled(data.numberDrill), drill);
        QVERIFY(!data.footnote.isEmpty());
    }

    void dashboardFilterOnlyWhereItApplies()
    {
        WidgetContext context = m_context;
        context.dashboardFilter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Java"},
                                                                             {"property": "$team", "operator": "=", "value": "payments"}]})");
        const WidgetData incidents = computeWidget(*m_store, widget(WidgetType::Number, u"incident"_s), context);
        QCOMPARE(incidents.number, 1.0); // language does not apply to incidents; $team does
        QCOMPARE(drilled(incidents.numberDrill), qint64(1));
    }

    void unitAndColours()
    {
        DashboardWidget w = widget(WidgetType::Number);
        w.calculation = u"average"_s;
        w.property = u"replicas"_s;
        w.unit = u"pods"_s;
        w.filter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Java"}]})");
        w.colors = {{u">"_s, 10, u"red"_s}, {u">="_s, 6.5, u"yellow"_s}, {u"<"_s, 100, u"green"_s}};
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QCOMPARE(data.numberText, u"6.5 pods"_s);
        QCOMPARE(data.numberColor, u"yellow"_s);
        w.filter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Cobol"}]})");
        const WidgetData empty = computeWidget(*m_store, w, m_context);
        QVERIFY(!empty.hasNumber);
        QCOMPARE(empty.numberText, u"—"_s);
    }

    void pieKeepsFourteenSlices()
    {
        DashboardWidget w = widget(WidgetType::Pie);
        w.property = u"language"_s;
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.slices.size(), 14);
        QCOMPARE(data.slices.at(0).label, u"Go"_s);
        QCOMPARE(data.slices.at(0).value, 5.0);
        QCOMPARE(data.slices.at(3).label, u"(none)"_s);
        QCOMPARE(data.slices.last().label, u"Other"_s);
        QCOMPARE(data.slices.last().value, 3.0); // Lang10, Lang11, Lang12
        verifyDrills(data);
        double total = 0;
        for (const WidgetSlice &s : data.slices)
            total += s.value;
        QCOMPARE(total, 25.0);
    }

    void barsByTeamRelationAndBoolean_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("$team") << u"$team"_s << QStringList{u"(none)"_s, u"payments"_s, u"search"_s} << QList<double>{16, 5, 5};
        QTest::newRow("relation") << u"$relations.owner"_s << QStringList{u"(none)"_s, u"Payments"_s, u"Search"_s} << QList<double>{16, 5, 4};
        QTest::newRow("boolean") << u"critical"_s << QStringList{u"false"_s, u"true"_s} << QList<double>{16, 9};
    }

    void barsByTeamRelationAndBoolean()
    {
        QFETCH(QString, property);
        QFETCH(QStringList, labels);
        QFETCH(QList<double>, values);
        DashboardWidget w = widget(WidgetType::Bar);
        w.property = property;
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QStringList gotLabels;
        QList<double> gotValues;
        for (const WidgetSlice &s : data.slices) {
            gotLabels.append(s.label);
            gotValues.append(s.value);
        }
        QCOMPARE(gotLabels, labels);
        QCOMPARE(gotValues, values);
        verifyDrills(data);
    }

    void barOtherAndSums()
    {
        DashboardWidget w = widget(WidgetType::Bar);
        w.property = u"language"_s;
        w.calculation = u"sum"_s;
        w.valueProperty = u"replicas"_s;
        w.myTeams = true; // Go only
        const WidgetData mine = computeWidget(*m_store, w, m_context);
        QCOMPARE(mine.slices.size(), 1);
        QCOMPARE(mine.slices.at(0).value, 10.0); // 0 + 1 + 2 + 3 + 4
        w.myTeams = false;
        w.calculation = u"count"_s;
        const WidgetData all = computeWidget(*m_store, w, m_context);
        QCOMPARE(all.slices.size(), 9);
        QCOMPARE(all.slices.last().label, u"Other"_s);
        QCOMPARE(all.slices.last().value, 8.0); // Lang05 … Lang12
        verifyDrills(all);
    }

    void lineCountsPerBucket()
    {
        DashboardWidget w = widget(WidgetType::Line);
        w.dateProperty = u"launchedAt"_s;
        w.bucket = u"week"_s;
        w.days = 14; // 2 Mar … 15 Mar: services launched 0 … 13 days before 15 Mar
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.series.size(), 1);
        // Weeks start on Monday: 2 Mar (2…8 Mar: 7), 9 Mar (9…15 Mar: 7).
        const QList<QPair<QDate, double>> expected{{QDate(2026, 3, 2), 7}, {QDate(2026, 3, 9), 7}};
        QCOMPARE(data.series.first().points, expected);
        w.bucket = u"day"_s;
        w.days = 3;
        w.calculation = u"max"_s;
        w.property = u"replicas"_s;
        const WidgetData daily = computeWidget(*m_store, w, m_context);
        const QList<QPair<QDate, double>> perDay{{QDate(2026, 3, 13), 2}, {QDate(2026, 3, 14), 1}, {QDate(2026, 3, 15), 0}};
        QCOMPARE(daily.series.first().points, perDay);
    }

    void table()
    {
        DashboardWidget w = widget(WidgetType::Table);
        w.columns = {u"$title"_s, u"language"_s, u"replicas"_s, u"$team"_s, u"$relations.owner"_s};
        w.sort = QJsonArray{QJsonObject{{u"property"_s, u"replicas"_s}, {u"order"_s, u"desc"_s}}};
        w.limit = 3;
        w.filter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "in", "value": ["Go", "Java"]}]})");
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.columns, (QStringList{u"Title"_s, u"language"_s, u"replicas"_s, u"Team"_s, u"Owner"_s}));
        QCOMPARE(data.rows.size(), 3);
        QCOMPARE(data.rows.at(0), (QStringList{u"Service 8"_s, u"Java"_s, u"8"_s, u"search"_s, u"search"_s}));
        QCOMPARE(data.rowKeys.at(2), (QPair<QString, QString>{u"service"_s, u"svc-06"_s}));
        QCOMPARE(data.footnote, u"3 of 9 services"_s);
    }

    // Aggregation values have their own column: sorting by one orders the rows by it.
    void tableSortedByAggregation()
    {
        DashboardWidget w = widget(WidgetType::Table, u"team"_s);
        w.columns = {u"$identifier"_s, u"serviceCount"_s};
        w.sort = QJsonArray{QJsonObject{{u"property"_s, u"serviceCount"_s}, {u"order"_s, u"asc"_s}}};
        const WidgetData ascending = computeWidget(*m_store, w, m_context);
        QVERIFY2(ascending.error.isEmpty(), qPrintable(ascending.error));
        QCOMPARE(ascending.rows, (QList<QStringList>{{u"search"_s, u"4"_s}, {u"payments"_s, u"5"_s}}));
        w.sort = QJsonArray{QJsonObject{{u"property"_s, u"serviceCount"_s}, {u"order"_s, u"desc"_s}}};
        w.limit = 1;
        const WidgetData top = computeWidget(*m_store, w, m_context);
        QCOMPARE(top.rows, (QList<QStringList>{{u"payments"_s, u"5"_s}}));
        QCOMPARE(top.rowKeys.first().second, u"payments"_s);
    }

    // Deployments inherit their owners from their service: "my teams" and $team rules follow the
    // ownership path, in the count and in the drill.
    void inheritedOwnership_data()
    {
        QTest::addColumn<bool>("myTeams");
        QTest::addColumn<QByteArray>("dashboardFilter");
        QTest::addColumn<double>("expected");
        QTest::newRow("my teams") << true << "{}"_ba << 2.0;
        QTest::newRow("$team = search") << false << R"({"combinator": "and", "rules": [{"property": "$team", "operator": "=", "value": "search"}]})"_ba << 2.0;
        QTest::newRow("$team in") << false << R"({"combinator": "and", "rules": [{"property": "$team", "operator": "in", "value": ["search", "payments"]}]})"_ba << 3.0;
        QTest::newRow("$team != search") << false << R"({"combinator": "and", "rules": [{"property": "$team", "operator": "!=", "value": "search"}]})"_ba << 2.0;
        QTest::newRow("nobody's team") << false << R"({"combinator": "and", "rules": [{"property": "$team", "operator": "=", "value": "ghosts"}]})"_ba << 0.0;
    }

    void inheritedOwnership()
    {
        QFETCH(bool, myTeams);
        QFETCH(QByteArray, dashboardFilter);
        QFETCH(double, expected);
        DashboardWidget w = widget(WidgetType::Number, u"deployment"_s);
        w.myTeams = myTeams;
        WidgetContext context = m_context;
        context.dashboardFilter = rules(dashboardFilter.constData());
        const WidgetData data = computeWidget(*m_store, w, context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.number, expected);
        QCOMPARE(drilled(data.numberDrill), qint64(expected));
    }

    void markdownVariables()
    {
        DashboardWidget w;
        w.type = WidgetType::Markdown;
        w.markdown = u"Hello {{user}} of {{ teams }} on {{date}}; {{unknown}} stays"_s;
        WidgetContext context = m_context;
        context.myTeams = {u"payments"_s, u"search"_s};
        QCOMPARE(computeWidget(*m_store, w, context).markdown,
                 u"Hello ada@example.com of payments, search on 2026-03-15; {{unknown}} stays"_s);
    }

    // Levels: svc-24 has no language (Basic), svc-00 and svc-01 fewer than 2 replicas (Bronze), the
    // other 22 Silver.
    void scorecardWidgets()
    {
        const QJsonObject card = rules(R"({"identifier": "ops", "title": "Ops", "blueprint": "service",
            "levels": [{"title": "Basic", "color": "paleBlue"}, {"title": "Bronze", "color": "bronze"}, {"title": "Silver", "color": "silver"}],
            "rules": [{"identifier": "language", "title": "Has a language", "level": "Bronze",
                       "query": {"combinator": "and", "conditions": [{"property": "language", "operator": "isNotEmpty"}]}},
                      {"identifier": "replicated", "title": "Replicated", "level": "Silver",
                       "query": {"combinator": "and", "conditions": [{"property": "replicas", "operator": ">=", "value": 2}]}}]})");
        QHash<QString, Blueprint> model;
        for (const Blueprint &bp : m_store->blueprints())
            model.insert(bp.identifier, bp);
        const Problems problems = ScorecardStore(m_store->database()).save({card}, model, u"tester"_s, Origin::Import);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        const ScoringRunReport report = evaluateInFull(m_store->database().path(), {u"ops"_s}, m_context.now);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));

        DashboardWidget w;
        w.type = WidgetType::Scorecard;
        w.scorecard = u"ops"_s;
        const WidgetData levels = computeWidget(*m_store, w, m_context);
        QVERIFY2(levels.error.isEmpty(), qPrintable(levels.error));
        QCOMPARE(levels.slices.size(), 3);
        QCOMPARE(levels.slices.at(0).value, 1.0);
        QCOMPARE(levels.slices.at(1).value, 2.0);
        QCOMPARE(levels.slices.at(2).value, 22.0);
        QCOMPARE(levels.slices.at(1).color, u"bronze"_s);
        verifyDrills(levels);

        w.show = u"rules"_s;
        const WidgetData passing = computeWidget(*m_store, w, m_context);
        QCOMPARE(passing.slices.at(0).label, u"Has a language"_s);
        QCOMPARE(passing.slices.at(0).value, 96.0);
        QCOMPARE(drilled(passing.slices.at(0).drill), qint64(1)); // the one failing it

        w.show = u"failing"_s;
        w.level = u"Silver"_s;
        const WidgetData failing = computeWidget(*m_store, w, m_context);
        QCOMPARE(failing.rows.size(), 3);
        QCOMPARE(failing.rowKeys.first().second, u"svc-24"_s);
        QCOMPARE(failing.rows.first().at(1), u"Basic"_s);
        QCOMPARE(failing.rows.first().at(2), u"Has a language"_s);

        // The widget's filter, "my teams" and the dashboard's filter narrow scorecard widgets too
        // (Go: svc-00 and svc-01 Bronze, svc-02…04 Silver; payments owns the Go services).
        w.show = u"levels"_s;
        w.filter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]})");
        const WidgetData goLevels = computeWidget(*m_store, w, m_context);
        QVERIFY2(goLevels.error.isEmpty(), qPrintable(goLevels.error));
        QCOMPARE(goLevels.slices.at(0).value, 0.0);
        QCOMPARE(goLevels.slices.at(1).value, 2.0);
        QCOMPARE(goLevels.slices.at(2).value, 3.0);
        verifyDrills(goLevels);
        QCOMPARE(drilled(goLevels.slices.at(2).drill), qint64(3));

        w.filter = {};
        w.myTeams = true;
        const WidgetData mine = computeWidget(*m_store, w, m_context);
        QCOMPARE(mine.slices.at(1).value + mine.slices.at(2).value, 5.0);
        verifyDrills(mine);

        w.myTeams = false;
        w.show = u"failing"_s;
        WidgetContext dashboard = m_context;
        dashboard.dashboardFilter = rules(R"({"combinator": "and", "rules": [{"property": "replicas", "operator": "<", "value": 1}]})");
        const WidgetData lowest = computeWidget(*m_store, w, dashboard);
        QCOMPARE(lowest.rows.size(), 1); // svc-00 only (svc-24 has 24 replicas)
        QCOMPARE(lowest.rowKeys.first().second, u"svc-00"_s);

        w.show = u"rules"_s;
        dashboard.dashboardFilter = rules(R"({"combinator": "and", "rules": [{"property": "language", "operator": "=", "value": "Go"}]})");
        const WidgetData goRules = computeWidget(*m_store, w, dashboard);
        QCOMPARE(goRules.slices.at(0).value, 100.0);
        QCOMPARE(goRules.slices.at(1).value, 60.0); // 3 of 5 replicated
        QCOMPARE(drilled(goRules.slices.at(1).drill), qint64(2));
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("blueprint");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pie property") << int(WidgetType::Pie) << u"service"_s << u"langauge"_s << "{}"_ba << u"$.property"_s;
        QTest::newRow("number property") << int(WidgetType::Number) << u"service"_s << u"nope"_s << "{}"_ba << u"$.property"_s;
        QTest::newRow("filter property") << int(WidgetType::Number) << u"service"_s << QString()
                                         << R"({"combinator": "and", "rules": [{"property": "tier", "operator": "=", "value": "1"}]})"_ba
                                         << u"$.filter.rules[0].property"_s;
        QTest::newRow("table column") << int(WidgetType::Table) << u"service"_s << QString() << "{}"_ba << u"$.columns[1]"_s;
        QTest::newRow("blueprint") << int(WidgetType::Bar) << u"nothing"_s << u"x"_s << "{}"_ba << u"$.blueprint"_s;
        QTest::newRow("line date") << int(WidgetType::Line) << u"service"_s << QString() << "{}"_ba << u"$.dateProperty"_s;
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(int, type);
        QFETCH(QString, blueprint);
        QFETCH(QString, property);
        QFETCH(QByteArray, filter);
        QFETCH(QString, expected);
        DashboardWidget w = widget(WidgetType(type), blueprint);
        w.property = property;
        if (WidgetType(type) == WidgetType::Number && !property.isEmpty())
            w.calculation = u"sum"_s;
        w.filter = rules(filter.constData());
        w.columns = {u"$title"_s, u"colour"_s};
        w.dateProperty = u"language"_s;
        const WidgetData data = computeWidget(*m_store, w, m_context);
        QVERIFY2(data.error.startsWith(expected), qPrintable(data.error));
        QVERIFY(data.slices.isEmpty() && data.rows.isEmpty() && !data.hasNumber);
    }
};

QTEST_GUILESS_MAIN(TestWidgetData)
#include "tst_widgetdata.moc"
