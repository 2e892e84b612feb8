// An action's userInputs: which editor each input gets, and what checkUserInputs reports where.
#include "actions/userinputs.h"
#include "formjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using portolan::testing::jsonObject;

Q_DECLARE_METATYPE(portolan::InputKind)

class TestUserInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindOfEveryInput_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<InputKind>("kind");
        QTest::addColumn<bool>("secret");
        const struct {
            const char *name;
            const char *json;
            InputKind kind;
            bool secret;
        } rows[] = {
            {"text", "{'type': 'string'}", InputKind::Text, false},
            {"multi-line", "{'type': 'string', 'format': 'multi-line'}", InputKind::MultiLine, false},
            {"markdown", "{'type': 'string', 'format': 'markdown'}", InputKind::Markdown, false},
            {"number", "{'type': 'number'}", InputKind::Number, false},
            {"integer", "{'type': 'integer'}", InputKind::Number, false},
            {"boolean", "{'type': 'boolean'}", InputKind::Boolean, false},
            {"string enum", "{'type': 'string', 'enum': ['a', 'b']}", InputKind::Enum, false},
            {"number enum", "{'type': 'number', 'enum': [1, 2]}", InputKind::Enum, false},
            {"jq enum", "{'type': 'string', 'enum': {'jqQuery': '[1]'}}", InputKind::Enum, false},
            {"array of strings", "{'type': 'array', 'items': {'type': 'string'}}", InputKind::Array, false},
            {"array of objects", "{'type': 'array', 'items': {'type': 'object'}}", InputKind::Array, false},
            {"object", "{'type': 'object'}", InputKind::Object, false},
            {"yaml string", "{'type': 'string', 'format': 'yaml'}", InputKind::Yaml, false},
            {"yaml object", "{'type': 'object', 'format': 'yaml'}", InputKind::Yaml, false},
            {"url", "{'type': 'string', 'format': 'url'}", InputKind::Url, false},
            {"email", "{'type': 'string', 'format': 'email'}", InputKind::Email, false},
            {"date-time", "{'type': 'string', 'format': 'date-time'}", InputKind::DateTime, false},
            {"user", "{'type': 'string', 'format': 'user'}", InputKind::User, false},
            {"team", "{'type': 'string', 'format': 'team'}", InputKind::Team, false},
            {"secret by encryption", "{'type': 'string', 'encryption': 'aes256-gcm'}", InputKind::Secret, true},
            {"secret by format", "{'type': 'string', 'format': 'secret'}", InputKind::Secret, true},
            {"secret object", "{'type': 'object', 'encryption': 'aes256-gcm'}", InputKind::Secret, true},
            {"entity", "{'type': 'string', 'format': 'entity', 'blueprint': 'service'}", InputKind::Entity, false},
            {"entities", "{'type': 'array', 'items': {'type': 'string', 'format': 'entity', 'blueprint': 'service'}}",
             InputKind::Entities, false},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << QString::fromUtf8(row.json) << row.kind << row.secret;
    }

    void kindOfEveryInput()
    {
        QFETCH(QString, definition);
        QFETCH(InputKind, kind);
        QFETCH(bool, secret);
        const UserInput in = UserInput::fromJson(u"x"_s, jsonObject(definition.toUtf8().constData()));
        QCOMPARE(inputKindName(in.kind), inputKindName(kind));
        QCOMPARE(in.secret, secret);
    }

    void entityInputReadsBlueprintDatasetAndSort()
    {
        const UserInput many = UserInput::fromJson(u"deps"_s, jsonObject(
            "{'type': 'array', 'sort': {'property': '$title', 'order': 'DESC'}, 'items': {'type': 'string', 'format': 'entity',"
            " 'blueprint': 'service', 'dataset': {'combinator': 'and', 'rules': [{'property': 'language', 'operator': '=', 'value': 'Go'}]}}}"));
        QCOMPARE(many.blueprint, u"service"_s);
        QCOMPARE(many.dataset.value(u"rules"_s).toArray().size(), 1);
        QCOMPARE(many.sortProperty, u"$title"_s);
        QVERIFY(!many.sortAscending);
    }

    void layoutOrderComesFromStepsThenOrderThenKeys()
    {
        const UserInputs inputs = UserInputs::fromJson(jsonObject(
            "{'properties': {'a': {'type': 'string'}, 'b': {'type': 'string'}, 'c': {'type': 'string'}, 'd': {'type': 'string'}},"
            " 'order': ['c', 'b'], 'steps': [{'title': 'One', 'order': ['d']}]}"));
        QStringList keys;
        for (const UserInput &in : inputs.inputs)
            keys.append(in.key);
        QCOMPARE(keys, (QStringList{u"d"_s, u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(inputs.input(u"b"_s)->key, u"b"_s);
        QVERIFY(!inputs.input(u"zz"_s));
    }

    void checkReportsProblemsAtPaths_data()
    {
        QTest::addColumn<QString>("userInputs");
        QTest::addColumn<QString>("path"); // empty: no problem expected
        const struct {
            const char *name;
            const char *json;
            const char *path;
        } rows[] = {
            {"valid form", "{'properties': {'name': {'type': 'string', 'minLength': 3, 'maxLength': 9, 'pattern': '^[a-z]+$'},"
                           " 'n': {'type': 'number', 'minimum': 0, 'exclusiveMaximum': 9}, 'l': {'type': 'array', 'minItems': 1, 'uniqueItems': true}},"
                           " 'required': ['name'], 'order': ['name', 'sec', 'n'], 'titles': {'sec': {'title': 'Sizing'}}}", ""},
            {"unknown type", "{'properties': {'name': {'type': 'strang'}}}", "$.u.properties.name.type"},
            {"missing type", "{'properties': {'name': {}}}", "$.u.properties.name.type"},
            {"unknown format", "{'properties': {'name': {'type': 'string', 'format': 'colour'}}}", "$.u.properties.name.format"},
            {"minLength on number", "{'properties': {'n': {'type': 'number', 'minLength': 2}}}", "$.u.properties.n.minLength"},
            {"minLength not a number", "{'properties': {'name': {'type': 'string', 'minLength': 'two'}}}", "$.u.properties.name.minLength"},
            {"negative maxLength", "{'properties': {'name': {'type': 'string', 'maxLength': -1}}}", "$.u.properties.name.maxLength"},
            {"min above max", "{'properties': {'n': {'type': 'number', 'minimum': 5, 'maximum': 1}}}", "$.u.properties.n.minimum"},
            {"bad pattern", "{'properties': {'name': {'type': 'string', 'pattern': '(['}}}", "$.u.properties.name.pattern"},
            {"minimum on string", "{'properties': {'name': {'type': 'string', 'minimum': 1}}}", "$.u.properties.name.minimum"},
            {"minItems on string", "{'properties': {'name': {'type': 'string', 'minItems': 1}}}", "$.u.properties.name.minItems"},
            {"uniqueItems not bool", "{'properties': {'l': {'type': 'array', 'uniqueItems': 'yes'}}}", "$.u.properties.l.uniqueItems"},
            {"bad item type", "{'properties': {'l': {'type': 'array', 'items': {'type': 'thing'}}}}", "$.u.properties.l.items.type"},
            {"enum not a list", "{'properties': {'e': {'type': 'string', 'enum': 'a'}}}", "$.u.properties.e.enum"},
            {"enum colour unknown", "{'properties': {'e': {'type': 'string', 'enum': ['a'], 'enumColors': {'a': 'mauve'}}}}", "$.u.properties.e.enumColors.a"},
            {"jq enum does not compile", "{'properties': {'e': {'type': 'string', 'enum': {'jqQuery': '[.form.'}}}}", "$.u.properties.e.enum.jqQuery"},
            {"jq default does not compile", "{'properties': {'e': {'type': 'string', 'default': {'jqQuery': 'if'}}}}", "$.u.properties.e.default.jqQuery"},
            {"jq visible does not compile", "{'properties': {'e': {'type': 'string', 'visible': {'jqQuery': ')'}}}}", "$.u.properties.e.visible.jqQuery"},
            {"visible not bool", "{'properties': {'e': {'type': 'string', 'visible': 'yes'}}}", "$.u.properties.e.visible"},
            {"jq required does not compile", "{'properties': {'e': {'type': 'string'}}, 'required': {'jqQuery': '[[['}}", "$.u.required.jqQuery"},
            {"required names unknown input", "{'properties': {'e': {'type': 'string'}}, 'required': ['e', 'f']}", "$.u.required[1]"},
            {"required not a list", "{'properties': {'e': {'type': 'string'}}, 'required': 'e'}", "$.u.required"},
            {"order names unknown key", "{'properties': {'e': {'type': 'string'}}, 'order': ['x']}", "$.u.order[0]"},
            {"step names unknown key", "{'properties': {'e': {'type': 'string'}}, 'steps': [{'title': 'S', 'order': ['e', 'y']}]}", "$.u.steps[0].order[1]"},
            {"step without title", "{'properties': {'e': {'type': 'string'}}, 'steps': [{'order': ['e']}]}", "$.u.steps[0].title"},
            {"input in two steps", "{'properties': {'e': {'type': 'string'}}, 'steps': [{'title': 'A', 'order': ['e']}, {'title': 'B', 'order': ['e']}]}", "$.u.steps[1].order[0]"},
            {"section clashes with input", "{'properties': {'e': {'type': 'string'}}, 'titles': {'e': {'title': 'E'}}}", "$.u.titles.e"},
            {"dependsOn unknown", "{'properties': {'e': {'type': 'string', 'dependsOn': ['nope']}}}", "$.u.properties.e.dependsOn[0]"},
            {"dependsOn itself", "{'properties': {'e': {'type': 'string', 'dependsOn': ['e']}}}", "$.u.properties.e.dependsOn"},
            {"dependsOn cycle", "{'properties': {'a': {'type': 'string', 'dependsOn': ['b']}, 'b': {'type': 'string', 'dependsOn': ['a']}}}", "$.u.properties.b.dependsOn"},
            {"entity without blueprint", "{'properties': {'s': {'type': 'string', 'format': 'entity'}}}", "$.u.properties.s.blueprint"},
            {"entity bad dataset operator", "{'properties': {'s': {'type': 'string', 'format': 'entity', 'blueprint': 'service',"
                                            " 'dataset': {'combinator': 'and', 'rules': [{'property': 'x', 'operator': 'like', 'value': 1}]}}}}",
             "$.u.properties.s.dataset.rules[0].operator"},
            {"entity dataset jq does not compile", "{'properties': {'s': {'type': 'string', 'format': 'entity', 'blueprint': 'service',"
                                                   " 'dataset': {'combinator': 'and', 'rules': [{'property': 'x', 'operator': '=', 'value': {'jqQuery': '.form.'}}]}}}}",
             "$.u.properties.s.dataset.rules[0].value.jqQuery"},
            {"entity bad sort order", "{'properties': {'s': {'type': 'string', 'format': 'entity', 'blueprint': 'service', 'sort': {'property': '$title', 'order': 'UP'}}}}",
             "$.u.properties.s.sort.order"},
            {"bad encryption", "{'properties': {'p': {'type': 'string', 'encryption': 'rot13'}}}", "$.u.properties.p.encryption"},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << QString::fromUtf8(row.json) << QString::fromUtf8(row.path);
    }

    void checkReportsProblemsAtPaths()
    {
        QFETCH(QString, userInputs);
        QFETCH(QString, path);
        const Problems problems = checkUserInputs(jsonObject(userInputs.toUtf8().constData()), u"$.u"_s);
        QStringList said;
        for (const Problem &p : problems)
            said.append(p.toString());
        if (path.isEmpty()) {
            QVERIFY2(!hasErrors(problems), qPrintable(said.join(u'\n')));
            return;
        }
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem &p) { return p.isError() && p.path == path; });
        QVERIFY2(found, qPrintable(u"expected an error at "_s + path + u", got:\n"_s + said.join(u'\n')));
    }

    void inputInNoStepIsAWarningNotAnError()
    {
        const Problems problems = checkUserInputs(jsonObject(
            "{'properties': {'a': {'type': 'string'}, 'b': {'type': 'string'}}, 'steps': [{'title': 'S', 'order': ['a']}]}"), u"$"_s);
        QVERIFY(!hasErrors(problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, u"$.properties.b"_s);
    }
};

QTEST_GUILESS_MAIN(TestUserInputs)
#include "tst_userinputs.moc"
