#include "actions/payloadtemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// Any JSON text, also a bare string or number, written with ' for " (moc misreads raw strings).
QJsonValue json(QByteArray text)
{
    text.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text.constData(), qPrintable(error.errorString()));
    return document.array().at(0);
}

QJsonObject context()
{
    return json("{ 'inputs': {'name': 'cart', 'replicas': 3, 'flags': {'canary': true}, 'tags': ['a', 'b'], 'empty': null}, 'entity': {'identifier': 'cart', 'title': 'Cart Service', 'properties': {'language': 'Go'}}, 'trigger': {'by': {'user': {'email': 'ada@example.com', 'identifier': 'ada'}}, 'operation': 'DAY-2', 'at': '2025-01-02T03:04:05Z'}, 'run': {'id': 'r_abc', 'url': 'http://127.0.0.1:4000', 'token': 'tok'}, 'action': {'identifier': 'deploy', 'title': 'Deploy'}}").toObject();
}

} // namespace

class TestPayloadTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
    void reportsProblemsWithPaths_data();
    void reportsProblemsWithPaths();
    void textTemplateForUrlsAndHeaders();
    void compactJsonOfScalars();
};

void TestPayloadTemplate::renders_data()
{
    QTest::addColumn<QByteArray>("tmpl");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain value untouched") << "{'a': 'text', 'n': 1, 'b': false, 'z': null}"_ba
                                           << "{'a': 'text', 'n': 1, 'b': false, 'z': null}"_ba;
    QTest::newRow("string stays string") << "'{{ .inputs.name }}'"_ba << "'cart'"_ba;
    QTest::newRow("number stays number") << "'{{ .inputs.replicas }}'"_ba << "3"_ba;
    QTest::newRow("no spaces") << "'{{.inputs.replicas}}'"_ba << "3"_ba;
    QTest::newRow("object stays object") << "'{{ .inputs.flags }}'"_ba << "{'canary': true}"_ba;
    QTest::newRow("array stays array") << "'{{ .inputs.tags }}'"_ba << "['a', 'b']"_ba;
    QTest::newRow("missing is null") << "'{{ .inputs.nothing }}'"_ba << "null"_ba;
    QTest::newRow("no output is null") << "'{{ empty }}'"_ba << "null"_ba;
    QTest::newRow("arithmetic") << "'{{ .inputs.replicas * 2 }}'"_ba << "6"_ba;
    QTest::newRow("spliced into text") << "'deploy {{ .inputs.name }} x{{ .inputs.replicas }}'"_ba
                                       << "'deploy cart x3'"_ba;
    QTest::newRow("spliced object as compact JSON") << "'f={{ .inputs.flags }}'"_ba << "'f={\\'canary\\':true}'"_ba;
    QTest::newRow("spliced null as nothing") << "'[{{ .inputs.empty }}]'"_ba << "'[]'"_ba;
    QTest::newRow("two templates are text") << "'{{ .inputs.replicas }}{{ .inputs.replicas }}'"_ba << "'33'"_ba;
    QTest::newRow("jq braces inside") << "'{{ {a: {b: .inputs.replicas}} }}'"_ba << "{'a': {'b': 3}}"_ba;
    QTest::newRow("closing braces in a jq string") << "'{{ \\'}}\\' + .inputs.name }}'"_ba << "'}}cart'"_ba;
    QTest::newRow("jq string interpolation") << "'{{ \\'n=\\\\(.inputs.replicas)\\' }}'"_ba << "'n=3'"_ba;
    QTest::newRow("context parts") << "{'who': '{{ .trigger.by.user.email }}', 'run': '{{ .run.id }}', 'action': '{{ .action.identifier }}', 'entity': '{{ .entity.title }}'}"_ba
                                   << "{'who': 'ada@example.com', 'run': 'r_abc', 'action': 'deploy', 'entity': 'Cart Service'}"_ba;
    QTest::newRow("nested objects and arrays") << "{'a': [{'b': '{{ .inputs.name }}'}, 1, ['{{ .inputs.replicas }}']]}"_ba
                                               << "{'a': [{'b': 'cart'}, 1, [3]]}"_ba;
    QTest::newRow("key template") << "{'{{ .inputs.name }}': 1}"_ba << "{'cart': 1}"_ba;
    QTest::newRow("key spliced") << "{'svc-{{ .inputs.name }}': '{{ .inputs.replicas }}'}"_ba << "{'svc-cart': 3}"_ba;
    QTest::newRow("key number becomes text") << "{'{{ .inputs.replicas }}': true}"_ba << "{'3': true}"_ba;
    QTest::newRow("null key drops the entry") << "{'{{ .inputs.empty }}': 1, 'kept': 2}"_ba << "{'kept': 2}"_ba;
    QTest::newRow("conditional key") << "{'{{ if .inputs.replicas > 5 then \\'big\\' else null end }}': 1}"_ba << "{}"_ba;
    QTest::newRow("spreadValue") << "{'{{ spreadValue() }}': '{{ .inputs.flags }}', 'x': 1}"_ba
                                 << "{'canary': true, 'x': 1}"_ba;
    QTest::newRow("spreadValue of a literal object") << "{'{{ spreadValue() }}': {'k': '{{ .inputs.name }}'}}"_ba
                                                     << "{'k': 'cart'}"_ba;
    QTest::newRow("written keys win over spread") << "{'{{ spreadValue() }}': '{{ .inputs.flags }}', 'canary': false}"_ba
                                                  << "{'canary': false}"_ba;
    QTest::newRow("spread of null adds nothing") << "{'{{ spreadValue() }}': '{{ .inputs.empty }}', 'x': 1}"_ba
                                                 << "{'x': 1}"_ba;
    QTest::newRow("nested spread") << "{'env': {'{{ spreadValue() }}': '{{ .entity.properties }}'}}"_ba
                                   << "{'env': {'language': 'Go'}}"_ba;
}

