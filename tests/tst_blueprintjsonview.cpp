// The designer's JSON view: the selected blueprint as text, checked as you type, in sync with the
// document both ways.
#include "designer/blueprintjsonview.h"
#include "designer/designdocument.h"
#include "shell/appearance.h"

#include <QDir>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Stored: service (tier) and team; service relates to team. As indented JSON, service reads
//  1 {
//  2     "identifier": "service",
//  3     "relations": {
//  4         "team": {
//  5             "target": "team"
//  6         }
//  7     },
//  8     "schema": {
//  9         "properties": {
// 10             "tier": {
// 11                 "type": "string"
// 12             }
// 13         }
// 14     },
// 15     "title": "Service"
// 16 }
ModelDraft stored()
{
    return ModelDraft::fromBlueprints({
        Blueprint::fromJson(object("{\"identifier\": \"team\", \"title\": \"Team\"}")),
        Blueprint::fromJson(object("{\"identifier\": \"service\", \"title\": \"Service\","
                                   " \"schema\": {\"properties\": {\"tier\": {\"type\": \"string\"}}},"
                                   " \"relations\": {\"team\": {\"target\": \"team\"}}}")),
    });
}

// Puts the cursor at 1-based line and column.
void placeCursor(QPlainTextEdit *editor, int line, int column)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column - 1);
    editor->setTextCursor(cursor);
}

QString lineText(QPlainTextEdit *editor, int line)
{
    return editor->document()->findBlockByNumber(line - 1).text();
}

} // namespace

class TestBlueprintJsonView final : public QObject
{
    Q_OBJECT

    DesignDocument *m_document = nullptr;
    BlueprintJsonView *m_view = nullptr;

    QPlainTextEdit *editor() const { return m_view->editor(); }
    QJsonObject shownJson() const { return QJsonDocument::fromJson(editor()->toPlainText().toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_document = new DesignDocument;
        m_document->reset(stored());
        m_view = new BlueprintJsonView(*m_document);
        m_view->resize(640, 480);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_document->select(u"service"_s);
    }

    void cleanup()
    {
        delete m_view;
        delete m_document;
    }

    void theTextIsTheSelectedBlueprint()
    {
        QCOMPARE(shownJson(), m_document->draft().json(u"service"_s));
        QCOMPARE(lineText(editor(), 11), u"                \"type\": \"string\""_s);
        QVERIFY(!editor()->isReadOnly());
        QCOMPARE(m_view->statusText(), u"No problems"_s);
        m_document->select(u"team"_s);
        QCOMPARE(shownJson(), m_document->draft().json(u"team"_s));
    }

    void nothingSelectedIsAReadOnlyHint()
    {
        m_document->select({});
        QVERIFY(editor()->toPlainText().isEmpty());
        QVERIFY(editor()->isReadOnly());
        QVERIFY(!editor()->placeholderText().isEmpty());
    }

    void typingAValidChangeGoesIntoTheDraftAsOneUndoStep()
    {
        placeCursor(editor(), 15, 22); // after "Service
        editor()->setFocus();
        QTest::keyClicks(editor(), u"s"_s);
        QTRY_COMPARE(m_document->draft().json(u"service"_s).value("title"_L1).toString(), u"Services"_s);
        QTest::keyClicks(editor(), u" and more"_s);
        QTRY_COMPARE(m_document->draft().json(u"service"_s).value("title"_L1).toString(), u"Services and more"_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->text(0), u"Edit service as JSON"_s);
        QCOMPARE(editor()->textCursor().blockNumber(), 14); // the cursor stayed where the user typed

        m_document->undoStack()->undo();
        QCOMPARE(m_document->draft(), stored());
        QCOMPARE(shownJson(), stored().json(u"service"_s));
        QCOMPARE(lineText(editor(), 15), u"    \"title\": \"Service\""_s);
    }

    void aSyntaxErrorLeavesTheDraftAndIsPlaced()
    {
        placeCursor(editor(), 2, 28); // the comma after "service"
        QTextCursor cursor = editor()->textCursor();
        cursor.deleteChar();
        m_view->checkNow();
        QCOMPARE(m_document->draft(), stored());
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_view->errorPosition(), (std::pair{3, 5}));
        QVERIFY2(m_view->statusText().startsWith("3:5: not valid JSON"_L1), qPrintable(m_view->statusText()));
        QCOMPARE(editor()->extraSelections().size(), 2);
        QCOMPARE(editor()->extraSelections().first().cursor.blockNumber(), 2);

        // An edit from elsewhere does not take the half-typed text away.
        m_document->edit(u"x"_s, [](ModelDraft &d) { return d.renameProperty(u"service"_s, u"tier"_s, u"level"_s); });
        QVERIFY(editor()->toPlainText().contains("\"service\"\n"_L1));
    }

