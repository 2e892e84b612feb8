// Scorecard definitions: Port's JSON shape round trip, Portolan's additions, unknown keys, default
// levels, shape problems and validateScorecard's paths.
#include "scoring/scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

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

// A Port scorecard as Port's API returns it.
const char *kPortScorecard =
    "{'identifier': 'ProductionReadiness', 'title': 'Production Readiness', 'blueprint': 'service',"
    " 'levels': [{'title': 'Basic', 'color': 'paleBlue'}, {'title': 'Bronze', 'color': 'bronze'},"
    "            {'title': 'Silver', 'color': 'silver'}, {'title': 'Gold', 'color': 'gold'}],"
    " 'filter': {'combinator': 'and', 'conditions': [{'property': 'lifecycle', 'operator': '=', 'value': 'production'}]},"
    " 'rules': [{'identifier': 'hasReadme', 'title': 'Has a readme', 'description': 'Docs first', 'level': 'Bronze',"
    "            'query': {'combinator': 'and', 'conditions': [{'property': 'readme', 'operator': 'isNotEmpty'}]}},"
    "           {'identifier': 'ownedByTeam', 'title': 'Owned by a team', 'level': 'Silver',"
    "            'query': {'combinator': 'or', 'conditions': [{'property': '$team', 'operator': 'isNotEmpty'},"
    "                                                          {'relation': 'owner', 'operator': '=', 'value': 1}]}}]}";

QHash<QString, Blueprint> blueprints()
{
    const QJsonObject service = json(
        "{'identifier': 'service', 'title': 'Service',"
        " 'schema': {'properties': {'readme': {'type': 'string', 'format': 'markdown'}, 'lifecycle': {'type': 'string'},"
        "                           'coverage': {'type': 'number'}, 'language': {'type': 'string'}}},"
        " 'relations': {'owner': {'title': 'Owner', 'target': 'team', 'many': false},"
        "               'dependsOn': {'title': 'Depends on', 'target': 'service', 'many': true}},"
        " 'mirrorProperties': {'ownerSlack': {'title': 'Owner Slack', 'path': 'owner.slack'}},"
        " 'calculationProperties': {'url': {'title': 'URL', 'type': 'string', 'calculation': '.identifier'}},"
        " 'aggregationProperties': {'openIncidents': {'title': 'Open incidents', 'target': 'incident',"
        "                           'calculationSpec': {'calculationBy': 'entities', 'func': 'count'}}}}");
    Problems problems;
    const Blueprint blueprint = Blueprint::fromJson(service, &problems);
    if (hasErrors(problems))
        qFatal("test blueprint has problems: %s", qPrintable(problems.first().toString()));
    return {{blueprint.identifier, blueprint}};
}