void TestPayloadTemplate::renders()
{
    QFETCH(QByteArray, tmpl);
    QFETCH(QByteArray, expected);
    Problems problems;
    const QJsonValue out = renderTemplate(json(tmpl), context(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QCOMPARE(compactJson(out), compactJson(json(expected)));
}

void TestPayloadTemplate::reportsProblemsWithPaths_data()
{
    QTest::addColumn<QByteArray>("tmpl");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("compile error") << "{'a': {'b': '{{ .inputs. | }}'}}"_ba << u"$.a.b"_s << u"does not compile"_s;
    QTest::newRow("runtime error") << "{'list': [1, '{{ .inputs.name + 1 }}']}"_ba << u"$.list[1]"_s
                                   << u"cannot be added"_s;
    QTest::newRow("unterminated") << "{'a': 'x {{ .inputs.name'}"_ba << u"$.a"_s << u"never closed"_s;
    QTest::newRow("empty template") << "{'a': '{{ }}'}"_ba << u"$.a"_s << u"is empty"_s;
    QTest::newRow("bad key") << "{'h': {'{{ error(\\'nope\\') }}': 1}}"_ba << u"$.h[\"{{ error(\\\"nope\\\") }}\"]"_s
                             << u"nope"_s;
    QTest::newRow("spread of a non-object") << "{'{{ spreadValue() }}': '{{ .inputs.replicas }}'}"_ba
                                            << u"$[\"{{ spreadValue() }}\"]"_s << u"needs an object"_s;
    QTest::newRow("path with odd key") << "{'my key': '{{ nope( }}'}"_ba << u"$[\"my key\"]"_s << u"does not compile"_s;
}

void TestPayloadTemplate::reportsProblemsWithPaths()
{
    QFETCH(QByteArray, tmpl);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Problems problems;
    renderTemplate(json(tmpl), context(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().path, path);
    QVERIFY2(problems.front().message.contains(message), qPrintable(problems.front().message));
    QVERIFY(problems.front().isError());
}

void TestPayloadTemplate::textTemplateForUrlsAndHeaders()
{
    Problems problems;
    QCOMPARE(renderTemplateText(u"https://ci/{{ .inputs.name }}/{{ .inputs.replicas }}"_s, context(), u"$.url"_s, &problems),
             u"https://ci/cart/3"_s);
    QVERIFY(problems.isEmpty());
    renderTemplateText(u"{{ .x | }}"_s, context(), u"$.url"_s, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().path, u"$.url"_s);
}

void TestPayloadTemplate::compactJsonOfScalars()
{
    QCOMPARE(compactJson(u"a\"b"_s), "\"a\\\"b\""_ba);
    QCOMPARE(compactJson(3), "3"_ba);
    QCOMPARE(compactJson(true), "true"_ba);
    QCOMPARE(compactJson(QJsonValue()), "null"_ba);
    QCOMPARE(compactJson(QJsonObject{{u"a"_s, 1}}), "{\"a\":1}"_ba);
}

QTEST_GUILESS_MAIN(TestPayloadTemplate)
#include "tst_payloadtemplate.moc"
