// Dashboards: the JSON shape both ways, validation with JSON paths, and the store (all or nothing,
// audited).
#include "dashboards/dashboard.h"
#include "dashboards/dashboardstore.h"
#include "storefixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QHash<QString, Blueprint> model()
{
    QHash<QString, Blueprint> out;
    for (const Blueprint &bp : portalBlueprints())
        out.insert(bp.identifier, bp);
    return out;
}

const char *kHome = R"({"identifier": "home", "title": "Home", "columns": 2, "myTeams": true, "theme": "dark",
    "filter": {"combinator": "and", "rules": [{"property": "$team", "operator": "=", "value": "payments"}]},
    "widgets": [
      {"id": "count", "type": "number", "title": "Services", "blueprint": "service", "calculation": "average", "property": "replicas",
       "unit": "pods", "colors": [{"operator": ">", "value": 3, "color": "red"}], "span": 2, "pinned": true},
      {"id": "langs", "type": "pie", "blueprint": "service", "property": "language"},
      {"id": "teams", "type": "bar", "blueprint": "service", "property": "$relations.team"},
      {"id": "trend", "type": "line", "blueprint": "service", "dateProperty": "$createdAt", "bucket": "month", "days": 180},
      {"id": "list", "type": "table", "blueprint": "service", "columns": ["$title", "language"], "sort": [{"property": "replicas", "order": "desc"}], "limit": 5},
      {"id": "hello", "type": "markdown", "markdown": "Hi {{user}}"},
      {"id": "gold", "type": "scorecard", "scorecard": "production-readiness", "show": "failing", "level": "Gold"},
      {"id": "dora", "type": "dora", "metric": "all", "groupBy": "team", "windowDays": 30}
    ]})";

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(u"d%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripKeepsUnknownKeysAndOmitsDefaults()
    {
        Problems problems;
        const QJsonObject source = json(kHome);
        const Dashboard d = Dashboard::fromJson(source, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(d.widgets.size(), 8);
        QCOMPARE(d.columns, 2);
        QVERIFY(d.myTeams);
        QCOMPARE(d.extra.value("theme"_L1).toString(), u"dark"_s);
        QCOMPARE(d.widget(u"count"_s)->colors.first().color, u"red"_s);
        QCOMPARE(d.widget(u"count"_s)->extra.value("pinned"_L1), QJsonValue(true));
        QCOMPARE(d.widget(u"langs"_s)->type, WidgetType::Pie);
        QCOMPARE(d.widget(u"dora"_s)->windowDays, 30);
        QCOMPARE(d.toJson(), source);
        // Defaults are left out: a bare widget writes only its id and type.
        DashboardWidget bare;
        bare.id = u"x"_s;
        QCOMPARE(bare.toJson(), json(R"({"id": "x", "type": "number"})"));
    }

    void shapeErrorsHavePaths()
    {
        Problems problems;
        Dashboard::fromJson(json(R"({"identifier": "d", "title": 5, "widgets": [{"id": "a", "type": "donut"}, {"id": "b", "type": "pie", "days": "many"}]})"), &problems);
        QStringList paths;
        for (const Problem &p : problems)
            paths.append(p.path);
        QCOMPARE(paths, (QStringList{u"$.title"_s, u"$.widgets[0].type"_s, u"$.widgets[1].days"_s}));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("widget");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown blueprint") << R"({"id": "w", "type": "pie", "blueprint": "nope", "property": "language"})"_ba << u"$.widgets[0].blueprint"_s;
        QTest::newRow("unknown property") << R"({"id": "w", "type": "pie", "blueprint": "service", "property": "langauge"})"_ba << u"$.widgets[0].property"_s;
        QTest::newRow("unknown relation") << R"({"id": "w", "type": "bar", "blueprint": "service", "property": "$relations.owner"})"_ba << u"$.widgets[0].property"_s;
        QTest::newRow("sum of text") << R"({"id": "w", "type": "number", "blueprint": "service", "calculation": "sum", "property": "language"})"_ba << u"$.widgets[0].property"_s;
        QTest::newRow("calculation") << R"({"id": "w", "type": "number", "blueprint": "service", "calculation": "mode"})"_ba << u"$.widgets[0].calculation"_s;
        QTest::newRow("colour") << R"({"id": "w", "type": "number", "blueprint": "service", "colors": [{"operator": ">", "value": 1, "color": "ff-00"}]})"_ba << u"$.widgets[0].colors[0].color"_s;
        QTest::newRow("colour operator") << R"({"id": "w", "type": "number", "blueprint": "service", "colors": [{"operator": "~", "value": 1, "color": "red"}]})"_ba << u"$.widgets[0].colors[0].operator"_s;
        QTest::newRow("span") << R"({"id": "w", "type": "markdown", "span": 4})"_ba << u"$.widgets[0].span"_s;
        QTest::newRow("scorecard") << R"({"id": "w", "type": "scorecard", "scorecard": "nope"})"_ba << u"$.widgets[0].scorecard"_s;
        QTest::newRow("initiative") << R"({"id": "w", "type": "line", "source": "initiative", "initiative": "nope"})"_ba << u"$.widgets[0].initiative"_s;
        QTest::newRow("metric") << R"({"id": "w", "type": "dora", "metric": "mttr"})"_ba << u"$.widgets[0].metric"_s;
        QTest::newRow("table column") << R"({"id": "w", "type": "table", "blueprint": "service", "columns": ["$title", "colour"]})"_ba << u"$.widgets[0].columns[1]"_s;
        QTest::newRow("filter operator") << R"({"id": "w", "type": "number", "blueprint": "service", "filter": {"combinator": "and", "rules": [{"property": "language", "operator": "like", "value": "G"}]}})"_ba
                                         << u"$.widgets[0].filter.rules[0].operator"_s;
        QTest::newRow("missing id") << R"({"type": "markdown"})"_ba << u"$.widgets[0].id"_s;
        QTest::newRow("sort by relation") << R"({"id": "w", "type": "table", "blueprint": "service", "sort": [{"property": "$relations.team"}]})"_ba
                                          << u"$.widgets[0].sort[0].property"_s;
    }

    void validation()
    {
        QFETCH(QByteArray, widget);
        QFETCH(QString, path);
        Dashboard d = Dashboard::fromJson(json(R"({"identifier": "d", "title": "D"})"));
        d.widgets.append(DashboardWidget::fromJson(QJsonDocument::fromJson(widget).object(), u"$.widgets[0]"_s, nullptr));
        const Problems problems = validateDashboard(d, model(), {u"production-readiness"_s}, {u"q3"_s});
        QStringList paths;
        for (const Problem &p : problems)
            paths.append(p.path);
        QVERIFY2(paths.contains(path), qPrintable(paths.join(u", "_s) + u" / "_s + problems.value(0).message));
    }

    void validDashboardHasNoProblems()
    {
        const Problems problems = validateDashboard(Dashboard::fromJson(json(kHome)), model(), {u"production-readiness"_s}, {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        const Problems duplicate = validateDashboard(Dashboard::fromJson(json(R"({"identifier": "d", "title": "D", "columns": 9,
            "widgets": [{"id": "a", "type": "markdown"}, {"id": "a", "type": "markdown"}]})")), model(), {}, {});
        QCOMPARE(duplicate.size(), 2);
        QCOMPARE(duplicate.at(0).path, u"$.columns"_s);
        QCOMPARE(duplicate.at(1).path, u"$.widgets[1].id"_s);
    }

    void storeIsAllOrNothingAndAudited()
    {
        CatalogStore store(freshPath());
        write(store, portalBlueprints(), portalEntities());
        DashboardStore dashboards(store.database());
        const QJsonObject home = json(kHome);
        const QJsonObject second = json(R"({"identifier": "second", "title": "Second", "widgets": [{"id": "m", "type": "markdown", "markdown": "x"}]})");
        const QJsonObject broken = json(R"({"identifier": "broken", "title": "Broken", "widgets": [{"id": "p", "type": "pie", "blueprint": "service", "property": "nope"}]})");

        Problems problems = dashboards.save({second, broken}, model(), {u"production-readiness"_s}, {}, u"ada"_s, Origin::UI);
        QVERIFY(hasErrors(problems));
        QCOMPARE(problems.first().path, u"$.dashboards[1].widgets[0].property"_s);
        QVERIFY(dashboards.definitions().isEmpty()); // the good one was not written either

        problems = dashboards.save({home, second}, model(), {u"production-readiness"_s}, {}, u"ada"_s, Origin::UI);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        QCOMPARE(dashboards.dashboards().size(), 2);
        QCOMPARE(dashboards.dashboards().first().identifier, u"home"_s);
        QCOMPARE(dashboards.dashboard(u"home"_s)->toJson(), home);
        QCOMPARE(store.audit(u"dashboard"_s, u""_s, u"home"_s).size(), 1);

        // Saving the same again changes nothing and audits nothing; an edit is one update.
        QVERIFY(!hasErrors(dashboards.save({home}, model(), {u"production-readiness"_s}, {}, u"ada"_s, Origin::UI)));
        QCOMPARE(store.audit(u"dashboard"_s, u""_s, u"home"_s).size(), 1);
        QJsonObject edited = second;
        edited.insert(u"title"_s, u"Renamed"_s);
        QVERIFY(!hasErrors(dashboards.save({edited}, model(), {}, {}, u"bob"_s, Origin::UI)));
        const QList<AuditEntry> audit = store.audit(u"dashboard"_s, u""_s, u"second"_s);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(dashboards.dashboards().last().title, u"Renamed"_s); // keeps its place

        QVERIFY(!hasErrors(dashboards.remove(u"second"_s, u"bob"_s, Origin::UI)));
        QVERIFY(!dashboards.dashboard(u"second"_s));
        QCOMPARE(store.audit(u"dashboard"_s, u""_s, u"second"_s).size(), 3);
        QVERIFY(hasErrors(dashboards.remove(u"second"_s, u"bob"_s, Origin::UI)));
    }

    void readyMadeDashboardsAreValidWhenPresent()
    {
        // Until resources/dashboards exist this is an empty list; when they do, each must parse.
        for (const Dashboard &d : readyMadeDashboards()) {
            QVERIFY(!d.identifier.isEmpty());
            QVERIFY(!d.widgets.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
