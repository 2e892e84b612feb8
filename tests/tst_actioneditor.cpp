// The action editor and the actions page as a user drives them, offscreen, over a real SQLite
// portal: type an action into the form (the JSON follows), edit the JSON (the form follows),
// break it (the error at line:column, Save disabled), save (the store has it, with an audit
// entry), find it on the page under its blueprint, and delete it (after saying yes).
#include "modaldialogs.h"
#include "actions/actionstore.h"
#include "actions/actioneditor.h"
#include "actions/actioneditorbackend.h"
#include "actions/actioneditordocument.h"
#include "actions/actioneditorform.h"
#include "actions/actioneditorgeneral.h"
#include "actions/actioneditorguard.h"
#include "actions/actioneditorinputdialog.h"
#include "actions/actioneditorinputs.h"
#include "actions/actioneditorjson.h"
#include "actions/actioneditorjsonbox.h"
#include "actions/actionspage.h"
#include "actions/actionspagesummary.h"
#include "widgets/jsoncodeeditor.h"
#include "shell/appearance.h"
#include "shell/signalwait.h"
#include "storefixture.h"
#include "store/storelane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

using portolan::testing::whenModal;

void choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index); // what a click on the item does
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject deployAction()
{
    return parse(QStringLiteral(
        "{\"identifier\": \"deploy\", \"title\": \"Deploy\", \"icon\": \"Rocket\", \"description\": \"Ships a version\", "
        "\"trigger\": {\"type\": \"self-service\", \"operation\": \"DAY-2\", \"blueprintIdentifier\": \"service\", "
        "\"userInputs\": {\"properties\": {\"version\": {\"type\": \"string\", \"title\": \"Version\", \"minLength\": 1}}, "
        "\"required\": [\"version\"], \"order\": [\"version\"]}}, "
        "\"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://hooks.example.com/deploy\", \"method\": \"POST\"}, "
        "\"requiredApproval\": {\"type\": \"ANY\"}, "
        "\"permissions\": {\"approve\": {\"teams\": [\"payments\"]}}, "
        "\"limits\": {\"perUser\": {\"runs\": 3, \"hours\": 24}}} "));
}

QString jsonText(ActionEditor &editor)
{
    return editor.jsonView()->editor()->toPlainText();
}

void typeJson(ActionEditor &editor, const QString &text)
{
    QPlainTextEdit *edit = editor.jsonView()->editor();
    edit->selectAll();
    edit->insertPlainText(text); // as typing or pasting does: the view checks after its pause
    editor.jsonView()->checkNow();
}

} // namespace

class TestActionEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(u"identity/user"_s, u"alice@example.com"_s);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal-%1.sqlite"_s.arg(++m_run));
        CatalogStore store(m_path);
        testing::write(store, testing::portalBlueprints(), testing::portalEntities());
    }

    void createThroughTheFormAndTheJsonFollows()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), {}, {}, {});
        editor.show();
        ActionEditorGeneral *general = editor.form()->general();
        QVERIFY(!editor.saveButton()->isEnabled()); // a blank action has no identifier and no url

        QTest::keyClicks(general->titleEdit(), u"Restart service"_s);
        QCOMPARE(general->identifierEdit()->text(), u"restart_service"_s); // suggested from the title
        choose(general->operationBox(), u"DAY-2"_s);
        choose(general->blueprintBox(), u"service"_s);
        QTest::keyClicks(general->descriptionEdit(), u"Rolls the pods"_s);
        QTest::keyClicks(editor.form()->invocation()->urlEdit(), u"https://hooks.example.com/restart"_s);

        const QJsonObject json = parse(jsonText(editor));
        QCOMPARE(json, editor.document().json());
        QCOMPARE(json.value("identifier"_L1).toString(), u"restart_service"_s);
        QCOMPARE(json.value("title"_L1).toString(), u"Restart service"_s);
        QCOMPARE(json.value("description"_L1).toString(), u"Rolls the pods"_s);
        QCOMPARE(json.value("trigger"_L1).toObject().value("operation"_L1).toString(), u"DAY-2"_s);
        QCOMPARE(json.value("trigger"_L1).toObject().value("blueprintIdentifier"_L1).toString(), u"service"_s);
        QCOMPARE(json.value("invocationMethod"_L1).toObject().value("url"_L1).toString(), u"https://hooks.example.com/restart"_s);
        QVERIFY2(editor.firstProblem().isEmpty(), qPrintable(editor.firstProblem()));
        QVERIFY(editor.saveButton()->isEnabled());

        // Undo takes back the last typing session (the url), not a character.
        editor.document().undoStack()->undo();
        QVERIFY(editor.form()->invocation()->urlEdit()->text().isEmpty());
        QVERIFY(!editor.saveButton()->isEnabled());
        editor.document().undoStack()->redo();
        QCOMPARE(editor.form()->invocation()->urlEdit()->text(), u"https://hooks.example.com/restart"_s);

        QSignalSpy saved(&editor, &ActionEditor::saved);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const std::optional<ActionDefinition> stored = ActionStore(store.database()).action(u"restart_service"_s);
        QVERIFY(stored);
        QCOMPARE(stored->operation, ActionOperation::Day2);
        QCOMPARE(stored->blueprint, u"service"_s);
        const QList<AuditEntry> audit = store.audit(u"action"_s, u"service"_s, u"restart_service"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"create"_s);
        QCOMPARE(audit.first().actor, u"alice@example.com"_s);
    }

    void editingTheJsonUpdatesTheForm()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), deployAction(), u"deploy"_s, {u"deploy"_s});
        editor.show();
        ActionEditorGeneral *general = editor.form()->general();
        QVERIFY(general->identifierEdit()->isReadOnly()); // a stored action keeps its identifier
        QCOMPARE(general->titleEdit()->text(), u"Deploy"_s);
        QCOMPARE(editor.form()->guard()->userRunsBox()->value(), 3);

        QJsonObject json = deployAction();
        json.insert(u"title"_s, u"Deploy a version"_s);
        QJsonObject trigger = json.value("trigger"_L1).toObject();
        trigger.insert(u"operation"_s, u"DELETE"_s);
        json.insert(u"trigger"_s, trigger);
        json.insert(u"limits"_s, QJsonObject{{u"perUser"_s, QJsonObject{{u"runs"_s, 5}, {u"hours"_s, 12}}}});
        typeJson(editor, QString::fromUtf8(QJsonDocument(json).toJson()));
        QCOMPARE(general->titleEdit()->text(), u"Deploy a version"_s);
        QCOMPARE(general->operationBox()->currentData().toString(), u"DELETE"_s);
        QCOMPARE(editor.form()->guard()->userRunsBox()->value(), 5);
        QCOMPARE(editor.form()->inputs()->table()->topLevelItemCount(), 1);
        QVERIFY(editor.saveButton()->isEnabled());

        // And back: a form edit rewrites the JSON text.
        general->titleEdit()->selectAll();
        QTest::keyClicks(general->titleEdit(), u"Ship"_s);
        QCOMPARE(parse(jsonText(editor)).value("title"_L1).toString(), u"Ship"_s);

        // Changing a stored identifier in the JSON is refused.
        json.insert(u"identifier"_s, u"deploy2"_s);
        typeJson(editor, QString::fromUtf8(QJsonDocument(json).toJson()));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.form()->problemOf(general->identifierEdit()).contains(u"keeps its identifier"_s));
    }

    void invalidJsonShowsWhereAndDisablesSave()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), deployAction(), u"deploy"_s, {u"deploy"_s});
        editor.show();
        editor.tabs()->setCurrentWidget(editor.jsonView());
        QVERIFY(editor.saveButton()->isEnabled());
        typeJson(editor, u"{\n  \"identifier\": \"deploy\",\n  \"title\": \"Deploy\" \"oops\"\n}"_s);
        QVERIFY(editor.jsonView()->isBlocked());
        QCOMPARE(editor.jsonView()->errorPosition().first, 3);
        QVERIFY(editor.jsonView()->errorPosition().second > 0);
        QVERIFY2(editor.jsonView()->statusText().startsWith(u"3:"_s), qPrintable(editor.jsonView()->statusText()));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.problemList()->isVisibleTo(&editor));
        QCOMPARE(editor.document().json(), deployAction()); // the document keeps the last good JSON

        // Ctrl+E puts the cursor on the error.
        editor.jsonView()->editor()->moveCursor(QTextCursor::Start);
        editor.jsonView()->jumpToError();
        QCOMPARE(editor.jsonView()->editor()->textCursor().blockNumber() + 1, 3);

        // Fixed: Save comes back.
        typeJson(editor, QString::fromUtf8(QJsonDocument(deployAction()).toJson()));
        QVERIFY(!editor.jsonView()->isBlocked());
        QVERIFY(editor.saveButton()->isEnabled());
    }

    void unknownBlueprintIsAProblemAtItsPath()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), deployAction(), {}, {});
        editor.show();
        QJsonObject json = deployAction();
        QJsonObject trigger = json.value("trigger"_L1).toObject();
        trigger.insert(u"blueprintIdentifier"_s, u"nope"_s);
        json.insert(u"trigger"_s, trigger);
        typeJson(editor, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.firstProblem().startsWith(u"$.trigger.blueprintIdentifier"_s), qPrintable(editor.firstProblem()));
        QVERIFY(editor.form()->problemOf(editor.form()->general()->blueprintBox()).contains(u"no blueprint \"nope\""_s));
        // The JSON view marks the line of the blueprint.
        const int line = editor.jsonView()->errorPosition().first;
        QVERIFY(editor.jsonView()->editor()->document()->findBlockByNumber(line - 1).text().contains(u"blueprintIdentifier"_s));
        bool listed = false;
        for (int i = 0; i < editor.problemList()->count(); ++i)
            listed = listed || editor.problemList()->item(i)->text().contains(u"$.trigger.blueprintIdentifier"_s);
        QVERIFY(listed);
    }

    void aBadConditionBlocksSaveUntilFixed()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), deployAction(), u"deploy"_s, {u"deploy"_s});
        editor.show();
        ActionEditorJsonBox *condition = editor.form()->general()->conditionBox();
        condition->editor()->setFocus();
        QTest::keyClicks(condition->editor(), u"{\"combinator\": "_s);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.form()->problemOf(condition).isEmpty());
        QTest::keyClicks(condition->editor(), u"\"and\", \"rules\": []}"_s);
        QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.firstProblem()));
        QCOMPARE(editor.document().json().value("trigger"_L1).toObject().value("condition"_L1).toObject().value("combinator"_L1).toString(),
                 u"and"_s);
    }

    void addAnInputThroughItsDialog()
    {
        CatalogStore store(m_path);
        ActionEditor editor(store, store.blueprints(), deployAction(), u"deploy"_s, {u"deploy"_s});
        editor.show();
        bool seen = false;
        whenModal<ActionEditorInputDialog>([&seen](ActionEditorInputDialog *dialog) {
            seen = true;
            QTest::keyClicks(dialog->titleEdit(), u"Replica count"_s);
            QCOMPARE(dialog->keyEdit()->text(), u"replicaCount"_s);
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(u"integer"_s));
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->firstProblem()));
            QTest::keyClicks(dialog->defaultEdit(), u"many"_s);
            QVERIFY(!dialog->okButton()->isEnabled()); // "many" is not a number
            dialog->defaultEdit()->clear();
            QTest::keyClicks(dialog->defaultEdit(), u"2"_s);
            dialog->requiredBox()->setChecked(true);
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->firstProblem()));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::mouseClick(editor.form()->inputs()->addButton(), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_COMPARE(editor.form()->inputs()->table()->topLevelItemCount(), 2);
        const QJsonObject inputs = editor.document().json().value("trigger"_L1).toObject().value("userInputs"_L1).toObject();
        const QJsonObject replicas = inputs.value("properties"_L1).toObject().value("replicaCount"_L1).toObject();
        QCOMPARE(replicas.value("type"_L1).toString(), u"integer"_s);
        QCOMPARE(replicas.value("default"_L1).toInt(), 2);
        QVERIFY(inputs.value("required"_L1).toArray().contains(QJsonValue(u"replicaCount"_s)));
        QCOMPARE(inputs.value("order"_L1).toArray().last().toString(), u"replicaCount"_s);

        // Move it up: the order follows.
        editor.form()->inputs()->moveInput(u"replicaCount"_s, -1);
        const QJsonArray order = editor.document().json().value("trigger"_L1).toObject().value("userInputs"_L1).toObject().value("order"_L1).toArray();
        QCOMPARE(order.first().toString(), u"replicaCount"_s);
        QVERIFY(parse(jsonText(editor)).value("trigger"_L1).toObject().value("userInputs"_L1).toObject().contains("order"_L1));
    }

    void pageListsSavedActionsUnderTheirBlueprintAndDeletesAfterAsking()
    {
        CatalogStore store(m_path);
        StoreLane lane(m_path);
        ActionsPage page(lane, store);
        page.resize(1100, 700);
        page.show();
        QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { page.refresh(); }) >= 0);
        QCOMPARE(page.actions().size(), 0);

        // New… through the editor: the page reloads and shows it.
        page.newAction();
        QVERIFY(page.editor());
        ActionEditor *editor = page.editor();
        QTest::keyClicks(editor->form()->general()->titleEdit(), u"Scaffold"_s);
        choose(editor->form()->general()->blueprintBox(), u"service"_s);
        QTest::keyClicks(editor->form()->invocation()->urlEdit(), u"https://hooks.example.com/scaffold"_s);
        QSignalSpy changed(&page, &ActionsPage::changed);
        QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { editor->save(); }) >= 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(page.actions().size(), 1);
        QTreeWidgetItem *group = page.list()->topLevelItem(0);
        QVERIFY(group->text(0).startsWith(u"Service"_s));
        QCOMPARE(group->childCount(), 1);
        QCOMPARE(group->child(0)->text(0), u"Scaffold"_s);
        QCOMPARE(group->child(0)->text(1), u"CREATE"_s);
        QCOMPARE(page.currentIdentifier(), u"scaffold"_s);
        QVERIFY(page.summary()->text().contains(u"https://hooks.example.com/scaffold"_s));
        QSignalSpy run(&page, &ActionsPage::runRequested);
        QTest::mouseClick(page.summary()->runButton(), Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().first().toString(), u"scaffold"_s);

        // Search hides what does not match.
        QTest::keyClicks(page.searchEdit(), u"nothing-like-it"_s);
        QVERIFY(group->isHidden());
        page.searchEdit()->clear();
        QVERIFY(!group->isHidden());

        // Delete asks; "Cancel" keeps it, "Delete" removes it.
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!page.deleteAction(u"scaffold"_s));
        QVERIFY(ActionStore(store.database()).action(u"scaffold"_s));
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { QVERIFY(page.deleteAction(u"scaffold"_s)); }) >= 0);
        QVERIFY(!ActionStore(store.database()).action(u"scaffold"_s));
        QCOMPARE(page.actions().size(), 0);
        const QList<AuditEntry> audit = store.audit(u"action"_s, u"service"_s, u"scaffold"_s);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().action, u"delete"_s);
    }

    void exportThenImportRoundTrips()
    {
        CatalogStore store(m_path);
        QVERIFY(!hasErrors(ActionStore(store.database()).save({deployAction()}, {{u"service"_s, *store.blueprint(u"service"_s)}},
                                                              u"tester"_s, Origin::UI)));
        StoreLane lane(m_path);
        ActionsPage page(lane, store);
        QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { page.refresh(); }) >= 0);
        const QString file = m_dir.filePath(u"actions-%1.json"_s.arg(m_run));
        QCOMPARE(page.exportTo(file), QString());
        QVERIFY(ActionStore(store.database()).remove(u"deploy"_s, u"tester"_s, Origin::UI).isEmpty());
        QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { QVERIFY(!hasErrors(page.importFrom(file))); }) >= 0);
        QCOMPARE(page.actions().size(), 1);
        QCOMPARE(page.actions().first().toJson(), ActionDefinition::fromJson(deployAction())->toJson());

        // A file with a broken action imports nothing and says where.
        QFile broken(m_dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"identifier\": \"x\", \"trigger\": {\"type\": \"self-service\", \"operation\": \"LATER\"},"
                     " \"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://x.example.com\"}}]");
        broken.close();
        const Problems problems = page.importFrom(broken.fileName());
        QVERIFY(hasErrors(problems));
        QVERIFY(problems.first().path.contains(u"operation"_s) || problems.first().toString().contains(u"operation"_s));
        QVERIFY(!ActionStore(store.database()).action(u"x"_s));
    }

    // Not a check: PNGs of the page and the editor in light and dark, when PORTOLAN_EDITOR_SHOTS
    // names a folder (looked at by people, not by the test).
    void renderScreens()
    {
        const QString folder = qEnvironmentVariable("PORTOLAN_EDITOR_SHOTS");
        if (folder.isEmpty())
            QSKIP("set PORTOLAN_EDITOR_SHOTS to a folder to render screens");
        QDir().mkpath(folder);
        CatalogStore store(m_path);
        QJsonObject second = deployAction();
        second.insert(u"identifier"_s, u"scaffold_service"_s);
        second.insert(u"title"_s, u"Scaffold a service"_s);
        QJsonObject trigger = second.value("trigger"_L1).toObject();
        trigger.insert(u"operation"_s, u"CREATE"_s);
        second.insert(u"trigger"_s, trigger);
        second.remove(u"requiredApproval"_s);
        QJsonObject third = deployAction();
        third.insert(u"identifier"_s, u"retire_system"_s);
        third.insert(u"title"_s, u"Retire a system"_s);
        trigger.insert(u"operation"_s, u"DELETE"_s);
        trigger.insert(u"blueprintIdentifier"_s, u"system"_s);
        third.insert(u"trigger"_s, trigger);
        QHash<QString, Blueprint> blueprints;
        for (const Blueprint &bp : store.blueprints())
            blueprints.insert(bp.identifier, bp);
        QVERIFY(!hasErrors(ActionStore(store.database()).save({deployAction(), second, third}, blueprints, u"tester"_s, Origin::UI)));
        Appearance appearance;
        for (const bool dark : {false, true}) {
            appearance.setMode(dark ? Appearance::Mode::Dark : Appearance::Mode::Light, false);
            const QString mode = dark ? u"dark"_s : u"light"_s;
            StoreLane lane(m_path);
            ActionsPage page(lane, store);
            page.resize(1200, 720);
            page.show();
            QVERIFY(waitForSignal(&page, &ActionsPage::loaded, [&] { page.refresh(); }) >= 0);
            page.setCurrentIdentifier(u"deploy"_s);
            QTest::qWait(50);
            QVERIFY(page.grab().save(folder + u"/page-"_s + mode + u".png"_s));

            ActionEditor editor(store, store.blueprints(), deployAction(), u"deploy"_s, {u"deploy"_s});
            editor.resize(900, 820);
            editor.show();
            QTest::qWait(50);
            QVERIFY(editor.grab().save(folder + u"/editor-form-"_s + mode + u".png"_s));
            editor.tabs()->setCurrentWidget(editor.jsonView());
            QTest::qWait(20);
            QVERIFY(editor.grab().save(folder + u"/editor-json-"_s + mode + u".png"_s));
            QString broken = QString::fromUtf8(QJsonDocument(deployAction()).toJson());
            broken.replace(u"\"service\""_s, u"\"nope\""_s);
            typeJson(editor, broken);
            QTest::qWait(20);
            QVERIFY(editor.grab().save(folder + u"/editor-json-error-"_s + mode + u".png"_s));
            editor.tabs()->setCurrentWidget(editor.form());
            QTest::qWait(20);
            QVERIFY(editor.grab().save(folder + u"/editor-form-error-"_s + mode + u".png"_s));
            typeJson(editor, QString::fromUtf8(QJsonDocument(deployAction()).toJson()));
            editor.form()->invocation()->typeBox()->setFocus();
            QScrollArea *scroll = editor.form()->findChild<QScrollArea *>();
            scroll->ensureWidgetVisible(editor.form()->guard(), 0, 0);
            QTest::qWait(20);
            QVERIFY(editor.grab().save(folder + u"/editor-form-bottom-"_s + mode + u".png"_s));

            ActionEditorInputDialog dialog(deployAction().value("trigger"_L1).toObject().value("userInputs"_L1).toObject(), u"version"_s,
                                           store.blueprints());
            dialog.show();
            QTest::qWait(20);
            QVERIFY(dialog.grab().save(folder + u"/input-dialog-"_s + mode + u".png"_s));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

QTEST_MAIN(TestActionEditor)
#include "tst_actioneditor.moc"
