// The DORA metrics over a small hand-made delivery catalog (the demo's blueprint shapes), with every
// figure worked out by hand below.
#include "dashboards/dora.h"
#include "dashboards/widgetdata.h"
#include "demo/demoportal.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::testing;

namespace {

QList<Blueprint> deliveryBlueprints()
{
    return {
        blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {}}})"),
        blueprint(R"({"identifier": "environment", "title": "Environment", "schema": {"properties": {"type": {"type": "string", "enum": ["staging", "production"]}}}})"),
        blueprint(R"({"identifier": "service", "title": "Service", "schema": {"properties": {}}})"),
        blueprint(R"({"identifier": "runningService", "title": "Running Service", "schema": {"properties": {}},
                      "relations": {"service": {"target": "service", "many": false}, "environment": {"target": "environment", "many": false}}})"),
        blueprint(R"({"identifier": "deployment", "title": "Deployment",
                      "schema": {"properties": {"status": {"type": "string", "enum": ["success", "failure", "rolledBack"]},
                                                "startedAt": {"type": "string", "format": "date-time"},
                                                "finishedAt": {"type": "string", "format": "date-time"},
                                                "commitAt": {"type": "string", "format": "date-time"},
                                                "hotfix": {"type": "boolean"}}},
                      "relations": {"runningService": {"target": "runningService", "many": false}, "service": {"target": "service", "many": false}}})"),
        blueprint(R"({"identifier": "pullRequest", "title": "Pull Request",
                      "schema": {"properties": {"openedAt": {"type": "string", "format": "date-time"}, "mergedAt": {"type": "string", "format": "date-time"}}},
                      "relations": {"service": {"target": "service", "many": false}}})"),
        blueprint(R"({"identifier": "incident", "title": "Incident",
                      "schema": {"properties": {"openedAt": {"type": "string", "format": "date-time"}, "resolvedAt": {"type": "string", "format": "date-time"}}},
                      "relations": {"service": {"target": "service", "many": false}, "causedBy": {"target": "deployment", "many": false}}})"),
    };
}

Entity deployment(const QString &id, const QString &service, const QString &env, const QString &status, const QString &started,
                  const QString &finished, const QString &commit, bool hotfix = false)
{
    Entity e;
    e.blueprint = u"deployment"_s;
    e.identifier = id;
    e.title = id;
    e.properties = {{u"status"_s, status}, {u"startedAt"_s, started}, {u"finishedAt"_s, finished}, {u"hotfix"_s, hotfix}};
    if (!commit.isEmpty())
        e.properties.insert(u"commitAt"_s, commit);
    e.relations = {{u"runningService"_s, QString(service + u'-' + env)}, {u"service"_s, service}};
    return e;
}

