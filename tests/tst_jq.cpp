#include "jq/jqprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cfloat>

using namespace Qt::StringLiterals;
using portolan::JqProgram;

namespace {

// Any JSON text, scalars included (QJsonDocument only parses arrays and objects at the top).
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        qFatal("bad JSON in test: %s", text.constData());
    return document.array().at(0);
}

QByteArray compact(const QList<QJsonValue> &values)
{
    QJsonArray array;
    for (const QJsonValue &value : values)
        array.append(value);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonValue nestedArray(int depth)
{
    QJsonValue value = 0;
    for (int i = 0; i < depth; ++i)
        value = QJsonArray{value};
    return value;
}

} // namespace

class TestJq final : public QObject
{
    Q_OBJECT

private slots:
    void producesOutputs_data();
    void producesOutputs();
    void reportsRuntimeErrors_data();
    void reportsRuntimeErrors();
    void reportsCompileErrors_data();
    void reportsCompileErrors();
    void nestedObjectsRoundTripIdentically();
    void largeIntegersStayExact_data();
    void largeIntegersStayExact();
    void integralResultsAreIntegers();
    void nonFiniteNumbersBecomeWhatJqPrints();
    void nowReturnsCurrentTime();
    void firstReturnsOnlyTheFirstOutput();
    void firstOfNoOutputsIsNull();
    void runawayOutputIsCutOff();
    void tooDeepValuesAreRefused();
    void programIsReusableAfterAnError();
};

void TestJq::producesOutputs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("outputs");

    QTest::newRow("string concatenation builds a url")
        << u"\"https://slack.com/\" + .identifier"_s << "{\"identifier\":\"cart\"}"_ba
        << "[\"https://slack.com/cart\"]"_ba;
    QTest::newRow("string interpolation") << u"\"\\(.a)-\\(.b)\""_s << "{\"a\":\"x\",\"b\":2}"_ba
                                          << "[\"x-2\"]"_ba;
    QTest::newRow("arithmetic") << u".a * 2 + .b"_s << "{\"a\":3,\"b\":1}"_ba << "[7]"_ba;
    QTest::newRow("division keeps the fraction") << u".a / 4"_s << "{\"a\":1}"_ba << "[0.25]"_ba;
    QTest::newRow("object construction")
        << u"{name: .n, tags: [.t[] | ascii_upcase], count: (.t | length)}"_s
        << "{\"n\":\"cart\",\"t\":[\"a\",\"b\"]}"_ba << "[{\"count\":2,\"name\":\"cart\",\"tags\":[\"A\",\"B\"]}]"_ba;
    QTest::newRow("array construction") << u"[.[] | . * 10]"_s << "[1,2,3]"_ba << "[[10,20,30]]"_ba;
    QTest::newRow("iteration gives one output per element")
        << u".[]"_s << "[1,\"two\",null,{\"x\":[]}]"_ba << "[1,\"two\",null,{\"x\":[]}]"_ba;
    QTest::newRow("comma gives several outputs") << u".a, .b, .a + .b"_s << "{\"a\":1,\"b\":2}"_ba
                                                 << "[1,2,3]"_ba;
    QTest::newRow("select with no match gives no output") << u"select(.x > 1)"_s << "{\"x\":1}"_ba << "[]"_ba;
    QTest::newRow("select with a match passes the input") << u"select(.x > 1)"_s << "{\"x\":2}"_ba
                                                          << "[{\"x\":2}]"_ba;
    QTest::newRow("null input is identity") << u"."_s << "null"_ba << "[null]"_ba;
    QTest::newRow("field of null is null") << u".a.b"_s << "null"_ba << "[null]"_ba;
    QTest::newRow("unicode round trip") << u"."_s << "\"h\u00e9llo \u2713 \u65e5\u672c \U0001F680\""_ba
                                        << "[\"h\u00e9llo \u2713 \u65e5\u672c \U0001F680\"]"_ba;
    QTest::newRow("unicode length counts code points") << u"length"_s << "\"\U0001F680\u65e5\""_ba << "[2]"_ba;
    QTest::newRow("unicode in program text") << u". + \"\u2713\""_s << "\"ok \""_ba << "[\"ok \u2713\"]"_ba;
    QTest::newRow("embedded NUL survives") << u". + \"b\""_s << "\"a\\u0000\""_ba << "[\"a\\u0000b\"]"_ba;
    QTest::newRow("regex test matches") << u"test(\"^c\")"_s << "\"cart\""_ba << "[true]"_ba;
    QTest::newRow("regex test rejects") << u"test(\"^c\")"_s << "\"api\""_ba << "[false]"_ba;
    QTest::newRow("regex capture") << u"capture(\"(?<v>[0-9]+)\") | .v"_s << "\"v12\""_ba << "[\"12\"]"_ba;
    QTest::newRow("base64") << u"@base64"_s << "\"hi\""_ba << "[\"aGk=\"]"_ba;
    QTest::newRow("env is an object") << u"env | type"_s << "null"_ba << "[\"object\"]"_ba;
    QTest::newRow("halt stops quietly after earlier outputs") << u"1, halt, 2"_s << "null"_ba << "[1]"_ba;
    QTest::newRow("halt_error with exit code 0 is not an error") << u"\"bye\" | halt_error(0)"_s << "null"_ba
                                                                 << "[]"_ba;
    QTest::newRow("inputs is empty") << u"[inputs]"_s << "null"_ba << "[[]]"_ba;
    QTest::newRow("number beyond qint64 stays a number") << u"."_s << "1e23"_ba << "[1e+23]"_ba;
    QTest::newRow("debug passes the value on") << u"debug | . + 1"_s << "1"_ba << "[2]"_ba;
    QTest::newRow("try catch turns an error into a value") << u"try error(\"x\") catch ."_s << "null"_ba
                                                           << "[\"x\"]"_ba;
}