QStringList paths(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.path);
    return out;
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void portShapeRoundTrips()
    {
        const QJsonObject port = json(kPortScorecard);
        Problems problems;
        const Scorecard card = Scorecard::fromJson(port, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(card.identifier, u"ProductionReadiness"_s);
        QCOMPARE(card.rules.size(), 2);
        QCOMPARE(card.rules.at(1).level, u"Silver"_s);
        QCOMPARE(card.rules.at(0).kind, RuleKind::Binary);
        QCOMPARE(card.rules.at(0).weight, 1.0);
        QCOMPARE(card.scoring, ScoringMode::Levels);
        // Nothing Portolan adds appears in a plain Port scorecard.
        QCOMPARE(card.toJson(), port);
        QVERIFY(validateScorecard(card, blueprints()).isEmpty());
    }

    void additionsRoundTrip_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::newRow("jq binary") << json("{'identifier': 'a', 'title': 'A', 'level': 'Bronze', 'jq': '.properties.coverage > 50'}");
        QTest::newRow("target") << json("{'identifier': 'a', 'title': 'A', 'level': 'Bronze', 'kind': 'target', 'measure': {'property': 'coverage'},"
                                         " 'target': 80, 'weight': 3}");
        QTest::newRow("target lower") << json("{'identifier': 'a', 'title': 'A', 'level': 'Bronze', 'kind': 'target', 'measure': {'jq': '.properties.mttr'},"
                                               " 'target': 4, 'direction': 'lower'}");
        QTest::newRow("threshold") << json("{'identifier': 'a', 'title': 'A', 'level': 'Gold', 'kind': 'threshold', 'measure': {'property': 'coverage'},"
                                            " 'bands': [{'from': 50, 'credit': 0.5}, {'from': 80, 'credit': 1}]}");
        QTest::newRow("filter and schedule") << json("{'identifier': 'a', 'title': 'A', 'level': 'Silver',"
                                                      " 'query': {'combinator': 'and', 'conditions': [{'property': 'readme', 'operator': 'isNotEmpty'}]},"
                                                      " 'filter': {'combinator': 'and', 'conditions': [{'property': 'language', 'operator': '=', 'value': 'Go'}]},"
                                                      " 'effectiveFrom': '2026-07-01T00:00:00Z'}");
        QTest::newRow("unknown rule keys") << json("{'identifier': 'a', 'title': 'A', 'level': 'Bronze', 'jq': 'true',"
                                                    " 'failureMessage': 'Add a readme', 'x-owner': {'team': 'platform'}}");
    }
    void additionsRoundTrip()
    {
        QFETCH(QJsonObject, rule);
        Problems problems;
        const ScorecardRule parsed = ScorecardRule::fromJson(rule, u"$.rules[0]"_s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(parsed.toJson(), rule);
    }

    void unknownScorecardKeysAreKept()
    {
        QJsonObject port = json(kPortScorecard);
        port.insert(u"createdBy"_s, u"ana"_s);
        port.insert(u"x-portolan-notes"_s, QJsonArray{1, 2});
        const Scorecard card = Scorecard::fromJson(port);
        QCOMPARE(card.extra.keys(), (QStringList{u"createdBy"_s, u"x-portolan-notes"_s}));
        QCOMPARE(card.toJson(), port);
    }

    void pointsScoringIsWritten()
    {
        QJsonObject port = json(kPortScorecard);
        port.insert(u"scoring"_s, u"points"_s);
        const Scorecard card = Scorecard::fromJson(port);
        QCOMPARE(card.scoring, ScoringMode::Points);
        QCOMPARE(card.toJson(), port);
        port.insert(u"scoring"_s, u"levels"_s); // the default is left out again
        QVERIFY(!Scorecard::fromJson(port).toJson().contains("scoring"_L1));
    }

    void defaultLevels()
    {
        const Scorecard card = Scorecard::fromJson(json("{'identifier': 'x', 'title': 'X', 'blueprint': 'service', 'rules': []}"));
        QCOMPARE(card.levels.size(), 4);
        const QStringList expected{u"Basic:paleBlue"_s, u"Bronze:bronze"_s, u"Silver:silver"_s, u"Gold:gold"_s};
        QStringList got;
        for (const ScorecardLevel &l : card.levels)
            got.append(l.title + u':' + l.color);
        QCOMPARE(got, expected);
        QCOMPARE(card.levelIndex(u"Silver"_s), 2);
        QCOMPARE(card.levelIndex(u"Platinum"_s), -1);
        QCOMPARE(card.rule(u"nope"_s), nullptr);
    }

    void shapeProblems_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("levels not a list") << json("{'identifier': 'x', 'levels': 'Gold'}") << QStringList{u"$.levels"_s};
        QTest::newRow("rules not a list") << json("{'identifier': 'x', 'rules': {}}") << QStringList{u"$.rules"_s};
        QTest::newRow("title not a string") << json("{'identifier': 'x', 'title': 5}") << QStringList{u"$.title"_s};
        QTest::newRow("unknown kind") << json("{'rules': [{'identifier': 'a', 'kind': 'fuzzy'}]}") << QStringList{u"$.rules[0].kind"_s};
        QTest::newRow("bad direction") << json("{'rules': [{'identifier': 'a', 'direction': 'up'}]}") << QStringList{u"$.rules[0].direction"_s};
        QTest::newRow("bad effectiveFrom") << json("{'rules': [{'identifier': 'a', 'effectiveFrom': 'next week'}]}") << QStringList{u"$.rules[0].effectiveFrom"_s};
        QTest::newRow("weight not a number") << json("{'rules': [{'identifier': 'a', 'weight': 'heavy'}]}") << QStringList{u"$.rules[0].weight"_s};
        QTest::newRow("band credit not a number") << json("{'rules': [{'kind': 'threshold', 'bands': [{'from': 1, 'credit': 'all'}]}]}")
                                                  << QStringList{u"$.rules[0].bands[0].credit"_s};
        QTest::newRow("bad scoring") << json("{'scoring': 'stars'}") << QStringList{u"$.scoring"_s};
    }
    void shapeProblems()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, paths);
        Problems problems;
        Scorecard::fromJson(json, &problems);
        QCOMPARE(::paths(problems), paths);
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("rule"); // one rule added to the Port scorecard above (as $.rules[2])
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("message"); // part of the first problem's message
        const auto row = [](const char *name, const char *rule, const QStringList &paths, const QString &message = {}) {
            QTest::newRow(name) << json(rule) << paths << message;
        };
        row("valid", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': 'coverage', 'operator': '>=', 'value': 80}]}}", {});
        row("derived and meta properties are fine",
            "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': 'ownerSlack', 'operator': 'isNotEmpty'},"
            " {'property': 'url', 'operator': 'isNotEmpty'}, {'property': 'openIncidents', 'operator': '=', 'value': 0},"
            " {'property': '$identifier', 'operator': 'isNotEmpty'}, {'property': '$createdAt', 'operator': 'between', 'value': {'preset': 'lastMonth'}},"
            " {'property': '$relations.dependsOn', 'operator': '<', 'value': 10}, {'relation': 'owner', 'operator': '=', 'value': 1}]}}", {});
        row("unknown level", "{'identifier': 'c', 'title': 'C', 'level': 'Platinum', 'jq': 'true'}", {u"$.rules[2].level"_s}, u"no level \"Platinum\""_s);
        row("first level", "{'identifier': 'c', 'title': 'C', 'level': 'Basic', 'jq': 'true'}", {u"$.rules[2].level"_s}, u"first level"_s);
        row("duplicate identifier", "{'identifier': 'hasReadme', 'title': 'C', 'level': 'Gold', 'jq': 'true'}", {u"$.rules[2].identifier"_s},
            u"already defined at $.rules[0]"_s);
        row("missing identifier and title", "{'level': 'Gold', 'jq': 'true'}", {u"$.rules[2].identifier"_s, u"$.rules[2].title"_s});
        row("unknown operator", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': 'coverage', 'operator': '>', 'value': 1},"
            " {'property': 'coverage', 'operator': 'approx', 'value': 1}]}}", {u"$.rules[2].query.conditions[1].operator"_s}, u"\"approx\" is not one of"_s);
        row("unknown property", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': 'stars', 'operator': '>', 'value': 1}]}}",
            {u"$.rules[2].query.conditions[0].property"_s}, u"no property \"stars\""_s);
        row("unknown meta-property", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': '$owner', 'operator': 'isEmpty'}]}}",
            {u"$.rules[2].query.conditions[0].property"_s});
        row("$relations must name a relation", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'conditions': [{'property': '$relations.runbook', 'operator': '=', 'value': 1}]}}",
            {u"$.rules[2].query.conditions[0].property"_s}, u"no relation \"runbook\""_s);
        row("relation condition must name a relation", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'query': {'combinator': 'or', 'conditions': [{'combinator': 'and',"
            " 'conditions': [{'relation': 'runbook', 'operator': '=', 'value': 1}]}]}}", {u"$.rules[2].query.conditions[0].conditions[0].relation"_s});
        row("rule filter property", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'jq': 'true', 'filter': {'conditions': [{'property': 'tier', 'operator': '=', 'value': 1}]}}",
            {u"$.rules[2].filter.conditions[0].property"_s});
        row("jq does not compile", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'jq': '.properties | ['}", {u"$.rules[2].jq"_s}, u"jq does not compile"_s);
        row("binary rule without query or jq", "{'identifier': 'c', 'title': 'C', 'level': 'Gold'}", {u"$.rules[2].query"_s});
        row("target without measure or target", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'kind': 'target'}",
            {u"$.rules[2].measure"_s, u"$.rules[2].target"_s});
        row("target with unknown measure property", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'kind': 'target', 'measure': {'property': 'stars'}, 'target': 5}",
            {u"$.rules[2].measure.property"_s});
        row("target measure jq does not compile", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'kind': 'target', 'measure': {'jq': 'length('}, 'target': 5}",
            {u"$.rules[2].measure.jq"_s});
        row("threshold without bands", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'kind': 'threshold', 'measure': {'property': 'coverage'}}",
            {u"$.rules[2].bands"_s});
        row("threshold credit out of range", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'kind': 'threshold', 'measure': {'property': 'coverage'},"
            " 'bands': [{'from': 50, 'credit': 1.5}, {'from': 90, 'credit': 1}]}", {u"$.rules[2].bands[0].credit"_s});
        row("weight zero", "{'identifier': 'c', 'title': 'C', 'level': 'Gold', 'jq': 'true', 'weight': 0}", {u"$.rules[2].weight"_s});
    }
    void validation()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QStringList, paths);
        QFETCH(QString, message);
        Scorecard card = Scorecard::fromJson(json(kPortScorecard));
        card.rules.append(ScorecardRule::fromJson(rule, u"$.rules[2]"_s, nullptr));
        const Problems problems = validateScorecard(card, blueprints());
        QCOMPARE(::paths(problems), paths);
        if (!message.isEmpty())
            QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    }

    void scorecardLevelProblems()
    {
        Scorecard card = Scorecard::fromJson(json(kPortScorecard));
        card.identifier.clear();
        card.title.clear();
        card.blueprint = u"repository"_s;
        card.filter = json("{'conditions': [{'property': 'stage', 'operator': '=', 'value': 'prod'}]}");
        card.levels.append({u"Gold"_s, u"gold"_s});
        Problems problems = validateScorecard(card, blueprints());
        QCOMPARE(paths(problems), (QStringList{u"$.identifier"_s, u"$.title"_s, u"$.blueprint"_s, u"$.levels[4].title"_s}));
        QCOMPARE(problems.at(2).message, u"no blueprint \"repository\""_s);
        card.blueprint = u"service"_s;
        problems = validateScorecard(card, blueprints());
        QVERIFY(paths(problems).contains(u"$.filter.conditions[0].property"_s));
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