// now = 2026-03-15T00:00Z, window 14 days: week 0 = [1 Mar, 8 Mar), week 1 = [8 Mar, 15 Mar).
// cart, production:
//   d1 success  commit 2 Mar 00:00 → finished 2 Mar 10:00          lead 10 h
//   d2 failure  finished 3 Mar 10:00; next success d3 3 Mar 14:00  recovery 4 h
//   d3 success  hotfix, commit 3 Mar 08:00 → 3 Mar 14:00           lead 6 h, rework
//   d4 success  no commit; pr1 opened 8 Mar 12:00 → 9 Mar 12:00    lead 24 h; caused inc1 (13:00–15:00): recovery 2 h
//   d5 success  commit 10 Mar 00:00 → 10 Mar 12:00                 lead 12 h
// Not counted: dStaging (staging), dOld (before the window; d4's PR search starts after d3 anyway).
// search (team search-team): d6 success commit 12 Mar 00:00 → 12 Mar 02:00, lead 2 h.
QList<Entity> deliveryEntities()
{
    QList<Entity> out{
        entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments"})"),
        entity(R"({"identifier": "search-team", "blueprint": "team", "title": "Search"})"),
        entity(R"({"identifier": "production", "blueprint": "environment", "title": "Production", "properties": {"type": "production"}})"),
        entity(R"({"identifier": "staging", "blueprint": "environment", "title": "Staging", "properties": {"type": "staging"}})"),
        entity(R"({"identifier": "cart", "blueprint": "service", "title": "Cart", "team": ["payments"]})"),
        entity(R"({"identifier": "search", "blueprint": "service", "title": "Search", "team": ["search-team"]})"),
    };
    for (const QString &service : {u"cart"_s, u"search"_s})
        for (const QString &env : {u"production"_s, u"staging"_s}) {
            Entity rs;
            rs.blueprint = u"runningService"_s;
            rs.identifier = service + u'-' + env;
            rs.relations = {{u"service"_s, service}, {u"environment"_s, env}};
            out.append(rs);
        }
    out << deployment(u"dOld"_s, u"cart"_s, u"production"_s, u"success"_s, u"2026-02-20T09:00:00Z"_s, u"2026-02-20T10:00:00Z"_s, u"2026-02-19T10:00:00Z"_s)
        << deployment(u"d1"_s, u"cart"_s, u"production"_s, u"success"_s, u"2026-03-02T09:00:00Z"_s, u"2026-03-02T10:00:00Z"_s, u"2026-03-02T00:00:00Z"_s)
        << deployment(u"d2"_s, u"cart"_s, u"production"_s, u"failure"_s, u"2026-03-03T09:00:00Z"_s, u"2026-03-03T10:00:00Z"_s, u"2026-03-03T01:00:00Z"_s)
        << deployment(u"d3"_s, u"cart"_s, u"production"_s, u"success"_s, u"2026-03-03T13:00:00Z"_s, u"2026-03-03T14:00:00Z"_s, u"2026-03-03T08:00:00Z"_s, true)
        << deployment(u"dStaging"_s, u"cart"_s, u"staging"_s, u"success"_s, u"2026-03-04T09:00:00Z"_s, u"2026-03-04T10:00:00Z"_s, u"2026-03-04T00:00:00Z"_s)
        << deployment(u"d4"_s, u"cart"_s, u"production"_s, u"success"_s, u"2026-03-09T11:00:00Z"_s, u"2026-03-09T12:00:00Z"_s, {})
        << deployment(u"d5"_s, u"cart"_s, u"production"_s, u"success"_s, u"2026-03-10T11:00:00Z"_s, u"2026-03-10T12:00:00Z"_s, u"2026-03-10T00:00:00Z"_s)
        << deployment(u"d6"_s, u"search"_s, u"production"_s, u"success"_s, u"2026-03-12T01:00:00Z"_s, u"2026-03-12T02:00:00Z"_s, u"2026-03-12T00:00:00Z"_s);
    out << entity(R"({"identifier": "pr0", "blueprint": "pullRequest", "properties": {"openedAt": "2026-03-01T00:00:00Z", "mergedAt": "2026-03-03T12:00:00Z"}, "relations": {"service": "cart"}})")
        << entity(R"({"identifier": "pr1", "blueprint": "pullRequest", "properties": {"openedAt": "2026-03-08T12:00:00Z", "mergedAt": "2026-03-09T08:00:00Z"}, "relations": {"service": "cart"}})")
        << entity(R"({"identifier": "inc1", "blueprint": "incident", "properties": {"openedAt": "2026-03-09T13:00:00Z", "resolvedAt": "2026-03-09T15:00:00Z"},
                     "relations": {"service": "cart", "causedBy": "d4"}})");
    return out;
}

const DoraFigure *find(const QList<DoraFigure> &figures, const QString &group, DoraMetric metric)
{
    for (const DoraFigure &f : figures)
        if (f.group == group && f.metric == metric)
            return &f;
    return nullptr;
}

} // namespace

