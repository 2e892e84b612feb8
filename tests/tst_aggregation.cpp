// Aggregation functions over related entities: one row per function, with filters and the
// per-time-unit average of entity counts.
#include "schema/aggregation.h"
#include "schema/blueprint.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QJsonObject incident(const char *severity, double minutes, const char *createdAt)
{
    return QJsonObject{{u"identifier"_s, u"i"_s},
                       {u"$createdAt"_s, QString::fromLatin1(createdAt)},
                       {u"properties"_s, QJsonObject{{u"severity"_s, QString::fromLatin1(severity)}, {u"minutes"_s, minutes}}}};
}

AggregationDef definition(const char *spec, const char *query = "{}")
{
    const QJsonObject json{{u"target"_s, u"incident"_s},
                           {u"calculationSpec"_s, QJsonDocument::fromJson(QByteArray(spec)).object()},
                           {u"query"_s, QJsonDocument::fromJson(QByteArray(query)).object()}};
    return Blueprint::fromJson(QJsonObject{{u"identifier"_s, u"service"_s}, {u"aggregationProperties"_s, QJsonObject{{u"a"_s, json}}}})
        .aggregations.first();
}

} // namespace

class TestAggregation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void functionsOverRelatedEntities_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QJsonValue>("expected");
        const QByteArray all = "{}";
        QTest::newRow("count") << "{\"calculationBy\": \"entities\", \"func\": \"count\"}"_ba << all << QJsonValue(4);
        QTest::newRow("count filtered") << "{\"calculationBy\": \"entities\", \"func\": \"count\"}"_ba
                                        << "{\"combinator\": \"and\", \"rules\": [{\"property\": \"severity\", \"operator\": \"=\", \"value\": \"sev1\"}]}"_ba
                                        << QJsonValue(2);
        QTest::newRow("sum") << "{\"calculationBy\": \"property\", \"func\": \"sum\", \"property\": \"minutes\"}"_ba << all << QJsonValue(100);
        QTest::newRow("min") << "{\"calculationBy\": \"property\", \"func\": \"min\", \"property\": \"minutes\"}"_ba << all << QJsonValue(10);
        QTest::newRow("max") << "{\"calculationBy\": \"property\", \"func\": \"max\", \"property\": \"minutes\"}"_ba << all << QJsonValue(40);
        QTest::newRow("average") << "{\"calculationBy\": \"property\", \"func\": \"average\", \"property\": \"minutes\"}"_ba << all << QJsonValue(25);
        QTest::newRow("median (even)") << "{\"calculationBy\": \"property\", \"func\": \"median\", \"property\": \"minutes\"}"_ba << all << QJsonValue(25);
        QTest::newRow("median filtered (odd)") << "{\"calculationBy\": \"property\", \"func\": \"median\", \"property\": \"minutes\"}"_ba
                                               << "{\"combinator\": \"or\", \"rules\": [{\"property\": \"minutes\", \"operator\": \">\", \"value\": 15}]}"_ba
                                               << QJsonValue(30);
        QTest::newRow("average per day") << "{\"calculationBy\": \"entities\", \"func\": \"average\", \"averageOf\": \"day\"}"_ba << all << QJsonValue(1);
        QTest::newRow("average per week") << "{\"calculationBy\": \"entities\", \"func\": \"average\", \"averageOf\": \"week\"}"_ba << all << QJsonValue(4); // less than a week counts as one
        QTest::newRow("average total") << "{\"calculationBy\": \"entities\", \"func\": \"average\", \"averageOf\": \"total\"}"_ba << all << QJsonValue(4);
    }

    void functionsOverRelatedEntities()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, query);
        QFETCH(QJsonValue, expected);
        // Four incidents over the four days before `now`.
        const QList<QJsonObject> related{incident("sev1", 10, "2026-11-18T12:00:00.000Z"), incident("sev2", 20, "2026-11-19T12:00:00.000Z"),
                                         incident("sev1", 30, "2026-11-20T12:00:00.000Z"), incident("sev3", 40, "2026-11-21T12:00:00.000Z")};
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(aggregate(definition(spec.constData(), query.constData()), related, now).toDouble(), expected.toDouble());
    }

    void emptySetsGiveZeroOrNull()
    {
        const QList<QJsonObject> none;
        QCOMPARE(aggregate(definition("{\"calculationBy\": \"entities\", \"func\": \"count\"}"), none).toDouble(), 0.0);
        QCOMPARE(aggregate(definition("{\"calculationBy\": \"property\", \"func\": \"sum\", \"property\": \"minutes\"}"), none).toDouble(), 0.0);
        QVERIFY(aggregate(definition("{\"calculationBy\": \"property\", \"func\": \"max\", \"property\": \"minutes\"}"), none).isNull());
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
