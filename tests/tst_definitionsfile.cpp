// Definition files the pages import (actions, scorecards, initiatives, dashboards): where a file
// is not JSON, and where in the file a store's problem stands.
#include "importing/definitionsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestDefinitionsFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"defs.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void notJsonSaysLineAndColumn()
    {
        const DefinitionsFile file = DefinitionsFile::read(write("[\n  {\"identifier\": \"a\",}\n]\n"), u"scorecards"_s);
        QVERIFY(hasErrors(file.problems));
        QCOMPARE(file.problems.first().line, 2);
        QVERIFY(file.problems.first().column > 0);
        QVERIFY(file.definitions.isEmpty());
    }

    void unreadableFileSaysSo()
    {
        const DefinitionsFile file = DefinitionsFile::read(m_dir.filePath(u"missing.json"_s), u"scorecards"_s);
        QVERIFY(hasErrors(file.problems));
        QVERIFY(file.problems.first().message.contains(u"cannot read"_s));
    }

    void storeProblemsArePlaced_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("storePath"); // as a store reports it
        QTest::addColumn<QString>("filePath");
        QTest::addColumn<int>("line");
        const QByteArray one = "{\n  \"identifier\": \"a\",\n  \"rules\": [\n    {\"level\": \"Platinum\"}\n  ]\n}\n";
        const QByteArray list = "[\n  {\"identifier\": \"a\"},\n  {\"identifier\": \"b\",\n   \"rules\": [{\"level\": \"Platinum\"}]}\n]\n";
        const QByteArray bundle = "{\"scorecards\": [\n  {\"identifier\": \"a\"},\n  {\"identifier\": \"b\",\n   \"rules\": [{\"level\": \"Platinum\"}]}\n]}\n";
        const QByteArray bundleOfOne = "{\"scorecards\": [\n  {\"identifier\": \"b\",\n   \"rules\": [{\"level\": \"Platinum\"}]}\n]}\n";
        QTest::newRow("one definition") << one << u"$.rules[0].level"_s << u"$.rules[0].level"_s << 4;
        QTest::newRow("a list") << list << u"$.scorecards[1].rules[0].level"_s << u"$[1].rules[0].level"_s << 4;
        QTest::newRow("a bundle") << bundle << u"$.scorecards[1].rules[0].level"_s << u"$.scorecards[1].rules[0].level"_s << 4;
        QTest::newRow("a bundle of one") << bundleOfOne << u"$.rules[0].level"_s << u"$.scorecards[0].rules[0].level"_s << 3;
    }

    void storeProblemsArePlaced()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, storePath);
        QFETCH(QString, filePath);
        QFETCH(int, line);
        const QString path = write(text);
        const DefinitionsFile file = DefinitionsFile::read(path, u"scorecards"_s);
        QVERIFY(file.problems.isEmpty());
        Problems problems{Problem::error(storePath, u"no level \"Platinum\""_s)};
        file.place(problems);
        QCOMPARE(problems.first().file, path);
        QCOMPARE(problems.first().path, filePath);
        QCOMPARE(problems.first().line, line);
    }

    void itemsThatAreNotObjectsAreErrors()
    {
        const DefinitionsFile file = DefinitionsFile::read(write("[\n  {\"identifier\": \"a\"},\n  3\n]\n"), u"actions"_s);
        QVERIFY(hasErrors(file.problems));
        QCOMPARE(file.problems.first().path, u"$[1]"_s);
        QCOMPARE(file.problems.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionsFile)
#include "tst_definitionsfile.moc"
