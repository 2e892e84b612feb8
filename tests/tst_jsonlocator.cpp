// JSON paths to line:column, for validation problems in JSON files.
#include "importing/jsonlocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestJsonLocator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathsResolveToWhereTheirValueStarts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("root") << u"$"_s << 1 << 1;
        QTest::newRow("top-level key") << u"$.identifier"_s << 2 << 17;
        QTest::newRow("nested key") << u"$.properties.tier"_s << 4 << 13;
        QTest::newRow("array item") << u"$.relations.dependsOn[1]"_s << 7 << 24;
        QTest::newRow("key after a nested object") << u"$.title"_s << 9 << 12;
        QTest::newRow("escaped key") << u"$.properties.a\"b"_s << 5 << 13;
        QTest::newRow("missing key: its parent") << u"$.properties.language"_s << 3 << 17;
        QTest::newRow("missing index: the array") << u"$.relations.dependsOn[5]"_s << 7 << 18;
        QTest::newRow("same key elsewhere is not it") << u"$.relations.tier"_s << 6 << 19;
    }

    void pathsResolveToWhereTheirValueStarts()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray text = "{\n"
                                "  \"identifier\": \"cart\",\n"
                                "  \"properties\": {\n"
                                "    \"tier\": 3,\n"
                                "    \"a\\\"b\": [1, {\"x\": null}]\n"
                                "  }, \"relations\": {\n"
                                "    \"dependsOn\": [\"a\", \"b\"]\n"
                                "  },\n"
                                "  \"title\": \"Cart — “quoted”\"\n"
                                "}\n";
        QCOMPARE(JsonLocator(text).position(path), (std::pair{line, column}));
    }

    void columnsCountCharactersNotUtf16Units()
    {
        const QByteArray text = "{\"title\": \"\xF0\x9F\x9A\x80 launch\", \"x\": 1}"; // 🚀 is one character
        QCOMPARE(JsonLocator(text).position(u"$.x"_s), (std::pair{1, 28}));
    }

    void entriesOfABundleAreFound()
    {
        const QByteArray text = "{\"blueprints\": [],\n \"entities\": [\n  {\"identifier\": \"a\"},\n  {\"identifier\": \"b\", \"properties\": {\"x\": 1}}\n ]\n}";
        QCOMPARE(JsonLocator(text).position(u"$.entities[1].properties.x"_s), (std::pair{4, 43}));
        QCOMPARE(JsonLocator(text).position(u"$.entities[0]"_s), (std::pair{3, 3}));
    }
};

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