    void aBlueprintProblemIsPlacedAtItsProperty()
    {
        placeCursor(editor(), 11, 31); // inside "string"
        QTextCursor cursor = editor()->textCursor();
        cursor.deleteChar(); // "strin"
        m_view->checkNow();
        // Problems of the blueprint do not hold the text back: the draft has it, the designer's Apply checks.
        QCOMPARE(m_document->draft().json(u"service"_s).value("schema"_L1)["properties"_L1]["tier"_L1]["type"_L1].toString(), u"strin"_s);
        QCOMPARE(m_view->errorPosition(), (std::pair{11, 25}));
        QVERIFY2(m_view->statusText().startsWith("11:25: \"strin\" is not one of"_L1), qPrintable(m_view->statusText()));

        // Ctrl+E goes there.
        placeCursor(editor(), 1, 1);
        editor()->setFocus();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        QTest::keyClick(editor(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(editor()->textCursor().blockNumber(), 10);
        QCOMPARE(editor()->textCursor().positionInBlock(), 24);
    }

    void aStoredBlueprintKeepsItsIdentifier()
    {
        placeCursor(editor(), 2, 27); // inside "service"
        QTest::keyClicks(editor(), u"x"_s);
        m_view->checkNow();
        QCOMPARE(m_document->draft(), stored());
        QCOMPARE(m_view->errorPosition().first, 2);
        QVERIFY2(m_view->errorMessage().contains("keeps its identifier"_L1), qPrintable(m_view->errorMessage()));
    }

    void aNewBlueprintCanBeRenamedHere()
    {
        m_document->edit(u"new"_s, [](ModelDraft &d) { return d.createBlueprint(object("{\"identifier\": \"draft\", \"title\": \"Draft\"}")); });
        m_document->select(u"draft"_s);
        placeCursor(editor(), 2, 25); // before the closing quote of "draft"
        QTest::keyClicks(editor(), u"s"_s);
        m_view->checkNow();
        QVERIFY(m_document->draft().contains(u"drafts"_s));
        QVERIFY(!m_document->draft().contains(u"draft"_s));
        QCOMPARE(m_document->selected(), u"drafts"_s);
        QCOMPARE(shownJson().value("identifier"_L1).toString(), u"drafts"_s);
    }

    void anEditFromElsewhereReplacesTheText()
    {
        placeCursor(editor(), 12, 5);
        m_document->edit(u"form"_s, [](ModelDraft &d) {
            QJsonObject json = d.json(u"service"_s);
            json.insert(u"title"_s, u"Renamed"_s);
            return d.putBlueprint(json);
        });
        QCOMPARE(shownJson().value("title"_L1).toString(), u"Renamed"_s);
        QCOMPARE(editor()->textCursor().blockNumber(), 11); // the cursor kept its place
        m_document->undoStack()->undo();
        QCOMPARE(shownJson(), stored().json(u"service"_s));
    }

    void anEquivalentTextIsNotReformatted()
    {
        // The user's own layout stays while it means what the draft holds.
        m_view->editor()->setPlainText(u"{\"identifier\": \"service\", \"title\": \"Service\", "
                                       "\"schema\": {\"properties\": {\"tier\": {\"type\": \"string\"}}}, "
                                       "\"relations\": {\"team\": {\"target\": \"team\"}}}"_s);
        m_view->checkNow();
        QCOMPARE(m_document->undoStack()->count(), 0);
        m_document->select(u"service"_s); // nothing changes
        Q_EMIT m_document->changed();
        QCOMPARE(editor()->document()->blockCount(), 1);
    }

    void rendersWithTheErrorMarked()
    {
        placeCursor(editor(), 11, 31);
        editor()->textCursor().deleteChar();
        m_view->checkNow();
        Appearance appearance;
        for (const auto &[mode, suffix] : {std::pair{Appearance::Mode::Light, u"light"_s}, std::pair{Appearance::Mode::Dark, u"dark"_s}}) {
            appearance.setMode(mode, false);
            QCoreApplication::processEvents();
            const QImage image = m_view->grab().toImage();
            QVERIFY(!image.isNull());
            const QString folder = qEnvironmentVariable("PORTOLAN_SHOTS");
            if (!folder.isEmpty())
                QVERIFY(image.save(QDir(folder).filePath(u"json-view-"_s + suffix + u".png"_s)));
        }
    }
};

QTEST_MAIN(TestBlueprintJsonView)
#include "tst_blueprintjsonview.moc"
