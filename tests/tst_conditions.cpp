// Port's scorecard conditions: every operator passing and failing, dates and presets at a fixed
// now, relation counts, nested combinators, meta-properties and check() paths.
#include "scoring/conditionprogram.h"
#include "scoring/conditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimeZone>

#include <ctime>
#include <QTest>

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

// JSON written with single quotes, so the tables stay readable without escaping.
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

QJsonObject entity()
{
    return json("{'identifier': 'checkout', 'title': 'Checkout', 'blueprint': 'service', 'team': ['payments'],"
                " '$createdAt': '2025-01-10T08:00:00.000Z', '$updatedAt': '2026-03-14T09:00:00.000Z',"
                " 'properties': {'language': 'Go', 'coverage': 72, 'tier': 'tier-1', 'tags': ['pci', 'edge'],"
                "   'oncall': null, 'empty': '', 'pci': true, 'readme': 'https://git/checkout/README.md',"
                "   'lastDeploy': '2026-03-15T08:30:00Z', 'dueDate': '2026-03-20', 'reviewAt': '2026-03-16T10:00:00Z'},"
                " 'relations': {'owner': 'payments', 'dependsOn': ['a', 'b', 'c'], 'runbook': null}}");
}

// Sunday 2026-03-15, noon UTC: every preset below is relative to it.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
}

} // namespace

class TestConditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void operators_data()
    {
        QTest::addColumn<QJsonObject>("condition");
        QTest::addColumn<bool>("expected");
        const auto row = [](const char *name, const char *condition, bool expected) {
            QTest::newRow(name) << json(condition) << expected;
        };
        row("= string pass", "{'property': 'language', 'operator': '=', 'value': 'Go'}", true);
        row("= string fail", "{'property': 'language', 'operator': '=', 'value': 'Java'}", false);
        row("= number pass", "{'property': 'coverage', 'operator': '=', 'value': 72.0}", true);
        row("= number is not its string", "{'property': 'coverage', 'operator': '=', 'value': '72'}", false);
        row("= bool pass", "{'property': 'pci', 'operator': '=', 'value': true}", true);
        row("= bool fail", "{'property': 'pci', 'operator': '=', 'value': false}", false);
        row("= null matches null", "{'property': 'oncall', 'operator': '=', 'value': null}", true);
        row("= null matches missing", "{'property': 'nothing', 'operator': '=', 'value': null}", true);
        row("!= pass", "{'property': 'language', 'operator': '!=', 'value': 'Java'}", true);
        row("!= fail", "{'property': 'language', 'operator': '!=', 'value': 'Go'}", false);
        row("!= null fail", "{'property': 'oncall', 'operator': '!=', 'value': null}", false);
        row("> pass", "{'property': 'coverage', 'operator': '>', 'value': 70}", true);
        row("> fail", "{'property': 'coverage', 'operator': '>', 'value': 80}", false);
        row("> equal fails", "{'property': 'coverage', 'operator': '>', 'value': 72}", false);
        row("> string vs number fails", "{'property': 'language', 'operator': '>', 'value': 5}", false);
        row("> missing fails", "{'property': 'nothing', 'operator': '>', 'value': 0}", false);
        row("< pass", "{'property': 'coverage', 'operator': '<', 'value': 80}", true);
        row("< fail", "{'property': 'coverage', 'operator': '<', 'value': 70}", false);
        row(">= pass", "{'property': 'coverage', 'operator': '>=', 'value': 72}", true);
        row(">= fail", "{'property': 'coverage', 'operator': '>=', 'value': 73}", false);
        row("<= pass", "{'property': 'coverage', 'operator': '<=', 'value': 72}", true);
        row("<= fail", "{'property': 'coverage', 'operator': '<=', 'value': 71}", false);
        row("> date pass", "{'property': 'lastDeploy', 'operator': '>', 'value': '2026-03-01T00:00:00Z'}", true);
        row("> date with offset pass", "{'property': 'lastDeploy', 'operator': '>', 'value': '2026-03-15T10:29:00+02:00'}", true);
        row("> date with offset fail", "{'property': 'lastDeploy', 'operator': '>', 'value': '2026-03-15T10:31:00+02:00'}", false);
        row("< date-only pass", "{'property': 'lastDeploy', 'operator': '<', 'value': '2026-03-16'}", true);
        row("> string order pass", "{'property': 'tier', 'operator': '>', 'value': 'tier-0'}", true);
        row("contains string pass", "{'property': 'readme', 'operator': 'contains', 'value': 'README'}", true);
        row("contains string fail", "{'property': 'readme', 'operator': 'contains', 'value': 'CHANGELOG'}", false);
        row("contains array pass", "{'property': 'tags', 'operator': 'contains', 'value': 'pci'}", true);
        row("contains array fail", "{'property': 'tags', 'operator': 'contains', 'value': 'sox'}", false);
        row("contains missing fails", "{'property': 'nothing', 'operator': 'contains', 'value': 'x'}", false);
        row("doesNotContains pass", "{'property': 'tags', 'operator': 'doesNotContains', 'value': 'sox'}", true);
        row("doesNotContains fail", "{'property': 'tags', 'operator': 'doesNotContains', 'value': 'pci'}", false);
        row("doesNotContains missing passes", "{'property': 'nothing', 'operator': 'doesNotContains', 'value': 'x'}", true);
        row("beginsWith pass", "{'property': 'tier', 'operator': 'beginsWith', 'value': 'tier-'}", true);
        row("beginsWith fail", "{'property': 'tier', 'operator': 'beginsWith', 'value': 'prod'}", false);
        row("beginsWith number fails", "{'property': 'coverage', 'operator': 'beginsWith', 'value': '7'}", false);
        row("doesNotBeginsWith pass", "{'property': 'tier', 'operator': 'doesNotBeginsWith', 'value': 'prod'}", true);
        row("doesNotBeginsWith fail", "{'property': 'tier', 'operator': 'doesNotBeginsWith', 'value': 'tier'}", false);
        row("endsWith pass", "{'property': 'readme', 'operator': 'endsWith', 'value': '.md'}", true);
        row("endsWith fail", "{'property': 'readme', 'operator': 'endsWith', 'value': '.txt'}", false);
        row("doesNotEndsWith pass", "{'property': 'readme', 'operator': 'doesNotEndsWith', 'value': '.txt'}", true);
        row("doesNotEndsWith fail", "{'property': 'readme', 'operator': 'doesNotEndsWith', 'value': '.md'}", false);
        row("in pass", "{'property': 'language', 'operator': 'in', 'value': ['Go', 'Rust']}", true);
        row("in fail", "{'property': 'language', 'operator': 'in', 'value': ['Java']}", false);
        row("in number pass", "{'property': 'coverage', 'operator': 'in', 'value': [70, 72]}", true);
        row("in array pass", "{'property': 'tags', 'operator': 'in', 'value': ['edge']}", true);
        row("in missing fails", "{'property': 'nothing', 'operator': 'in', 'value': [null]}", false);
        row("containsAny array pass", "{'property': 'tags', 'operator': 'containsAny', 'value': ['sox', 'pci']}", true);
        row("containsAny array fail", "{'property': 'tags', 'operator': 'containsAny', 'value': ['sox']}", false);
        row("containsAny string pass", "{'property': 'readme', 'operator': 'containsAny', 'value': ['LICENSE', 'README']}", true);
        row("isEmpty null", "{'property': 'oncall', 'operator': 'isEmpty'}", true);
        row("isEmpty empty string", "{'property': 'empty', 'operator': 'isEmpty'}", true);
        row("isEmpty missing", "{'property': 'nothing', 'operator': 'isEmpty'}", true);
        row("isEmpty string fails", "{'property': 'language', 'operator': 'isEmpty'}", false);
        row("isEmpty array fails", "{'property': 'tags', 'operator': 'isEmpty'}", false);
        row("isEmpty zero is a value", "{'property': 'coverage', 'operator': 'isEmpty'}", false);
        row("isNotEmpty pass", "{'property': 'language', 'operator': 'isNotEmpty'}", true);
        row("isNotEmpty fail", "{'property': 'oncall', 'operator': 'isNotEmpty'}", false);
        row("unknown operator fails", "{'property': 'language', 'operator': 'like', 'value': 'Go'}", false);
        // Dates at 2026-03-15T12:00Z.
        row("between today pass", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'today'}}", true);
        row("between yesterday fail", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'yesterday'}}", false);
        row("between yesterday pass", "{'property': '$updatedAt', 'operator': 'between', 'value': {'preset': 'yesterday'}}", true);
        row("between tomorrow pass", "{'property': 'reviewAt', 'operator': 'between', 'value': {'preset': 'tomorrow'}}", true);
        row("between lastWeek pass", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'lastWeek'}}", true);
        row("between lastWeek fail", "{'property': '$createdAt', 'operator': 'between', 'value': {'preset': 'lastWeek'}}", false);
        row("between last2Weeks pass", "{'property': '$updatedAt', 'operator': 'between', 'value': {'preset': 'last2Weeks'}}", true);
        row("between lastMonth fail", "{'property': 'dueDate', 'operator': 'between', 'value': {'preset': 'lastMonth'}}", false);
        row("between last3Months pass", "{'property': '$updatedAt', 'operator': 'between', 'value': {'preset': 'last3Months'}}", true);
        row("between last6Months fail", "{'property': '$createdAt', 'operator': 'between', 'value': {'preset': 'last6Months'}}", false);
        row("between last12Months fail", "{'property': '$createdAt', 'operator': 'between', 'value': {'preset': 'last12Months'}}", false);
        row("notBetween last12Months pass", "{'property': '$createdAt', 'operator': 'notBetween', 'value': {'preset': 'last12Months'}}", true);
        row("between nextWeek pass", "{'property': 'dueDate', 'operator': 'between', 'value': {'preset': 'nextWeek'}}", true);
        row("between nextMonth pass", "{'property': 'reviewAt', 'operator': 'between', 'value': {'preset': 'nextMonth'}}", true);
        row("between nextWeek past fails", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'nextWeek'}}", false);
        row("between range pass (to is inclusive)", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'from': '2026-03-01', 'to': '2026-03-15'}}", true);
        row("between range fail", "{'property': 'lastDeploy', 'operator': 'between', 'value': {'from': '2026-01-01', 'to': '2026-02-28'}}", false);
        row("notBetween range pass", "{'property': 'lastDeploy', 'operator': 'notBetween', 'value': {'from': '2026-01-01', 'to': '2026-02-28'}}", true);
        row("notBetween today fail", "{'property': 'lastDeploy', 'operator': 'notBetween', 'value': {'preset': 'today'}}", false);
        row("between missing fails", "{'property': 'nothing', 'operator': 'between', 'value': {'preset': 'today'}}", false);
        row("notBetween missing passes", "{'property': 'nothing', 'operator': 'notBetween', 'value': {'preset': 'today'}}", true);
        row("between not a date fails", "{'property': 'language', 'operator': 'between', 'value': {'preset': 'today'}}", false);
        // Relations count related entities.
        row("relation one = 1", "{'relation': 'owner', 'operator': '=', 'value': 1}", true);
        row("relation many >= 3", "{'relation': 'dependsOn', 'operator': '>=', 'value': 3}", true);
        row("relation many > 3 fails", "{'relation': 'dependsOn', 'operator': '>', 'value': 3}", false);
        row("relation null = 0", "{'relation': 'runbook', 'operator': '=', 'value': 0}", true);
        row("relation null isEmpty", "{'relation': 'runbook', 'operator': 'isEmpty'}", true);
        row("relation absent = 0", "{'relation': 'docs', 'operator': '=', 'value': 0}", true);
        row("relation many isEmpty fails", "{'relation': 'dependsOn', 'operator': 'isEmpty'}", false);
        row("relation one isNotEmpty", "{'relation': 'owner', 'operator': 'isNotEmpty'}", true);
        row("relation null isNotEmpty fails", "{'relation': 'runbook', 'operator': 'isNotEmpty'}", false);
        row("$relations property", "{'property': '$relations.dependsOn', 'operator': '=', 'value': 3}", true);
        // Meta-properties.
        row("$identifier", "{'property': '$identifier', 'operator': '=', 'value': 'checkout'}", true);
        row("$identifier fail", "{'property': '$identifier', 'operator': '=', 'value': 'cart'}", false);
        row("$title", "{'property': '$title', 'operator': 'beginsWith', 'value': 'Check'}", true);
        row("$team pass", "{'property': '$team', 'operator': 'contains', 'value': 'payments'}", true);
        row("$team fail", "{'property': '$team', 'operator': 'contains', 'value': 'infra'}", false);
        row("$icon isEmpty", "{'property': '$icon', 'operator': 'isEmpty'}", true);
        row("$blueprint", "{'property': '$blueprint', 'operator': '=', 'value': 'service'}", true);
    }
    void operators()
    {
        QFETCH(QJsonObject, condition);
        QFETCH(bool, expected);
        QCOMPARE(Conditions::conditionMatches(condition, entity(), fixedNow()), expected);
        const QJsonObject query{{u"combinator"_s, u"and"_s}, {u"conditions"_s, QJsonArray{condition}}};
        QCOMPARE(Conditions::matches(query, entity(), fixedNow()), expected);
    }

    void presetsFollowNow()
    {
        const QJsonObject condition = json("{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'today'}}");
        QVERIFY(Conditions::conditionMatches(condition, entity(), fixedNow()));
        QVERIFY(!Conditions::conditionMatches(condition, entity(), fixedNow().addDays(1)));
        // "today" is the calendar day of `now`'s own zone: at 01:00 in UTC+10 it is already the 16th.
        const QDateTime tokyoish(QDate(2026, 3, 16), QTime(1, 0), QTimeZone::fromSecondsAheadOfUtc(10 * 3600));
        QVERIFY(!Conditions::conditionMatches(condition, entity(), tokyoish));
    }

    void combinators_data()
    {
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty matches") << json("{'combinator': 'and', 'conditions': []}") << true;
        QTest::newRow("and all pass") << json("{'combinator': 'and', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Go'},"
                                               " {'property': 'coverage', 'operator': '>', 'value': 70}]}") << true;
        QTest::newRow("and one fails") << json("{'combinator': 'and', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Java'},"
                                                " {'property': 'coverage', 'operator': '>', 'value': 70}]}") << false;
        QTest::newRow("or one passes") << json("{'combinator': 'or', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Java'},"
                                                " {'property': 'coverage', 'operator': '>', 'value': 70}]}") << true;
        QTest::newRow("or none passes") << json("{'combinator': 'or', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Java'},"
                                                 " {'property': 'coverage', 'operator': '>', 'value': 90}]}") << false;
        QTest::newRow("and with nested or") << json("{'combinator': 'and', 'conditions': [{'property': 'tier', 'operator': '=', 'value': 'tier-1'},"
                                                     " {'combinator': 'or', 'conditions': [{'relation': 'runbook', 'operator': '=', 'value': 1},"
                                                     "   {'property': 'pci', 'operator': '=', 'value': true}]}]}") << true;
        QTest::newRow("and with failing nested and") << json("{'combinator': 'and', 'conditions': [{'property': 'tier', 'operator': '=', 'value': 'tier-1'},"
                                                              " {'combinator': 'and', 'conditions': [{'relation': 'runbook', 'operator': '=', 'value': 1},"
                                                              "   {'property': 'pci', 'operator': '=', 'value': true}]}]}") << false;
        QTest::newRow("combinator defaults to and") << json("{'conditions': [{'property': 'language', 'operator': '=', 'value': 'Go'},"
                                                             " {'property': 'coverage', 'operator': '>', 'value': 90}]}") << false;
    }
    void combinators()
    {
        QFETCH(QJsonObject, query);
        QFETCH(bool, expected);
        QCOMPARE(Conditions::matches(query, entity(), fixedNow()), expected);
        QCOMPARE(ConditionProgram(query).matches(entity(), fixedNow()), expected);
    }

    void valueOf_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("stored") << u"coverage"_s << QJsonValue(72);
        QTest::newRow("missing") << u"nothing"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("$identifier") << u"$identifier"_s << QJsonValue(u"checkout"_s);
        QTest::newRow("$createdAt") << u"$createdAt"_s << QJsonValue(u"2025-01-10T08:00:00.000Z"_s);
        QTest::newRow("$team") << u"$team"_s << QJsonValue(QJsonArray{u"payments"_s});
        QTest::newRow("$relations one") << u"$relations.owner"_s << QJsonValue(1);
        QTest::newRow("$relations many") << u"$relations.dependsOn"_s << QJsonValue(3);
        QTest::newRow("$relations null") << u"$relations.runbook"_s << QJsonValue(0);
    }
    void valueOf()
    {
        QFETCH(QString, property);
        QFETCH(QJsonValue, expected);
        QCOMPARE(Conditions::valueOf(entity(), property), expected);
    }

    void check_data()
    {
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("valid") << json("{'combinator': 'and', 'conditions': [{'property': 'a', 'operator': '=', 'value': 1},"
                                        " {'relation': 'r', 'operator': '>=', 'value': 1}, {'property': 'd', 'operator': 'between', 'value': {'preset': 'lastWeek'}},"
                                        " {'property': 'e', 'operator': 'isEmpty'}]}") << QStringList{};
        QTest::newRow("bad combinator") << json("{'combinator': 'xor', 'conditions': []}") << QStringList{u"$.q.combinator"_s};
        QTest::newRow("unknown operator") << json("{'combinator': 'and', 'conditions': [{'property': 'a', 'operator': '=', 'value': 1},"
                                                   " {'property': 'b', 'operator': 'like', 'value': 1}]}") << QStringList{u"$.q.conditions[1].operator"_s};
        QTest::newRow("missing property") << json("{'conditions': [{'operator': '=', 'value': 1}]}") << QStringList{u"$.q.conditions[0].property"_s};
        QTest::newRow("missing value") << json("{'conditions': [{'property': 'a', 'operator': '>'}]}") << QStringList{u"$.q.conditions[0].value"_s};
        QTest::newRow("in needs a list") << json("{'conditions': [{'property': 'a', 'operator': 'in', 'value': 'x'}]}") << QStringList{u"$.q.conditions[0].value"_s};
        QTest::newRow("unknown preset") << json("{'conditions': [{'property': 'a', 'operator': 'between', 'value': {'preset': 'lastDecade'}}]}")
                                        << QStringList{u"$.q.conditions[0].value.preset"_s};
        QTest::newRow("bad range") << json("{'conditions': [{'property': 'a', 'operator': 'notBetween', 'value': {'from': 'soon', 'to': '2026-01-01'}}]}")
                                   << QStringList{u"$.q.conditions[0].value.from"_s};
        QTest::newRow("relation needs a count") << json("{'conditions': [{'relation': 'r', 'operator': '=', 'value': 'x'}]}")
                                                << QStringList{u"$.q.conditions[0].value"_s};
        QTest::newRow("relation cannot contain") << json("{'conditions': [{'relation': 'r', 'operator': 'contains', 'value': 'x'}]}")
                                                 << QStringList{u"$.q.conditions[0].operator"_s};
        QTest::newRow("nested path") << json("{'conditions': [{'property': 'a', 'operator': '=', 'value': 1},"
                                              " {'combinator': 'or', 'conditions': [{'property': 'b', 'operator': '~', 'value': 1}]}]}")
                                     << QStringList{u"$.q.conditions[1].conditions[0].operator"_s};
        QTest::newRow("conditions not a list") << json("{'conditions': {}}") << QStringList{u"$.q.conditions"_s};
    }
    void check()
    {
        QFETCH(QJsonObject, query);
        QFETCH(QStringList, paths);
        QStringList found;
        for (const Problem &p : Conditions::check(query, u"$.q"_s))
            found.append(p.path);
        QCOMPARE(found, paths);
    }

    void propertiesRead()
    {
        const QJsonObject query = json("{'conditions': [{'property': 'a', 'operator': '=', 'value': 1}, {'relation': 'owner', 'operator': '=', 'value': 1},"
                                       " {'combinator': 'or', 'conditions': [{'property': '$title', 'operator': 'isEmpty'}, {'property': 'a', 'operator': 'isEmpty'}]}]}");
        QCOMPARE(Conditions::propertiesRead(query), (QStringList{u"a"_s, u"$relations.owner"_s, u"$title"_s}));
    }

    void isoDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2026, 3, 15), QTime(8, 30), QTimeZone::UTC);
        QTest::newRow("Z") << u"2026-03-15T08:30:00Z"_s << true << base;
        QTest::newRow("ms") << u"2026-03-15T08:30:00.250Z"_s << true << base.addMSecs(250);
        QTest::newRow("offset") << u"2026-03-15T10:30:00+02:00"_s << true << base;
        QTest::newRow("offset no colon") << u"2026-03-15T03:30:00-0500"_s << true << base;
        QTest::newRow("no seconds") << u"2026-03-15T08:30Z"_s << true << base;
        QTest::newRow("date") << u"2026-03-15"_s << true << QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << true << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << true << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), QTimeZone::UTC);
        QTest::newRow("words") << u"yesterday"_s << false << QDateTime();
        QTest::newRow("bad month") << u"2026-13-01"_s << false << QDateTime();
        QTest::newRow("trailing junk") << u"2026-03-15T08:30:00Zjunk"_s << false << QDateTime();
    }
    void isoDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QDateTime, expected);
        qint64 ms = 0;
        QCOMPARE(parseIsoMilliseconds(QStringView(text), &ms), ok);
        if (ok)
            QCOMPARE(ms, expected.toMSecsSinceEpoch());
    }

    // Not a timed assertion: prints what one compiled condition costs so regressions are visible.
    void compiledConditionCost()
    {
        const ConditionProgram program(json("{'combinator': 'and', 'conditions': [{'property': 'coverage', 'operator': '>=', 'value': 70}]}"));
        const ConditionProgram dates(json("{'conditions': [{'property': 'lastDeploy', 'operator': 'between', 'value': {'preset': 'lastMonth'}}]}"));
        const QJsonObject e = entity();
        const QDateTime now = fixedNow();
        constexpr int n = 200'000;
        int hits = 0;
        qint64 start = threadCpuNs();
        for (int i = 0; i < n; ++i)
            hits += program.matches(e, now);
        const double numberNs = double(threadCpuNs() - start) / n;
        start = threadCpuNs();
        for (int i = 0; i < n; ++i)
            hits += dates.matches(e, now);
        const double dateNs = double(threadCpuNs() - start) / n;
        QCOMPARE(hits, 2 * n);
        qInfo("compiled condition: number >= %.0f ns, date between lastMonth %.0f ns", numberNs, dateNs);
    }
};

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
