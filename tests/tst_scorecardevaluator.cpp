// The scorecard evaluator: binary rules by query and jq, target and threshold credit, level and
// points logic, rule filters, scheduled rules, exemptions and jq errors.
#include "scoring/scorecardevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// CPU time of this thread: the build machine is shared, so wall time would measure the neighbours.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QJsonObject json(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject service(const QJsonObject &properties, const QJsonObject &relations = {})
{
    return {{u"identifier"_s, u"checkout"_s}, {u"title"_s, u"Checkout"_s}, {u"properties"_s, properties}, {u"relations"_s, relations}};
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
}

Scorecard card(const char *rulesJson, const char *extra = "")
{
    QByteArray text = "{'identifier': 'ready', 'title': 'Ready', 'blueprint': 'service', 'rules': ";
    text += rulesJson;
    text += extra;
    text += '}';
    Problems problems;
    Scorecard c = Scorecard::fromJson(json(text.constData()), &problems);
    if (!problems.isEmpty())
        qFatal("test scorecard has problems: %s", qPrintable(problems.first().toString()));
    return c;
}

// One rule on Bronze; the entity's properties vary per row.
const char *kOneRule = "[{'identifier': 'r', 'title': 'R', 'level': 'Bronze', %1}]";

Scorecard oneRule(const QByteArray &ruleBody)
{
    QByteArray rules = QByteArray(kOneRule).replace("%1", ruleBody);
    return card(rules.constData());
}

} // namespace

class TestScorecardEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every rule kind: outcome, credit and measured value for one entity.
    void ruleKinds_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QJsonObject>("properties");
        QTest::addColumn<QChar>("outcome");
        QTest::addColumn<double>("credit");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *rule, const char *properties, char outcome, double credit, const QString &message = {}) {
            QTest::newRow(name) << QByteArray(rule) << json(properties) << QChar::fromLatin1(outcome) << credit << message;
        };
        const char *query = "'query': {'combinator': 'and', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Go'}]}";
        row("binary query pass", query, "{'language': 'Go'}", 'P', 1);
        row("binary query fail", query, "{'language': 'Java'}", 'F', 0);
        row("binary jq truthy", "'jq': '.properties.coverage > 50'", "{'coverage': 70}", 'P', 1);
        row("binary jq false", "'jq': '.properties.coverage > 50'", "{'coverage': 20}", 'F', 0);
        row("binary jq null is falsy", "'jq': '.properties.nothing'", "{}", 'F', 0);
        row("binary jq string is truthy", "'jq': '.properties.language'", "{'language': 'Go'}", 'P', 1);
        row("binary jq runtime error", "'jq': '.properties.language | tonumber'", "{'language': 'Go'}", '!', 0, u"*"_s);
        row("binary jq does not compile", "'jq': '.properties.[[['", "{}", '!', 0, u"*"_s);
        row("binary query and jq both", "'query': {'conditions': [{'property': 'language', 'operator': '=', 'value': 'Go'}]}, 'jq': '.properties.coverage > 90'",
            "{'language': 'Go', 'coverage': 70}", 'F', 0);
        const char *target = "'kind': 'target', 'measure': {'property': 'coverage'}, 'target': 80";
        row("target partial", target, "{'coverage': 60}", 'F', 0.75);
        row("target reached", target, "{'coverage': 80}", 'P', 1);
        row("target exceeded caps at 1", target, "{'coverage': 95}", 'P', 1);
        row("target negative is 0", target, "{'coverage': -5}", 'F', 0);
        row("target missing value", target, "{}", 'F', 0, u"no value"_s);
        row("target non-numeric value", target, "{'coverage': 'high'}", 'F', 0, u"no value"_s);
        const char *lower = "'kind': 'target', 'measure': {'property': 'mttr'}, 'target': 4, 'direction': 'lower'";
        row("lower target met", lower, "{'mttr': 3}", 'P', 1);
        row("lower target exactly", lower, "{'mttr': 4}", 'P', 1);
        row("lower target partial", lower, "{'mttr': 8}", 'F', 0.5);
        row("target by jq", "'kind': 'target', 'measure': {'jq': '.properties.tests | length'}, 'target': 4", "{'tests': [1, 2, 3]}", 'F', 0.75);
        row("target by relation count", "'kind': 'target', 'measure': {'property': '$relations.dependsOn'}, 'target': 2", "{}", 'F', 0);
        const char *bands = "'kind': 'threshold', 'measure': {'property': 'coverage'},"
                            " 'bands': [{'from': 50, 'credit': 0.25}, {'from': 70, 'credit': 0.5}, {'from': 90, 'credit': 1}]";
        row("threshold below all bands", bands, "{'coverage': 40}", 'F', 0);
        row("threshold first band", bands, "{'coverage': 50}", 'F', 0.25);
        row("threshold middle band", bands, "{'coverage': 85}", 'F', 0.5);
        row("threshold top band passes", bands, "{'coverage': 90}", 'P', 1);
        row("threshold no value", bands, "{}", 'F', 0, u"no value"_s);
        const char *lowerBands = "'kind': 'threshold', 'measure': {'property': 'p95'}, 'direction': 'lower',"
                                 " 'bands': [{'from': 500, 'credit': 0.5}, {'from': 200, 'credit': 1}]";
        row("lower bands best", lowerBands, "{'p95': 150}", 'P', 1);
        row("lower bands partial", lowerBands, "{'p95': 300}", 'F', 0.5);
        row("lower bands none", lowerBands, "{'p95': 900}", 'F', 0);
    }
    void ruleKinds()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QJsonObject, properties);
        QFETCH(QChar, outcome);
        QFETCH(double, credit);
        QFETCH(QString, message);
        const ScorecardEvaluator evaluator(oneRule(rule));
        const EntityScore score = evaluator.evaluate(service(properties), fixedNow());
        QVERIFY(score.inScope);
        QCOMPARE(score.rules.size(), 1);
        const RuleResult &r = score.rules.first();
        QCOMPARE(r.rule, u"r"_s);
        QCOMPARE(outcomeCode(r.outcome), outcome);
        QCOMPARE(r.credit, credit);
        if (message == "*"_L1)
            QVERIFY2(!r.message.isEmpty(), "an error says why");
        else
            QCOMPARE(r.message, message);
        if (QByteArray(QTest::currentDataTag()).startsWith("target") && message.isEmpty())
            QVERIFY(r.value.isDouble()); // what was measured is kept for display
    }

    void jqCompileErrorIsReported()
    {
        const ScorecardEvaluator evaluator(oneRule("'jq': '.properties.[[['"));
        QCOMPARE(evaluator.problems().size(), 1);
        QCOMPARE(evaluator.problems().first().path, u"$.rules[0].jq"_s);
        const ScorecardEvaluator measure(oneRule("'kind': 'target', 'measure': {'jq': 'length('}, 'target': 1"));
        QCOMPARE(measure.problems().size(), 1);
        QCOMPARE(measure.problems().first().path, u"$.rules[0].measure.jq"_s);
        QCOMPARE(measure.evaluate(service({}), fixedNow()).outcomes(), u"!"_s);
    }

    // Levels: Bronze rules b1 b2, Silver s1, Gold g1; each row says which fail.
    void levels_data()
    {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<int>("level");
        QTest::newRow("all pass: Gold") << u""_s << 3;
        QTest::newRow("gold fails: Silver") << u"g1"_s << 2;
        QTest::newRow("silver fails: Bronze") << u"s1"_s << 1;
        QTest::newRow("passes Silver rules but fails a Bronze rule: Basic") << u"b2"_s << 0;
        QTest::newRow("everything fails: Basic") << u"b1,b2,s1,g1"_s << 0;
        QTest::newRow("silver and gold fail: Bronze") << u"s1,g1"_s << 1;
    }
    void levels()
    {
        QFETCH(QString, failing);
        QFETCH(int, level);
        const Scorecard c = card("[{'identifier': 'b1', 'title': 'b1', 'level': 'Bronze', 'jq': '.properties.b1'},"
                                 " {'identifier': 'b2', 'title': 'b2', 'level': 'Bronze', 'jq': '.properties.b2'},"
                                 " {'identifier': 's1', 'title': 's1', 'level': 'Silver', 'jq': '.properties.s1'},"
                                 " {'identifier': 'g1', 'title': 'g1', 'level': 'Gold', 'jq': '.properties.g1'}]");
        QJsonObject properties;
        for (const QString &rule : {u"b1"_s, u"b2"_s, u"s1"_s, u"g1"_s})
            properties.insert(rule, !failing.split(u',').contains(rule));
        const ScorecardEvaluator evaluator(c);
        const EntityScore score = evaluator.evaluate(service(properties), fixedNow());
        QCOMPARE(score.level, level);
        QCOMPARE(reachedLevel(c, score.rules), level);
    }

    void levelsIgnoreOutcomesThatDoNotCount_data()
    {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<int>("level");
        QTest::newRow("not applicable") << u"P-PP"_s << 3;
        QTest::newRow("upcoming") << u"PPUP"_s << 3;
        QTest::newRow("exempt") << u"EPPP"_s << 3;
        QTest::newRow("error holds back") << u"PP!P"_s << 1;
        QTest::newRow("fail holds back") << u"PPPF"_s << 2;
    }
    void levelsIgnoreOutcomesThatDoNotCount()
    {
        QFETCH(QString, codes);
        QFETCH(int, level);
        const Scorecard c = card("[{'identifier': 'b1', 'title': 'b1', 'level': 'Bronze', 'jq': 'true'},"
                                 " {'identifier': 'b2', 'title': 'b2', 'level': 'Bronze', 'jq': 'true'},"
                                 " {'identifier': 's1', 'title': 's1', 'level': 'Silver', 'jq': 'true'},"
                                 " {'identifier': 'g1', 'title': 'g1', 'level': 'Gold', 'jq': 'true'}]");
        QList<RuleResult> results;
        for (qsizetype i = 0; i < codes.size(); ++i)
            results.append({c.rules.at(i).identifier, outcomeFromCode(codes.at(i)), codes.at(i) == u'P' ? 1.0 : 0.0, {}, {}});
        QCOMPARE(reachedLevel(c, results), level);
    }

    void points_data()
    {
        QTest::addColumn<QJsonObject>("properties");
        QTest::addColumn<double>("points");
        // Weights 3 (binary), 1 (target coverage/80), and a rule that only applies to tier-1.
        QTest::newRow("all earned") << json("{'docs': true, 'coverage': 80, 'tier': 'tier-1', 'oncall': true}") << 100.0;
        QTest::newRow("heavy rule missed") << json("{'docs': false, 'coverage': 80, 'tier': 'tier-1', 'oncall': true}") << 100.0 * 2 / 5;
        QTest::newRow("partial credit") << json("{'docs': true, 'coverage': 40, 'tier': 'tier-1', 'oncall': true}") << 100.0 * 4.5 / 5;
        QTest::newRow("filtered rule left out") << json("{'docs': true, 'coverage': 40, 'tier': 'tier-3', 'oncall': false}") << 100.0 * 3.5 / 4;
        QTest::newRow("nothing earned") << json("{'docs': false, 'coverage': 0, 'tier': 'tier-1', 'oncall': false}") << 0.0;
    }
    void points()
    {
        QFETCH(QJsonObject, properties);
        QFETCH(double, points);
        const Scorecard c = card("[{'identifier': 'docs', 'title': 'Docs', 'level': 'Bronze', 'weight': 3, 'jq': '.properties.docs'},"
                                 " {'identifier': 'cov', 'title': 'Coverage', 'level': 'Silver', 'kind': 'target', 'measure': {'property': 'coverage'}, 'target': 80},"
                                 " {'identifier': 'oncall', 'title': 'On-call', 'level': 'Gold', 'jq': '.properties.oncall',"
                                 "  'filter': {'conditions': [{'property': 'tier', 'operator': '=', 'value': 'tier-1'}]}}]",
                                 ", 'scoring': 'points'");
        const ScorecardEvaluator evaluator(c);
        const EntityScore score = evaluator.evaluate(service(properties), fixedNow());
        QCOMPARE(score.points, points);
        QCOMPARE(earnedPoints(c, score.rules), points);
    }

    void pointsWhenNothingCounts()
    {
        const Scorecard c = card("[{'identifier': 'a', 'title': 'a', 'level': 'Bronze', 'jq': 'false'}]");
        QCOMPARE(earnedPoints(c, {{u"a"_s, RuleOutcome::NotApplicable, 0, {}, {}}}), 100.0);
        QCOMPARE(earnedPoints(c, {{u"a"_s, RuleOutcome::Fail, 0, {}, {}}}), 0.0);
    }

    void ruleFilterMakesRuleNotApply()
    {
        const Scorecard c = card("[{'identifier': 'pci', 'title': 'PCI scan', 'level': 'Bronze', 'jq': '.properties.scanned',"
                                 "  'filter': {'conditions': [{'property': 'tags', 'operator': 'contains', 'value': 'pci'}]}}]");
        const ScorecardEvaluator evaluator(c);
        const EntityScore outside = evaluator.evaluate(service(json("{'tags': ['edge'], 'scanned': false}")), fixedNow());
        QCOMPARE(outside.outcomes(), u"-"_s);
        QCOMPARE(outside.level, 3); // neither pass nor fail: it holds nobody back
        const EntityScore inside = evaluator.evaluate(service(json("{'tags': ['pci'], 'scanned': false}")), fixedNow());
        QCOMPARE(inside.outcomes(), u"F"_s);
        QCOMPARE(inside.level, 0);
    }

    void scorecardFilterLeavesEntityOutOfScope()
    {
        const Scorecard c = card("[{'identifier': 'a', 'title': 'a', 'level': 'Bronze', 'jq': 'true'}]",
                                 ", 'filter': {'combinator': 'and', 'conditions': [{'property': 'lifecycle', 'operator': '=', 'value': 'production'}]}");
        const ScorecardEvaluator evaluator(c);
        const EntityScore out = evaluator.evaluate(service(json("{'lifecycle': 'experimental'}")), fixedNow());
        QVERIFY(!out.inScope);
        QVERIFY(out.rules.isEmpty());
        const EntityScore in = evaluator.evaluate(service(json("{'lifecycle': 'production'}")), fixedNow());
        QVERIFY(in.inScope);
        QCOMPARE(in.outcomes(), u"P"_s);
    }

    void scheduledRules_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("runbook");
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("level");
        const QDateTime from(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("before: upcoming, would fail") << from.addSecs(-1) << false << u"PU"_s << u"would fail"_s << 3;
        QTest::newRow("before: upcoming, would pass") << from.addDays(-10) << true << u"PU"_s << u"would pass"_s << 3;
        QTest::newRow("at effectiveFrom: counts") << from << false << u"PF"_s << QString() << 1;
        QTest::newRow("after: passes") << from.addDays(3) << true << u"PP"_s << QString() << 3;
    }
    void scheduledRules()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, runbook);
        QFETCH(QString, codes);
        QFETCH(QString, message);
        QFETCH(int, level);
        const Scorecard c = card("[{'identifier': 'owner', 'title': 'Owner', 'level': 'Bronze', 'jq': 'true'},"
                                 " {'identifier': 'runbook', 'title': 'Runbook', 'level': 'Silver', 'jq': '.properties.runbook',"
                                 "  'effectiveFrom': '2026-04-01T00:00:00Z'}]");
        const ScorecardEvaluator evaluator(c);
        const EntityScore score = evaluator.evaluate(service(QJsonObject{{u"runbook"_s, runbook}}), now);
        QCOMPARE(score.outcomes(), codes);
        QCOMPARE(score.rules.at(1).message, message);
        QCOMPARE(score.level, level);
    }

    void exemptions_data()
    {
        QTest::addColumn<Exemption>("exemption");
        QTest::addColumn<QString>("codes");
        QTest::addColumn<int>("level");
        Exemption active;
        active.scorecard = u"ready"_s;
        active.rule = u"docs"_s;
        active.entity = u"checkout"_s;
        active.reason = u"legacy service, retiring in Q3"_s;
        active.requestedBy = u"ana"_s;
        active.approvedBy = u"ben"_s;
        active.expiresAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC);
        Exemption permanent = active;
        permanent.expiresAt = {};
        Exemption expired = active;
        expired.expiresAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
        Exemption pending = active;
        pending.approvedBy.clear();
        Exemption revoked = active;
        revoked.revoked = true;
        Exemption otherRule = active;
        otherRule.rule = u"cov"_s;
        Exemption otherScorecard = active;
        otherScorecard.scorecard = u"security"_s;
        QTest::newRow("active") << active << u"EP"_s << 3;
        QTest::newRow("permanent") << permanent << u"EP"_s << 3;
        QTest::newRow("expired") << expired << u"FP"_s << 0;
        QTest::newRow("pending") << pending << u"FP"_s << 0;
        QTest::newRow("revoked") << revoked << u"FP"_s << 0;
        QTest::newRow("another rule") << otherRule << u"FE"_s << 0;
        QTest::newRow("another scorecard") << otherScorecard << u"FP"_s << 0;
    }
    void exemptions()
    {
        QFETCH(Exemption, exemption);
        QFETCH(QString, codes);
        QFETCH(int, level);
        const Scorecard c = card("[{'identifier': 'docs', 'title': 'Docs', 'level': 'Bronze', 'jq': '.properties.docs'},"
                                 " {'identifier': 'cov', 'title': 'Coverage', 'level': 'Silver', 'jq': 'true'}]");
        const ScorecardEvaluator evaluator(c);
        const EntityScore score = evaluator.evaluate(service(json("{'docs': false}")), fixedNow(), {exemption});
        QCOMPARE(score.outcomes(), codes);
        QCOMPARE(score.level, level);
        if (codes.startsWith(u'E')) {
            QCOMPARE(score.rules.first().message, exemption.reason);
            QCOMPARE(score.points, 100.0); // left out of points
        }
    }

    void exemptionJsonRoundTrips()
    {
        Exemption e;
        e.id = 42;
        e.scorecard = u"ready"_s;
        e.rule = u"docs"_s;
        e.blueprint = u"service"_s;
        e.entity = u"checkout"_s;
        e.reason = u"why"_s;
        e.requestedBy = u"ana"_s;
        e.approvedBy = u"ben"_s;
        e.requestedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        e.approvedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const Exemption back = Exemption::fromJson(e.toJson());
        QCOMPARE(back.toJson(), e.toJson());
        QCOMPARE(back.id, 42);
        QVERIFY(!back.expiresAt.isValid());
        QVERIFY(back.isActive(fixedNow()));
        QVERIFY(!e.toJson().contains("expiresAt"_L1));
    }

    void codesRoundTrip()
    {
        for (RuleOutcome o : {RuleOutcome::Pass, RuleOutcome::Fail, RuleOutcome::NotApplicable, RuleOutcome::Upcoming,
                              RuleOutcome::Exempt, RuleOutcome::Error}) {
            QCOMPARE(outcomeFromCode(outcomeCode(o)), o);
            QVERIFY(!outcomeName(o).isEmpty());
        }
        QCOMPARE(QString(outcomeCode(RuleOutcome::NotApplicable)), u"-"_s);
    }

    void propertiesReadAndDerivedValues()
    {
        const Scorecard c = card("[{'identifier': 'a', 'title': 'a', 'level': 'Bronze', 'query': {'conditions': [{'property': 'language', 'operator': 'isNotEmpty'},"
                                 "  {'relation': 'owner', 'operator': '=', 'value': 1}]}},"
                                 " {'identifier': 'b', 'title': 'b', 'level': 'Silver', 'kind': 'target', 'measure': {'property': 'ownerTier'}, 'target': 1,"
                                 "  'filter': {'conditions': [{'property': 'tier', 'operator': '=', 'value': 'tier-1'}]}}]");
        const ScorecardEvaluator evaluator(c);
        QCOMPARE(evaluator.propertiesRead(), (QStringList{u"language"_s, u"$relations.owner"_s, u"tier"_s, u"ownerTier"_s}));
        Blueprint plain;
        plain.identifier = u"service"_s;
        QVERIFY(!evaluator.needsDerivedValues(plain));
        Blueprint mirrored = plain;
        mirrored.mirrors.append({u"ownerTier"_s, u"Owner tier"_s, u"owner.tier"_s});
        QVERIFY(evaluator.needsDerivedValues(mirrored));
    }

    // Not a timed assertion: ns per rule evaluation for a 10-rule condition scorecard, printed for the report.
    void evaluationCost()
    {
        QByteArray rules = "[";
        const char *conditions[] = {
            "{'property': 'language', 'operator': 'isNotEmpty'}",
            "{'property': 'coverage', 'operator': '>=', 'value': 70}",
            "{'property': 'tier', 'operator': 'in', 'value': ['tier-1', 'tier-2']}",
            "{'relation': 'owner', 'operator': '=', 'value': 1}",
            "{'property': 'readme', 'operator': 'endsWith', 'value': '.md'}",
            "{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'lastMonth'}}",
            "{'property': '$team', 'operator': 'isNotEmpty'}",
            "{'property': 'tags', 'operator': 'contains', 'value': 'pci'}",
            "{'property': 'lifecycle', 'operator': '=', 'value': 'production'}",
            "{'property': 'oncall', 'operator': 'isNotEmpty'}",
        };
        for (int i = 0; i < 10; ++i) {
            rules += i ? ", " : "";
            rules += "{'identifier': 'r" + QByteArray::number(i) + "', 'title': 't', 'level': '" + (i < 4 ? "Bronze" : i < 8 ? "Silver" : "Gold")
                + "', 'query': {'combinator': 'and', 'conditions': [" + conditions[i] + "]}}";
        }
        rules += "]";
        const ScorecardEvaluator evaluator(card(rules.constData()));
        QJsonObject e = service(json("{'language': 'Go', 'coverage': 72, 'tier': 'tier-1', 'readme': 'README.md', 'lastDeploy': '2026-03-10T10:00:00Z',"
                                     " 'tags': ['pci'], 'lifecycle': 'production', 'oncall': 'ana'}"),
                                json("{'owner': 'payments'}"));
        e.insert(u"team"_s, QJsonArray{u"payments"_s});
        constexpr int n = 100'000;
        int passed = 0;
        qint64 start = threadCpuNs();
        for (int i = 0; i < n; ++i)
            passed += evaluator.evaluate(e, fixedNow()).level;
        const double perRule = double(threadCpuNs() - start) / n / 10;
        QCOMPARE(passed, 3 * n);
        qInfo("evaluate(): %.0f ns per condition rule (10 rules, levels and points included)", perRule);
    }
};

QTEST_GUILESS_MAIN(TestScorecardEvaluator)
#include "tst_scorecardevaluator.moc"