void TestJq::producesOutputs()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, outputs);

    const JqProgram jq(program);
    QVERIFY2(jq.isValid(), qPrintable(jq.error()));
    const JqProgram::Result result = jq.run(json(input));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(compact(result.values), outputs);
}

void TestJq::reportsRuntimeErrors_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("outputsBefore");

    QTest::newRow("index into a number") << u".a.b"_s << "{\"a\":1}"_ba << uR"(Cannot index number with string "b")"_s
                                         << "[]"_ba;
    QTest::newRow("error with a string") << u"error(\"boom\")"_s << "null"_ba << u"boom"_s << "[]"_ba;
    QTest::newRow("error with an object") << u"error({code: 42})"_s << "null"_ba << u"{\"code\":42}"_s << "[]"_ba;
    QTest::newRow("error after outputs keeps them")
        << u"1, 2, error(\"late\"), 3"_s << "null"_ba << u"late"_s << "[1,2]"_ba;
    QTest::newRow("adding string to number") << u". + 1"_s << "\"a\""_ba
                                             << u"string (\"a\") and number (1) cannot be added"_s << "[]"_ba;
    QTest::newRow("halt_error message is the error") << u"halt_error"_s << "\"stopped\\n\""_ba << u"stopped"_s
                                                     << "[]"_ba;
    QTest::newRow("halt_error with an object") << u"halt_error(1)"_s << "{\"a\":1}"_ba << u"{\"a\":1}"_s
                                               << "[]"_ba;
    QTest::newRow("error with null") << u"1, error(null)"_s << "null"_ba << u"null"_s << "[1]"_ba;
    QTest::newRow("error with an empty string still fails") << u"error(\"\")"_s << "null"_ba
                                                            << u"error with an empty message"_s << "[]"_ba;
    QTest::newRow("halt_error without a message") << u"null | halt_error(3)"_s << "null"_ba
                                                  << u"halted with exit code 3"_s << "[]"_ba;
    // There is one input and no more to read; libjq 1.7 words that as the "break" that `inputs` catches.
    QTest::newRow("input has nothing to read") << u"input"_s << "null"_ba << u"break"_s << "[]"_ba;
}

void TestJq::reportsRuntimeErrors()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QFETCH(QByteArray, outputsBefore);

    const JqProgram jq(program);
    QVERIFY2(jq.isValid(), qPrintable(jq.error()));
    const JqProgram::Result result = jq.run(json(input));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(compact(result.values), outputsBefore);
}

void TestJq::reportsCompileErrors_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid character") << u".a ^ b"_s << u"syntax error, unexpected INVALID_CHARACTER"_s;
    QTest::newRow("unbalanced brace") << u"{a: 1"_s << u"syntax error"_s;
    QTest::newRow("unknown function") << u"nosuch(1)"_s << u"nosuch/1 is not defined"_s;
    QTest::newRow("unknown variable") << u"$nope"_s << u"$nope is not defined"_s;
}

void TestJq::reportsCompileErrors()
{
    QFETCH(QString, program);
    QFETCH(QString, message);

    const JqProgram jq(program);
    QVERIFY(!jq.isValid());
    QCOMPARE(jq.program(), program);
    QVERIFY2(jq.error().startsWith(message), qPrintable(jq.error()));
    QVERIFY2(jq.error().contains("line 1"_L1), qPrintable(jq.error()));
    // Running an invalid program reports why instead of producing anything.
    const JqProgram::Result result = jq.run(QJsonValue());
    QCOMPARE(result.error, jq.error());
    QVERIFY(result.values.isEmpty());
}

void TestJq::nestedObjectsRoundTripIdentically()
{
    const QJsonValue input = json(R"({"identifier":"cart","properties":{"tier":"gold","score":97.5,
        "owners":["a","b",{"deep":{"deeper":[1,2,[3,{"e":null}]]}}],"on":true,"off":false,"none":null,
        "count":0,"neg":-12,"text":"é\"\\\n"},"relations":{},"list":[]})"_ba);
    const JqProgram jq(u"."_s);
    const JqProgram::Result result = jq.run(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.values.size(), 1);
    QCOMPARE(result.values.first(), input);
}

