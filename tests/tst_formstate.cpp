// The live state of an action form: validation per input type and rule, jq defaults, visibility,
// required and enum choices over .form/.entity/.user, dependency order, layout and submission.
#include "actions/formstate.h"
#include "formjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using portolan::testing::jsonObject;
using portolan::testing::jsonValue;

namespace {

FormState form(const char *userInputs, const char *entity = "{}", const char *user = "{}")
{
    return FormState(jsonObject(userInputs), FormContext{jsonObject(entity), jsonObject(user)});
}

QJsonObject oneInput(const QString &definition, bool required)
{
    QJsonObject inputs{{u"properties"_s, QJsonObject{{u"x"_s, jsonObject(definition.toUtf8().constData())}}}};
    if (required)
        inputs.insert(u"required"_s, QJsonArray{u"x"_s});
    return inputs;
}

} // namespace

class TestFormState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatesEveryTypeAndRule_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("value"); // JSON, single-quoted; empty: leave the input untouched
        QTest::addColumn<QString>("error"); // a part of the expected error; empty: valid
        const struct {
            const char *name, *definition;
            bool required;
            const char *value, *error;
        } rows[] = {
            {"required text empty", "{'type': 'string'}", true, "", "Required"},
            {"required text blank", "{'type': 'string'}", true, "''", "Required"},
            {"optional text empty", "{'type': 'string'}", false, "", ""},
            {"text ok", "{'type': 'string'}", true, "'hello'", ""},
            {"minLength fail", "{'type': 'string', 'minLength': 3}", false, "'ab'", "At least 3 characters"},
            {"minLength pass", "{'type': 'string', 'minLength': 3}", false, "'abc'", ""},
            {"minLength counts characters", "{'type': 'string', 'minLength': 2, 'maxLength': 2}", false, "'\xc3\xa9\xf0\x9f\x98\x80'", ""},
            {"maxLength fail", "{'type': 'string', 'maxLength': 3}", false, "'abcd'", "At most 3 characters"},
            {"pattern fail", "{'type': 'string', 'pattern': '^[a-z-]+$'}", false, "'Bad Name'", "Must match the pattern"},
            {"pattern pass", "{'type': 'string', 'pattern': '^[a-z-]+$'}", false, "'good-name'", ""},
            {"pattern unanchored", "{'type': 'string', 'pattern': '[0-9]'}", false, "'v2'", ""},
            {"number not a number", "{'type': 'number'}", false, "'abc'", "Enter a number"},
            {"number ok", "{'type': 'number'}", false, "3.5", ""},
            {"integer fraction", "{'type': 'integer'}", false, "3.5", "whole number"},
            {"minimum fail", "{'type': 'number', 'minimum': 1}", false, "0", "At least 1"},
            {"minimum edge", "{'type': 'number', 'minimum': 1}", false, "1", ""},
            {"maximum fail", "{'type': 'number', 'maximum': 10}", false, "11", "At most 10"},
            {"exclusiveMinimum edge", "{'type': 'number', 'exclusiveMinimum': 0}", false, "0", "greater than 0"},
            {"exclusiveMinimum pass", "{'type': 'number', 'exclusiveMinimum': 0}", false, "0.5", ""},
            {"exclusiveMaximum edge", "{'type': 'number', 'exclusiveMaximum': 5}", false, "5", "less than 5"},
            {"zero is a value", "{'type': 'number'}", true, "0", ""},
            {"boolean false is a value", "{'type': 'boolean'}", true, "false", ""},
            {"boolean wrong type", "{'type': 'boolean'}", false, "'yes'", "yes or no"},
            {"enum in list", "{'type': 'string', 'enum': ['dev', 'prod']}", false, "'prod'", ""},
            {"enum not in list", "{'type': 'string', 'enum': ['dev', 'prod']}", false, "'qa'", "Choose one of"},
            {"number enum", "{'type': 'number', 'enum': [1, 2]}", false, "2", ""},
            {"minItems fail", "{'type': 'array', 'items': {'type': 'string'}, 'minItems': 2}", false, "['a']", "at least 2 items"},
            {"minItems pass", "{'type': 'array', 'items': {'type': 'string'}, 'minItems': 2}", false, "['a', 'b']", ""},
            {"maxItems fail", "{'type': 'array', 'items': {'type': 'string'}, 'maxItems': 1}", false, "['a', 'b']", "At most 1 item"},
            {"uniqueItems fail", "{'type': 'array', 'items': {'type': 'string'}, 'uniqueItems': true}", false, "['a', 'a']", "unique"},
            {"uniqueItems objects", "{'type': 'array', 'items': {'type': 'object'}, 'uniqueItems': true}", false, "[{'a': 1}, {'a': 1}]", "unique"},
            {"required array empty", "{'type': 'array', 'items': {'type': 'string'}}", true, "[]", "Required"},
            {"array item pattern", "{'type': 'array', 'items': {'type': 'string', 'pattern': '^v'}}", false, "['v1', 'x2']", "Item 2: Must match"},
            {"array of numbers wrong item", "{'type': 'array', 'items': {'type': 'number', 'minimum': 0}}", false, "[1, -1]", "Item 2: At least 0"},
            {"array item enum", "{'type': 'array', 'items': {'type': 'string', 'enum': ['a', 'b']}}", false, "['a', 'c']", "Item 2: Choose one of"},
            {"array empty item", "{'type': 'array', 'items': {'type': 'string'}}", false, "['a', '']", "Item 2 is empty"},
            {"object ok", "{'type': 'object'}", false, "{'a': 1}", ""},
            {"object bad json text", "{'type': 'object'}", false, "'{a: 1}'", "Not valid JSON (line 1"},
            {"object not an object", "{'type': 'object'}", false, "[1]", "JSON object"},
            {"yaml ok", "{'type': 'string', 'format': 'yaml'}", false, "'a: 1'", ""},
            {"yaml broken", "{'type': 'string', 'format': 'yaml'}", false, "'a: [1, 2'", "Not valid YAML"},
            {"url ok", "{'type': 'string', 'format': 'url'}", false, "'https://example.com/x'", ""},
            {"url relative", "{'type': 'string', 'format': 'url'}", false, "'example.com'", "full URL"},
            {"email ok", "{'type': 'string', 'format': 'email'}", false, "'ada@example.com'", ""},
            {"email bad", "{'type': 'string', 'format': 'email'}", false, "'ada'", "e-mail address"},
            {"date-time ok", "{'type': 'string', 'format': 'date-time'}", false, "'2025-01-31T14:00:00Z'", ""},
            {"date-time bad", "{'type': 'string', 'format': 'date-time'}", false, "'31/01/2025'", "date and time"},
            {"user ok", "{'type': 'string', 'format': 'user'}", false, "'ada@example.com'", ""},
            {"user bad", "{'type': 'string', 'format': 'user'}", false, "'ada'", "e-mail address"},
            {"team any text", "{'type': 'string', 'format': 'team'}", true, "'payments'", ""},
            {"secret minLength", "{'type': 'string', 'encryption': 'aes256-gcm', 'minLength': 8}", false, "'short'", "At least 8"},
            {"secret required", "{'type': 'string', 'format': 'secret'}", true, "", "Required"},
            {"entity chosen", "{'type': 'string', 'format': 'entity', 'blueprint': 'service'}", true, "'cart'", ""},
            {"entities minItems", "{'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'format': 'entity', 'blueprint': 'service'}}", false, "['cart']", "at least 2"},
            {"multi-line maxLength", "{'type': 'string', 'format': 'multi-line', 'maxLength': 5}", false, "'one\\ntwo'", "At most 5"},
            {"markdown ok", "{'type': 'string', 'format': 'markdown'}", true, "'# Title'", ""},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << QString::fromUtf8(row.definition) << row.required << QString::fromUtf8(row.value)
                                    << QString::fromUtf8(row.error);
    }

    void validatesEveryTypeAndRule()
    {
        QFETCH(QString, definition);
        QFETCH(bool, required);
        QFETCH(QString, value);
        QFETCH(QString, error);
        FormState state(oneInput(definition, required), {});
        if (!value.isEmpty())
            state.setValue(u"x"_s, jsonValue(value.toUtf8().constData()));
        const QStringList errors = state.errors(u"x"_s);
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
            QVERIFY(state.isValid());
            QVERIFY(state.problems().isEmpty());
            return;
        }
        QVERIFY2(errors.join(u"; "_s).contains(error), qPrintable(u"expected \""_s + error + u"\", got: "_s + errors.join(u"; "_s)));
        QVERIFY(!state.isValid());
        QCOMPARE(state.problems().first().path, u"$.inputs.x"_s);
        QCOMPARE(state.isMissing(u"x"_s), error == "Required"_L1);
    }

    void defaultsReadEntityAndUserUntilEdited()
    {
        FormState state = form("{'properties': {'name': {'type': 'string', 'default': {'jqQuery': '.entity.identifier + \\u0022-copy\\u0022'}},"
                               " 'owner': {'type': 'string', 'format': 'user', 'default': {'jqQuery': '.user.email'}},"
                               " 'replicas': {'type': 'number', 'default': 2}, 'flag': {'type': 'boolean'}}}",
                               "{'identifier': 'cart'}", "{'email': 'ada@example.com', 'teams': ['payments']}");
        QCOMPARE(state.value(u"name"_s).toString(), u"cart-copy"_s);
        QCOMPARE(state.value(u"owner"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(state.value(u"replicas"_s).toDouble(), 2.0);
        QCOMPARE(state.value(u"flag"_s), QJsonValue(false));
        QVERIFY(!state.isEdited(u"name"_s));
        state.setValue(u"name"_s, u"mine"_s);
        QVERIFY(state.isEdited(u"name"_s));
        QCOMPARE(state.value(u"name"_s).toString(), u"mine"_s);
        state.resetValue(u"name"_s);
        QCOMPARE(state.value(u"name"_s).toString(), u"cart-copy"_s);
    }

    void visibleRequiredDisabledAndEnumFollowTheForm()
    {
        FormState state = form(
            "{'properties': {"
            " 'env': {'type': 'string', 'enum': ['dev', 'prod']},"
            " 'reason': {'type': 'string', 'visible': {'jqQuery': '.form.env == \\u0022prod\\u0022'}, 'minLength': 5},"
            " 'size': {'type': 'string', 'enum': {'jqQuery': 'if .form.env == \\u0022prod\\u0022 then [\\u0022large\\u0022] else [\\u0022small\\u0022, \\u0022large\\u0022] end'}},"
            " 'locked': {'type': 'string', 'disabled': {'jqQuery': '.user.teams | index(\\u0022admins\\u0022) | not'}}},"
            " 'required': {'jqQuery': 'if .form.env == \\u0022prod\\u0022 then [\\u0022reason\\u0022, \\u0022env\\u0022] else [\\u0022env\\u0022] end'}}",
            "{}", "{'teams': ['payments']}");
        QVERIFY(!state.isVisible(u"reason"_s));
        QVERIFY(state.isRequired(u"env"_s));
        QVERIFY(!state.isRequired(u"reason"_s));
        QVERIFY(state.isDisabled(u"locked"_s));
        QCOMPARE(state.enumOptions(u"size"_s).size(), 2);

        state.setValue(u"reason"_s, u"no"_s); // hidden: neither validated nor submitted
        QVERIFY(state.errors(u"reason"_s).isEmpty());
        state.setValue(u"env"_s, u"prod"_s);
        QVERIFY(state.isVisible(u"reason"_s));
        QVERIFY(state.isRequired(u"reason"_s));
        QCOMPARE(state.enumOptions(u"size"_s).size(), 1);
        QVERIFY(!state.errors(u"reason"_s).isEmpty()); // now visible: "no" is too short
        QVERIFY(state.submission().contains(u"reason"_s));

        state.setValue(u"size"_s, u"large"_s);
        state.setValue(u"env"_s, u"dev"_s);
        QVERIFY(!state.submission().contains(u"reason"_s));
        QCOMPARE(state.value(u"size"_s).toString(), u"large"_s); // still a choice
        QVERIFY(state.isValid());
    }

    void enumChoiceThatNoLongerExistsFallsBackToDefault()
    {
        FormState state = form("{'properties': {'env': {'type': 'string', 'enum': ['dev', 'prod']},"
                               " 'size': {'type': 'string', 'enum': {'jqQuery': 'if .form.env == \\u0022prod\\u0022 then [\\u0022large\\u0022] else [\\u0022small\\u0022, \\u0022large\\u0022] end'}}}}");
        state.setValue(u"env"_s, u"dev"_s);
        state.setValue(u"size"_s, u"small"_s);
        state.setValue(u"env"_s, u"prod"_s);
        QVERIFY(state.value(u"size"_s).isUndefined() || state.value(u"size"_s).isNull());
        QVERIFY(!state.isEdited(u"size"_s));
    }

    void enumColoursAndLabels()
    {
        FormState state = form("{'properties': {'e': {'type': 'string', 'enum': ['dev', 'prod'], 'enumColors': {'prod': 'red'}},"
                               " 'j': {'type': 'string', 'enum': {'jqQuery': '[{label: \\u0022Production\\u0022, value: \\u0022prod\\u0022}]'}}}}");
        QCOMPARE(state.enumOptions(u"e"_s).at(1).color, u"red"_s);
        QCOMPARE(state.enumOptions(u"e"_s).at(0).color, QString());
        QCOMPARE(state.enumOptions(u"j"_s).at(0).label, u"Production"_s);
        QCOMPARE(state.enumOptions(u"j"_s).at(0).value.toString(), u"prod"_s);
    }

    void defaultsChainInDependencyOrder()
    {
        // Declared so that key order (a, b, c) is the reverse of the dependency order (c → b → a).
        FormState state = form("{'properties': {"
                               " 'a': {'type': 'string', 'dependsOn': ['b'], 'default': {'jqQuery': '.form.b + \\u0022-a\\u0022'}},"
                               " 'b': {'type': 'string', 'default': {'jqQuery': '.form.c + \\u0022-b\\u0022'}},"
                               " 'c': {'type': 'string', 'default': 'c'}}}");
        QCOMPARE(state.value(u"a"_s).toString(), u"c-b-a"_s);
        const QStringList evaluated = state.setValue(u"c"_s, u"x"_s);
        QCOMPARE(evaluated, (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(state.value(u"a"_s).toString(), u"x-b-a"_s);
        // Only what depends on the change is evaluated again.
        QCOMPARE(state.setValue(u"a"_s, u"mine"_s), QStringList{u"a"_s});
        state.setValue(u"c"_s, u"y"_s);
        QCOMPARE(state.value(u"b"_s).toString(), u"y-b"_s);
        QCOMPARE(state.value(u"a"_s).toString(), u"mine"_s); // edited: the default no longer applies
    }

    void dependsOnDisablesUntilFilledAndClearsEntityChoice()
    {
        FormState state = form("{'properties': {'team': {'type': 'string', 'format': 'team'},"
                               " 'service': {'type': 'string', 'format': 'entity', 'blueprint': 'service', 'dependsOn': ['team'],"
                               "  'dataset': {'combinator': 'and', 'rules': [{'property': '$team', 'operator': 'containsAny', 'value': {'jqQuery': '[.form.team]'}}]}}}}");
        QVERIFY(state.isDisabled(u"service"_s));
        state.setValue(u"team"_s, u"payments"_s);
        QVERIFY(!state.isDisabled(u"service"_s));
        const QJsonObject filter = state.entityFilter(u"service"_s);
        QCOMPARE(filter.value(u"rules"_s).toArray().at(0).toObject().value(u"value"_s), QJsonValue(QJsonArray{u"payments"_s}));
        state.setValue(u"service"_s, u"cart"_s);
        state.setValue(u"team"_s, u"search"_s);
        QVERIFY(state.isEmpty(u"service"_s));
    }

    void jqRuntimeErrorIsAWarningForTheAuthor()
    {
        FormState state = form("{'properties': {'x': {'type': 'string', 'default': {'jqQuery': 'error(\\u0022boom\\u0022)'}}}}");
        QVERIFY(state.isValid());
        QVERIFY(state.warnings(u"x"_s).join(u' ').contains(u"boom"_s));
        QCOMPARE(state.problems().size(), 1);
        QVERIFY(!state.problems().first().isError());
    }

    void submissionDropsHiddenAndEmptyAndMasksSecrets()
    {
        FormState state = form("{'properties': {'name': {'type': 'string'}, 'token': {'type': 'string', 'encryption': 'aes256-gcm'},"
                               " 'cfg': {'type': 'object', 'format': 'secret'}, 'note': {'type': 'string'},"
                               " 'hidden': {'type': 'string', 'visible': false, 'default': 'h'}}}");
        state.setValue(u"name"_s, u"svc"_s);
        state.setValue(u"token"_s, u"s3cr3t"_s);
        state.setValue(u"cfg"_s, QJsonObject{{u"k"_s, u"v"_s}});
        const QJsonObject clear = state.submission();
        QCOMPARE(clear.value(u"token"_s).toString(), u"s3cr3t"_s);
        QVERIFY(!clear.contains(u"hidden"_s));
        QVERIFY(!clear.contains(u"note"_s));
        const QJsonObject masked = state.maskedSubmission();
        QCOMPARE(masked.value(u"token"_s).toString(), u"********"_s);
        QCOMPARE(masked.value(u"cfg"_s).toString(), u"********"_s);
        QCOMPARE(masked.value(u"name"_s).toString(), u"svc"_s);
        QCOMPARE(state.secretKeys(), (QStringList{u"cfg"_s, u"token"_s}));
    }

    void stepsAndSectionsFollowOrder()
    {
        FormState state = form("{'properties': {'a': {'type': 'string'}, 'b': {'type': 'string'}, 'c': {'type': 'string', 'minLength': 2},"
                               " 'd': {'type': 'string'}}, 'titles': {'basics': {'title': 'Basics', 'description': 'Who and what'}},"
                               " 'steps': [{'title': 'One', 'order': ['basics', 'b', 'a']}, {'title': 'Two', 'order': ['c']}]}");
        const QList<FormStep> steps = state.steps();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).title, u"One"_s);
        QCOMPARE(steps.at(0).entries.size(), 3);
        QCOMPARE(steps.at(0).entries.at(0).kind, FormEntry::Kind::Section);
        QCOMPARE(steps.at(0).entries.at(0).title, u"Basics"_s);
        QCOMPARE(steps.at(0).entries.at(1).key, u"b"_s);
        QCOMPARE(steps.at(1).entries.size(), 2); // d is in no step: it goes last
        QCOMPARE(steps.at(1).entries.at(1).key, u"d"_s);
        QCOMPARE(state.stepOf(u"d"_s), 1);
        state.setValue(u"c"_s, u"x"_s);
        QVERIFY(state.isStepValid(0));
        QVERIFY(!state.isStepValid(1));
    }

    void withoutStepsOneStepInOrder()
    {
        FormState state = form("{'properties': {'a': {'type': 'string'}, 'b': {'type': 'string'}}, 'order': ['b']}");
        QCOMPARE(state.steps().size(), 1);
        QCOMPARE(state.steps().at(0).entries.at(0).key, u"b"_s);
        QCOMPARE(state.steps().at(0).entries.at(1).key, u"a"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormState)
#include "tst_formstate.moc"