class TestDora final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;

    DoraOptions options(const QString &groupBy) const
    {
        DoraOptions o;
        o.now = QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::UTC);
        o.windowDays = 14;
        o.groupBy = groupBy;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"dora.sqlite"_s));
        QVERIFY(m_store->isOpen());
        write(*m_store, deliveryBlueprints(), deliveryEntities());
    }

    void perService_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("band");
        QTest::newRow("frequency: weeks of 3 and 2") << int(DoraMetric::DeploymentFrequency) << 2.5 << 5 << u"High"_s;
        QTest::newRow("lead time: median of 6 10 12 24") << int(DoraMetric::ChangeLeadTime) << 11.0 << 4 << u"Elite"_s;
        QTest::newRow("change fail rate: d2 and d4 of 5") << int(DoraMetric::ChangeFailRate) << 0.4 << 5 << u"Low"_s;
        QTest::newRow("recovery: median of 4 and 2") << int(DoraMetric::RecoveryTime) << 3.0 << 2 << u"High"_s;
        QTest::newRow("rework: the hotfix of 5") << int(DoraMetric::ReworkRate) << 0.2 << 5 << QString();
    }

    void perService()
    {
        QFETCH(int, metric);
        QFETCH(double, value);
        QFETCH(int, count);
        QFETCH(QString, band);
        const QList<DoraFigure> figures = computeDora(*m_store, options(u"service"_s));
        const DoraFigure *f = find(figures, u"cart"_s, DoraMetric(metric));
        QVERIFY(f);
        QVERIFY(f->hasValue);
        QCOMPARE(f->groupTitle, u"Cart"_s);
        QCOMPARE(f->value, value);
        QCOMPARE(f->count, count);
        QCOMPARE(f->band, band);
    }

    void samplesExplainTheFigures()
    {
        const QList<DoraFigure> figures = computeDora(*m_store, options(u"service"_s));
        const DoraFigure *lead = find(figures, u"cart"_s, DoraMetric::ChangeLeadTime);
        QVERIFY(lead);
        const auto d4 = std::find_if(lead->samples.cbegin(), lead->samples.cend(), [](const DoraSample &s) { return s.identifier == "d4"_L1; });
        QVERIFY(d4 != lead->samples.cend());
        QCOMPARE(d4->value, 24.0);
        QCOMPARE(d4->note, u"from pull request pr1 opened"_s);
        const DoraFigure *recovery = find(figures, u"cart"_s, DoraMetric::RecoveryTime);
        QStringList notes;
        for (const DoraSample &s : recovery->samples)
            notes.append(s.identifier + u": "_s + s.note);
        QCOMPARE(notes, (QStringList{u"d2: recovered by deployment d3"_s, u"d4: incident inc1 resolved"_s}));
        const DoraFigure *fail = find(figures, u"cart"_s, DoraMetric::ChangeFailRate);
        for (const DoraSample &s : fail->samples)
            if (s.identifier == "d4"_L1)
                QCOMPARE(s.note, u"caused incident inc1"_s);
        // Staging and older deployments are not among the samples.
        for (const DoraSample &s : find(figures, u"cart"_s, DoraMetric::DeploymentFrequency)->samples)
            QVERIFY2(s.identifier != "dStaging"_L1 && s.identifier != "dOld"_L1, qPrintable(s.identifier));
    }

    void perTeamAndAll()
    {
        const QList<DoraFigure> teams = computeDora(*m_store, options(u"team"_s));
        QCOMPARE(find(teams, u"payments"_s, DoraMetric::ChangeLeadTime)->value, 11.0);
        QCOMPARE(find(teams, u"search-team"_s, DoraMetric::ChangeLeadTime)->value, 2.0);
        QCOMPARE(find(teams, u"search-team"_s, DoraMetric::ChangeLeadTime)->groupTitle, u"Search"_s);
        const QList<DoraFigure> all = computeDora(*m_store, options(u"all"_s));
        QCOMPARE(all.size(), 5);
        QCOMPARE(find(all, QString(), DoraMetric::DeploymentFrequency)->value, 3.0); // weeks of 3 and 3
        QCOMPARE(find(all, QString(), DoraMetric::ChangeLeadTime)->value, 10.0);    // 2 6 10 12 24
        QCOMPARE(find(all, QString(), DoraMetric::ChangeFailRate)->value, 2.0 / 6.0);
    }

    void onlyTheAskedGroups()
    {
        DoraOptions o = options(u"service"_s);
        o.groups = {u"search"_s};
        const QList<DoraFigure> figures = computeDora(*m_store, o);
        QCOMPARE(figures.size(), 5);
        QVERIFY(!find(figures, u"cart"_s, DoraMetric::ChangeLeadTime));
    }

    // The demo portal's delivery history gives every metric for every team, in plausible ranges.
    void demoPortal()
    {
        CatalogStore store(m_dir.filePath(u"demo.sqlite"_s));
        const QDate anchor(2026, 3, 15);
        const Problems problems = createDemoPortal(store, 7, anchor, u"tester"_s);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        DoraOptions o;
        o.now = QDateTime(anchor, QTime(23, 0), QTimeZone::UTC);
        o.groupBy = u"team"_s;
        QElapsedTimer timer;
        timer.start();
        const QList<DoraFigure> figures = computeDora(store, o);
        qInfo("DORA per team over 90 days: %d figures in %lld ms", int(figures.size()), timer.elapsed());
        QVERIFY(figures.size() >= 5);
        int leadTimes = 0;
        for (const DoraFigure &f : figures) {
            if (f.metric == DoraMetric::ChangeFailRate || f.metric == DoraMetric::ReworkRate)
                QVERIFY(f.value >= 0 && f.value <= 1);
            if (f.metric == DoraMetric::ChangeLeadTime && f.hasValue) {
                QVERIFY(f.value > 0);
                ++leadTimes;
            }
        }
        QVERIFY(leadTimes > 0);
        // Widgets over the same demo: drills count exactly what the slices count.
        WidgetContext context;
        context.now = o.now;
        for (const QString &property : {u"status"_s, u"$relations.service"_s, u"$team"_s, u"hotfix"_s}) {
            DashboardWidget pie;
            pie.type = WidgetType::Pie;
            pie.blueprint = u"deployment"_s;
            pie.property = property;
            timer.restart();
            const WidgetData data = computeWidget(store, pie, context);
            qInfo("pie of deployments by %s: %d slices in %lld ms", qPrintable(property), int(data.slices.size()), timer.elapsed());
            QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
            QVERIFY(!data.slices.isEmpty());
            for (const WidgetSlice &slice : data.slices)
                if (property != "$team"_L1 || slice.label != "Other"_L1) // an entity of two teams is in two slices
                    QCOMPARE(store.count({slice.drill.blueprint, slice.drill.filter, {}, {}, 100, 0}), qint64(slice.value));
        }
        o.groupBy = u"all"_s;
        for (const DoraFigure &f : computeDora(store, o))
            qInfo("%s: %.2f %s (%lld samples) %s", qPrintable(doraMetricKey(f.metric)), f.value, qPrintable(doraUnit(f.metric)),
                  f.count, qPrintable(f.band));
    }

    void definitionsSayBoth()
    {
        for (DoraMetric m : doraMetrics()) {
            QVERIFY(doraDefinition(m).startsWith("DORA: "_L1));
            QVERIFY(doraDefinition(m).contains("Portolan: "_L1));
            QVERIFY(!doraMetricKey(m).isEmpty());
            QVERIFY(!doraUnit(m).isEmpty());
        }
        QCOMPARE(doraMetricKey(DoraMetric::RecoveryTime), u"recoveryTime"_s);
    }

    void doraWidget()
    {
        DashboardWidget w;
        w.type = WidgetType::Dora;
        w.metric = u"changeLeadTime"_s;
        w.windowDays = 14;
        WidgetContext context;
        context.now = QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::UTC);
        const WidgetData data = computeWidget(*m_store, w, context);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.slices.size(), 2);
        QCOMPARE(data.slices.at(0).label, u"Cart"_s);
        QCOMPARE(data.slices.at(0).value, 11.0);
        QCOMPARE(data.slices.at(0).drill.blueprint, u"deployment"_s);
        QCOMPARE(m_store->count({u"deployment"_s, data.slices.at(0).drill.filter, {}, {}, 100, 0}), qint64(4));
        w.myTeams = true;
        context.myTeams = {u"search-team"_s};
        const WidgetData mine = computeWidget(*m_store, w, context);
        QCOMPARE(mine.slices.size(), 1);
        QCOMPARE(mine.slices.at(0).label, u"Search"_s);
        w.myTeams = false;
        w.metric = u"all"_s;
        const WidgetData table = computeWidget(*m_store, w, context);
        QCOMPARE(table.columns.size(), 6);
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).at(0), u"Cart"_s);
        QCOMPARE(table.rows.at(0).at(3), u"40 % · Low"_s);
    }
};

QTEST_GUILESS_MAIN(TestDora)
#include "tst_dora.moc"