void TestJq::largeIntegersStayExact_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");

    QTest::newRow("2^53 - 1 passes through") << u"."_s << Q_INT64_C(9007199254740991) << Q_INT64_C(9007199254740991);
    QTest::newRow("negative 2^53 - 1") << u"."_s << Q_INT64_C(-9007199254740991) << Q_INT64_C(-9007199254740991);
    QTest::newRow("arithmetic below 2^53") << u". - 1"_s << Q_INT64_C(9007199254740991) << Q_INT64_C(9007199254740990);
    QTest::newRow("max qint64 passes through") << u"."_s << Q_INT64_C(9223372036854775807)
                                               << Q_INT64_C(9223372036854775807);
    QTest::newRow("inside an object") << u"{v: .} | .v"_s << Q_INT64_C(1234567890123456789)
                                      << Q_INT64_C(1234567890123456789);
}

void TestJq::largeIntegersStayExact()
{
    QFETCH(QString, program);
    QFETCH(qint64, input);
    QFETCH(qint64, output);

    const JqProgram jq(program);
    QString error;
    const QJsonValue value = jq.first(QJsonValue(input), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(value.isDouble());
    // QJsonValue compares numbers as doubles, which would hide an off-by-one up here.
    QCOMPARE(value.toInteger(), output);
}

void TestJq::integralResultsAreIntegers()
{
    const JqProgram jq(u".a / 2, .a / 4"_s);
    const JqProgram::Result result = jq.run(json("{\"a\":6}"_ba));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.values.size(), 2);
    QCOMPARE(result.values.at(0).toVariant().metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(result.values.at(0).toInteger(), 3);
    QCOMPARE(result.values.at(1).toVariant().metaType(), QMetaType::fromType<double>());
    QCOMPARE(result.values.at(1).toDouble(), 1.5);
}

void TestJq::nonFiniteNumbersBecomeWhatJqPrints()
{
    const JqProgram jq(u"nan, infinite, -infinite"_s);
    const JqProgram::Result result = jq.run(QJsonValue());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.values.size(), 3);
    QVERIFY(result.values.at(0).isNull());
    QCOMPARE(result.values.at(1).toDouble(), DBL_MAX);
    QCOMPARE(result.values.at(2).toDouble(), -DBL_MAX);
}

void TestJq::nowReturnsCurrentTime()
{
    const JqProgram jq(u"now"_s);
    QString error;
    const QJsonValue value = jq.first(QJsonValue(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(value.isDouble());
    const double seconds = double(QDateTime::currentMSecsSinceEpoch()) / 1000;
    QVERIFY2(qAbs(value.toDouble() - seconds) < 60, qPrintable(QString::number(value.toDouble())));
}

void TestJq::firstReturnsOnlyTheFirstOutput()
{
    // The error and the huge range after the first output are never reached.
    const JqProgram jq(u".[0], error(\"never\"), range(1e12)"_s);
    QString error = u"stale"_s;
    QCOMPARE(jq.first(json("[\"a\",\"b\"]"_ba), &error), QJsonValue(u"a"_s));
    QVERIFY(error.isEmpty());

    const JqProgram failing(u"error(\"first\"), 1"_s);
    QCOMPARE(failing.first(QJsonValue(), &error), QJsonValue(QJsonValue::Null));
    QCOMPARE(error, u"first"_s);
}

void TestJq::firstOfNoOutputsIsNull()
{
    const JqProgram jq(u"empty"_s);
    QString error = u"stale"_s;
    QCOMPARE(jq.first(json("{\"x\":1}"_ba), &error), QJsonValue(QJsonValue::Null));
    QVERIFY(error.isEmpty());
}

void TestJq::runawayOutputIsCutOff()
{
    JqProgram jq(u"repeat(1)"_s);
    jq.setMaxOutputs(10);
    const JqProgram::Result result = jq.run(QJsonValue());
    QCOMPARE(result.values.size(), 10);
    QCOMPARE(result.error, u"the program produced more than 10 outputs"_s);
}

void TestJq::tooDeepValuesAreRefused()
{
    const JqProgram identity(u"."_s);
    QVERIFY(identity.run(nestedArray(1000)).ok());

    const JqProgram::Result deepInput = identity.run(nestedArray(1100));
    QVERIFY2(deepInput.error.startsWith("input: JSON nested deeper than"_L1), qPrintable(deepInput.error));
    QVERIFY(deepInput.values.isEmpty());

    const JqProgram builder(u"reduce range(5000) as $i (0; [.])"_s);
    const JqProgram::Result deepOutput = builder.run(QJsonValue());
    QVERIFY2(deepOutput.error.startsWith("output: JSON nested deeper than"_L1), qPrintable(deepOutput.error));
    QVERIFY(deepOutput.values.isEmpty());
}

void TestJq::programIsReusableAfterAnError()
{
    const JqProgram jq(u".a.b"_s);
    QVERIFY(!jq.run(json("{\"a\":1}"_ba)).ok());
    const JqProgram::Result result = jq.run(json("{\"a\":{\"b\":\"ok\"}}"_ba));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(compact(result.values), "[\"ok\"]"_ba);
}

QTEST_GUILESS_MAIN(TestJq)
#include "tst_jq.moc"
