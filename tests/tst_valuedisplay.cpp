// ValueDisplay: how values read in tables and on entity pages, decided by their schema.
#include "catalog/namedirectory.h"
#include "catalog/valuedisplay.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

PropertyDef def(const char *json)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(json)).object();
    PropertyDef p;
    p.type = o.value(u"type").toString();
    p.format = o.value(u"format").toString();
    p.enumValues = o.value(u"enum").toArray();
    p.enumColors = o.value(u"enumColors").toObject();
    p.items = o.value(u"items").toObject();
    return p;
}

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::UTC);

} // namespace

class TestValueDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void propertyReadsByFormat_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        using K = DisplayValue::Kind;
        QTest::newRow("empty string") << "{\"type\":\"string\"}"_ba << "\"\""_ba << int(K::Empty) << QString();
        QTest::newRow("null") << "{\"type\":\"number\"}"_ba << "null"_ba << int(K::Empty) << QString();
        QTest::newRow("text") << "{\"type\":\"string\"}"_ba << "\"hello\""_ba << int(K::Text) << u"hello"_s;
        QTest::newRow("multi-line text shows its first line") << "{\"type\":\"string\"}"_ba << "\"one\\ntwo\""_ba << int(K::Text) << u"one …"_s;
        QTest::newRow("number") << "{\"type\":\"number\"}"_ba << "42"_ba << int(K::Number) << u"42"_s;
        QTest::newRow("average rounded") << "{\"type\":\"number\"}"_ba << "41.333333333333336"_ba << int(K::Number) << u"41.33"_s;
        QTest::newRow("boolean true") << "{\"type\":\"boolean\"}"_ba << "true"_ba << int(K::Boolean) << u"✓"_s;
        QTest::newRow("enum") << "{\"type\":\"string\",\"enum\":[\"Go\"]}"_ba << "\"Go\""_ba << int(K::Enum) << u"Go"_s;
        QTest::newRow("url") << "{\"type\":\"string\",\"format\":\"url\"}"_ba << "\"https:\\/\\/x.dev\""_ba << int(K::Link) << u"https://x.dev"_s;
        QTest::newRow("labeled url") << "{\"type\":\"object\",\"format\":\"labeled-url\"}"_ba
                                     << "{\"url\":\"https:\\/\\/x.dev\",\"displayText\":\"Docs\"}"_ba << int(K::Link) << u"Docs"_s;
        QTest::newRow("user by name") << "{\"type\":\"string\",\"format\":\"user\"}"_ba << "\"ada@example.com\""_ba << int(K::User) << u"Ada Lovelace"_s;
        QTest::newRow("unknown user keeps the key") << "{\"type\":\"string\",\"format\":\"user\"}"_ba << "\"bob@example.com\""_ba << int(K::User) << u"bob@example.com"_s;
        QTest::newRow("team by name") << "{\"type\":\"string\",\"format\":\"team\"}"_ba << "\"payments\""_ba << int(K::Team) << u"Payments"_s;
        QTest::newRow("timer running") << "{\"type\":\"string\",\"format\":\"timer\"}"_ba << "\"2026-11-25T16:00:00Z\""_ba << int(K::Timer) << u"3d 4h left"_s;
        QTest::newRow("timer expired") << "{\"type\":\"string\",\"format\":\"timer\"}"_ba << "\"2026-11-20T00:00:00Z\""_ba << int(K::Timer) << u"Expired"_s;
        QTest::newRow("markdown as plain text") << "{\"type\":\"string\",\"format\":\"markdown\"}"_ba
                                                << "\"# Cart\\n\\nKeeps the **basket**. See [docs](x).\""_ba << int(K::Text) << u"Cart · Keeps the basket. See docs."_s;
        QTest::newRow("array of strings") << "{\"type\":\"array\"}"_ba << "[\"a\",\"b\"]"_ba << int(K::List) << u"a, b"_s;
        QTest::newRow("array of users") << "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"user\"}}"_ba
                                        << "[\"ada@example.com\"]"_ba << int(K::List) << u"Ada Lovelace"_s;
        QTest::newRow("object as compact JSON") << "{\"type\":\"object\"}"_ba << "{\"a\":1}"_ba << int(K::Json) << u"{\"a\":1}"_s;
    }
    void propertyReadsByFormat()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, value);
        QFETCH(int, kind);
        QFETCH(QString, text);
        NameDirectory names;
        names.users.insert(u"ada@example.com"_s, u"Ada Lovelace"_s);
        names.teams.insert(u"payments"_s, u"Payments"_s);
        const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
        const DisplayValue shown = ValueDisplay::property(def(schema.constData()), v, names, kNow);
        QCOMPARE(int(shown.kind), kind);
        QCOMPARE(shown.text, text);
    }

    void enumChipTakesPortPaletteColour()
    {
        const DisplayValue v = ValueDisplay::property(def("{\"type\":\"string\",\"enum\":[\"Go\"],\"enumColors\":{\"Go\":\"blue\"}}"),
                                                      u"Go"_s, NameDirectory{}, kNow);
        QCOMPARE(v.color, u"#3b82f6"_s);
        QCOMPARE(ValueDisplay::paletteColor(u"#123456"_s), u"#123456"_s);
        QVERIFY(ValueDisplay::paletteColor(u"chartreuse"_s).isEmpty());
    }

    void timerFlagsExpiry()
    {
        const DisplayValue v = ValueDisplay::property(def("{\"type\":\"string\",\"format\":\"timer\"}"), u"2026-11-22T11:00:00Z"_s, NameDirectory{}, kNow);
        QVERIFY(v.expired);
        QCOMPARE(ValueDisplay::timeRemaining(kNow.addSecs(300), kNow), u"5m left"_s);
    }

    void relationListsTargetsWithTitles()
    {
        const DisplayValue v = ValueDisplay::relation(u"service"_s, QJsonArray{u"cart"_s, u"pricing"_s}, {{u"cart"_s, u"Cart Service"_s}});
        QCOMPARE(v.kind, DisplayValue::Kind::Entity);
        QCOMPARE(v.text, u"Cart Service, pricing"_s);
        QCOMPARE(v.entities, (QStringList{u"service/cart"_s, u"service/pricing"_s}));
    }

    void teamsByName()
    {
        NameDirectory names;
        names.teams.insert(u"payments"_s, u"Payments"_s);
        QCOMPARE(ValueDisplay::teams({u"payments"_s, u"ghost"_s}, names).text, u"Payments, ghost"_s);
        QCOMPARE(ValueDisplay::teams({}, names).kind, DisplayValue::Kind::Empty);
    }
};

QTEST_GUILESS_MAIN(TestValueDisplay)
#include "tst_valuedisplay.moc"
