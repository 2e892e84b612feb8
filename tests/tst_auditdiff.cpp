// AuditDiff: an audit entry's before/after JSON as a list of changed paths; the history and change models.
#include "entity/auditchangemodel.h"
#include "entity/auditdiff.h"
#include "entity/audithistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QJsonValue none(QJsonValue::Undefined);

AuditChange change(const char *path, AuditChange::Kind kind, const QJsonValue &before, const QJsonValue &after)
{
    return AuditChange{QString::fromUtf8(path), kind, before, after};
}

using Kind = AuditChange::Kind;
} // namespace

class TestAuditDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffListsChangedPaths_data()
    {
        QTest::addColumn<QJsonObject>("before");
        QTest::addColumn<QJsonObject>("after");
        QTest::addColumn<QList<AuditChange>>("expected");

        QTest::newRow("identical") << json(R"({"a": 1, "p": {"x": [1, 2]}})") << json(R"({"a": 1, "p": {"x": [1, 2]}})")
                                   << QList<AuditChange>{};
        QTest::newRow("added") << json(R"({"properties": {}})") << json(R"({"properties": {"language": "Go"}})")
                               << QList{change("properties.language", Kind::Added, none, u"Go"_s)};
        QTest::newRow("removed") << json(R"({"properties": {"language": "Go"}})") << json(R"({"properties": {}})")
                                 << QList{change("properties.language", Kind::Removed, u"Go"_s, none)};
        QTest::newRow("changed") << json(R"({"title": "Cart"})") << json(R"({"title": "Cart Service"})")
                                 << QList{change("title", Kind::Changed, u"Cart"_s, u"Cart Service"_s)};
        QTest::newRow("nested") << json(R"({"properties": {"meta": {"owner": "a", "keep": true}}})")
                                << json(R"({"properties": {"meta": {"owner": "b", "keep": true}}})")
                                << QList{change("properties.meta.owner", Kind::Changed, u"a"_s, u"b"_s)};
        QTest::newRow("array as a value") << json(R"({"team": ["a", "b"]})") << json(R"({"team": ["a", "c"]})")
                                          << QList{change("team", Kind::Changed, QJsonArray{u"a"_s, u"b"_s}, QJsonArray{u"a"_s, u"c"_s})};
        QTest::newRow("array order matters") << json(R"({"tags": [1, 2]})") << json(R"({"tags": [2, 1]})")
                                             << QList{change("tags", Kind::Changed, QJsonArray{1, 2}, QJsonArray{2, 1})};
        QTest::newRow("type change") << json(R"({"p": {"x": 1}})") << json(R"({"p": "flat"})")
                                     << QList{change("p", Kind::Changed, QJsonObject{{u"x"_s, 1}}, u"flat"_s)};
        QTest::newRow("null is a value") << json(R"({"r": null})") << json(R"({"r": "x"})")
                                         << QList{change("r", Kind::Changed, QJsonValue(QJsonValue::Null), u"x"_s)};
        QTest::newRow("empty object added") << json(R"({})") << json(R"({"relations": {}})")
                                            << QList{change("relations", Kind::Added, none, QJsonObject())};
        QTest::newRow("create") << QJsonObject() << json(R"({"identifier": "cart", "properties": {"language": "Go", "replicas": 3}})")
                                << QList{change("identifier", Kind::Added, none, u"cart"_s),
                                         change("properties.language", Kind::Added, none, u"Go"_s),
                                         change("properties.replicas", Kind::Added, none, 3)};
        QTest::newRow("delete") << json(R"({"identifier": "cart", "properties": {"language": "Go"}})") << QJsonObject()
                                << QList{change("identifier", Kind::Removed, u"cart"_s, none),
                                         change("properties.language", Kind::Removed, u"Go"_s, none)};
        QTest::newRow("odd keys quoted") << json(R"({"properties": {"a b": 1}})") << json(R"({"properties": {"a b": 2}})")
                                         << QList{change("properties[\"a b\"]", Kind::Changed, 1, 2)};
        QTest::newRow("meta keys last") << json(R"({"$updatedAt": "x", "title": "a"})") << json(R"({"$updatedAt": "y", "title": "b"})")
                                        << QList{change("title", Kind::Changed, u"a"_s, u"b"_s),
                                                 change("$updatedAt", Kind::Changed, u"x"_s, u"y"_s)};
    }
    void diffListsChangedPaths()
    {
        QFETCH(QJsonObject, before);
        QFETCH(QJsonObject, after);
        QFETCH(QList<AuditChange>, expected);
        const QList<AuditChange> actual = AuditDiff::diff(before, after);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).path, expected.at(i).path);
            QCOMPARE(int(actual.at(i).kind), int(expected.at(i).kind));
            QCOMPARE(actual.at(i).before, expected.at(i).before);
            QCOMPARE(actual.at(i).after, expected.at(i).after);
        }
    }

    void changeModelShowsValuesAsText()
    {
        AuditChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Built in code: moc misreads "#" inside raw string literals.
        const QJsonObject before{{u"properties"_s, QJsonObject{{u"readme"_s, u"# Title\nbody"_s}, {u"n"_s, 1}}}};
        const QJsonObject after{{u"properties"_s, QJsonObject{{u"readme"_s, u"# New"_s}, {u"flag"_s, true}}}};
        model.setChanges(AuditDiff::diff(before, after));
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, AuditChangeModel::PathColumn).toString(), u"properties.flag"_s);
        QCOMPARE(cell(0, AuditChangeModel::AfterColumn).toString(), u"true"_s);
        QCOMPARE(cell(0, AuditChangeModel::BeforeColumn).toString(), QString());
        QCOMPARE(cell(0, 0, AuditChangeModel::KindRole).toInt(), int(Kind::Added));
        QCOMPARE(cell(1, AuditChangeModel::PathColumn).toString(), u"properties.n"_s);
        QCOMPARE(cell(1, 0, AuditChangeModel::KindRole).toInt(), int(Kind::Removed));
        QCOMPARE(cell(2, AuditChangeModel::BeforeColumn).toString(), u"# Title …"_s);
        QCOMPARE(cell(2, AuditChangeModel::BeforeColumn, Qt::ToolTipRole).toString(), u"# Title\nbody"_s);
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }

    void historyModelListsNewestFirstWithNames()
    {
        AuditHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NameDirectory names;
        names.users.insert(u"ada@example.com"_s, u"Ada Lovelace"_s);
        const QDateTime t0 = QDateTime::fromString(u"2026-01-02T03:04:05Z"_s, Qt::ISODate);
        AuditEntry created;
        created.id = 1;
        created.at = t0;
        created.actor = u"ada@example.com"_s;
        created.origin = u"ui"_s;
        created.action = u"create"_s;
        AuditEntry updated = created;
        updated.id = 2;
        updated.at = t0.addSecs(60);
        updated.actor = u"sync-bot"_s;
        updated.action = u"update"_s;
        model.setEntries({created, updated}, names);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditHistoryModel::ActionColumn).data().toString(), u"update"_s);
        QCOMPARE(model.index(0, AuditHistoryModel::WhoColumn).data().toString(), u"sync-bot"_s); // unknown: as is
        QCOMPARE(model.index(1, AuditHistoryModel::WhoColumn).data().toString(), u"Ada Lovelace"_s);
        QCOMPARE(model.index(1, AuditHistoryModel::WhenColumn).data(Qt::ToolTipRole).toString(), u"2026-01-02T03:04:05.000Z"_s);
        QCOMPARE(model.entry(model.index(1, 0))->id, 1);
        QCOMPARE(model.index(0, 0).data(AuditHistoryModel::EntryIdRole).toLongLong(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditDiff)
#include "tst_auditdiff.moc"
