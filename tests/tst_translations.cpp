// The German translation as the window loads it: complete, and found at run time — strings
// translated through file-local helpers must use the context lupdate filed them under.
#include "scoring/scorecardevaluator.h"
#include "shell/sidebaritems.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardItem>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_german;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_german.load(QStringLiteral(PORTOLAN_QM_DIR "/portolan_de.qm")), PORTOLAN_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void everyStringIsTranslated()
    {
        QFile ts(QStringLiteral(PORTOLAN_SOURCE_DIR "/translations/portolan_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
    }

    // Each goes through a helper of its own file (QCoreApplication::translate with a context).
    void helpersFindTheirTranslations()
    {
        std::unique_ptr<QStandardItem> designer(SidebarItems::designer());
        QCOMPARE(designer->text(), u"Blueprint-Designer"_s);
        const QList<QStandardItem *> later = SidebarItems::laterPlaces();
        QVERIFY(!later.isEmpty());
        QCOMPARE(later.first()->text(), u"Integrationen"_s);
        qDeleteAll(later);
        QCOMPARE(outcomeName(RuleOutcome::Pass), u"bestanden"_s);
        QCOMPARE(outcomeName(RuleOutcome::Exempt), u"ausgenommen"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
