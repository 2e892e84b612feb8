// An action's form as a person drives it, offscreen over a real portal: a three-step wizard with
// sections, errors that come and go as one types, Next only when the step is valid, Back keeping
// values, live visibility, entity pickers reading the store, submission with secrets masked for
// the record, and the whole thing by keyboard alone.
#include "actionformfixture.h"
#include "actions/actionform.h"
#include "actions/actionformdialog.h"
#include "actions/entitypicker.h"
#include "shell/appearance.h"
#include "store/storelane.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

template<typename T>
T *part(ActionForm &form, const QString &key)
{
    QWidget *editor = form.editor(key);
    return editor ? editor->findChild<T *>() : nullptr;
}

bool errorShown(ActionForm &form, const QString &key)
{
    return form.errorLabel(key)->isVisibleTo(&form) && !form.errorLabel(key)->text().isEmpty();
}

} // namespace

class TestActionForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        testing::writePickerPortal(store);
    }

    void wizardFillsValidatesAndSubmits()
    {
        StoreLane lane(m_path);
        ActionForm form(lane);
        form.resize(760, 720);
        form.setAction(testing::wizardAction(), {}, testing::wizardUser());
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));

        QCOMPARE(form.stepCount(), 3);
        QCOMPARE(form.currentStep(), 0);
        QCOMPARE(form.stepText(), u"Step 1 of 3 · Basics"_s);
        QVERIFY(!form.nextButton()->isEnabled());
        QVERIFY(form.nextButton()->isVisible());
        QVERIFY(!form.executeButton()->isVisible());
        QCOMPARE(form.state().value(u"owner"_s).toString(), u"ada@example.com"_s); // jq default over .user

        // Errors appear and go as one types.
        auto *name = part<QLineEdit>(form, u"name"_s);
        QTest::keyClicks(name, u"A"_s);
        QVERIFY(errorShown(form, u"name"_s));
        QVERIFY(form.errorLabel(u"name"_s)->text().contains(u"At least 3"_s));
        name->clear();
        QTest::keyClicks(name, u"cart-svc"_s);
        QVERIFY(!errorShown(form, u"name"_s));
        QVERIFY(!form.nextButton()->isEnabled()); // language still missing

        // Java shows the Java version (live visibility by jq); Go hides it again.
        QWidget *javaVersion = form.editor(u"javaVersion"_s);
        QVERIFY(!javaVersion->isVisibleTo(&form));
        auto *language = part<QComboBox>(form, u"language"_s);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // Go
        QCOMPARE(form.state().value(u"language"_s).toString(), u"Go"_s);
        QTest::keyClick(language, Qt::Key_Down); // Java
        QCOMPARE(form.state().value(u"language"_s).toString(), u"Java"_s);
        QVERIFY(javaVersion->isVisibleTo(&form));
        QTest::keyClick(language, Qt::Key_Up); // Go
        QVERIFY(!javaVersion->isVisibleTo(&form));
        QVERIFY(form.nextButton()->isEnabled());

        QTest::mouseClick(form.nextButton(), Qt::LeftButton);
        QCOMPARE(form.currentStep(), 1);
        QCOMPARE(form.stepText(), u"Step 2 of 3 · Details"_s);

        // Replicas: a default of 2; 0 is too few, Next goes off until it is fixed.
        auto *replicas = part<QLineEdit>(form, u"replicas"_s);
        QCOMPARE(replicas->text(), u"2"_s);
        replicas->selectAll();
        QTest::keyClicks(replicas, u"0"_s);
        QVERIFY(errorShown(form, u"replicas"_s));
        QVERIFY(form.errorLabel(u"replicas"_s)->text().contains(u"At least 1"_s));
        QVERIFY(!form.nextButton()->isEnabled());
        replicas->selectAll();
        QTest::keyClicks(replicas, u"3"_s);
        QVERIFY(!errorShown(form, u"replicas"_s));
        QVERIFY(form.nextButton()->isEnabled());

        // The entity picker lists Go services only (dataset rule value by jq), sorted by title.
        auto *calls = qobject_cast<EntityPicker *>(form.editor(u"dependsOnService"_s));
        QVERIFY(calls);
        QTRY_COMPARE(calls->candidates().size(), 2);
        QCOMPARE(calls->candidates().at(0).second, u"Cart Service"_s);
        QCOMPARE(calls->candidates().at(1).second, u"Checkout"_s);
        auto *callsCombo = calls->findChild<QComboBox *>();
        callsCombo->setFocus();
        // Typed text that names no candidate: the one candidate it found is meant; none found: said.
        QTest::keyClicks(callsCombo->lineEdit(), u"chec"_s);
        QTRY_COMPARE(calls->candidates().size(), 1);
        Q_EMIT callsCombo->lineEdit()->editingFinished();
        QCOMPARE(form.state().value(u"dependsOnService"_s).toString(), u"checkout"_s);
        callsCombo->lineEdit()->selectAll();
        QTest::keyClicks(callsCombo->lineEdit(), u"zzz"_s);
        QTRY_COMPARE(calls->candidates().size(), 0);
        Q_EMIT callsCombo->lineEdit()->editingFinished();
        bool said = false;
        for (const QLabel *label : calls->findChildren<QLabel *>())
            said = said || (label->isVisibleTo(calls) && label->text().contains(u"No service is called \"zzz\""_s));
        QVERIFY(said);
        callsCombo->lineEdit()->selectAll();
        QTest::keyClick(callsCombo->lineEdit(), Qt::Key_Backspace);
        QTRY_COMPARE(calls->candidates().size(), 2);
        QTest::keyClick(callsCombo, Qt::Key_Down);
        QCOMPARE(form.state().value(u"dependsOnService"_s).toString(), u"cart"_s);

        // Many entities: tick two in the list.
        auto *consumers = form.editor(u"consumers"_s)->findChild<QListWidget *>();
        QTRY_VERIFY(consumers->count() >= 3);
        consumers->item(0)->setCheckState(Qt::Checked);
        consumers->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(form.state().value(u"consumers"_s).toArray().size(), 2);

        // Objects are JSON; broken JSON says where.
        auto *config = part<QPlainTextEdit>(form, u"config"_s);
        QTest::keyClicks(config, u"{\"a\": "_s);
        QVERIFY(errorShown(form, u"config"_s));
        QVERIFY(form.errorLabel(u"config"_s)->text().contains(u"Not valid JSON"_s));
        QTest::keyClicks(config, u"1}"_s);
        QVERIFY(!errorShown(form, u"config"_s));

        // Back keeps what was entered.
        QTest::mouseClick(form.backButton(), Qt::LeftButton);
        QCOMPARE(form.currentStep(), 0);
        QCOMPARE(name->text(), u"cart-svc"_s);
        QCOMPARE(language->currentText(), u"Go"_s);
        QTest::mouseClick(form.nextButton(), Qt::LeftButton);
        QCOMPARE(replicas->text(), u"3"_s);
        QTest::mouseClick(form.nextButton(), Qt::LeftButton);
        QCOMPARE(form.currentStep(), 2);

        // Last step: Execute only once the secret is long enough.
        QVERIFY(form.executeButton()->isVisible());
        QVERIFY(!form.executeButton()->isEnabled());
        auto *token = part<QLineEdit>(form, u"token"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, u"short"_s);
        QVERIFY(errorShown(form, u"token"_s));
        QTest::keyClicks(token, u"-but-now-long"_s);
        QVERIFY(form.executeButton()->isEnabled());

        QSignalSpy submitted(&form, &ActionForm::submitted);
        QTest::mouseClick(form.executeButton(), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const QJsonObject inputs = submitted.at(0).at(0).toJsonObject();
        const QJsonObject expected = testing::jsonObject(
            "{'name': 'cart-svc', 'language': 'Go', 'owner': 'ada@example.com', 'replicas': 3, 'dependsOnService': 'cart',"
            " 'consumers': ['cart', 'checkout'], 'config': {'a': 1}, 'token': 'short-but-now-long', 'public': false}");
        QCOMPARE(inputs.keys(), expected.keys());
        QCOMPARE(inputs.value(u"consumers"_s).toArray().size(), 2);
        for (const QString &key : {u"name"_s, u"language"_s, u"owner"_s, u"replicas"_s, u"dependsOnService"_s, u"config"_s,
                                   u"token"_s, u"public"_s})
            QCOMPARE(inputs.value(key), expected.value(key));
        QVERIFY(!inputs.contains(u"javaVersion"_s)); // hidden: not sent
        QCOMPARE(form.maskedSubmission().value(u"token"_s).toString(), u"********"_s);
        QCOMPARE(form.maskedSubmission().value(u"name"_s).toString(), u"cart-svc"_s);
    }

    void keyboardOnly()
    {
        StoreLane lane(m_path);
        ActionForm form(lane);
        form.resize(760, 720);
        form.setAction(testing::wizardAction(), {}, testing::wizardUser());
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QSignalSpy cancelled(&form, &ActionForm::cancelled);
        QSignalSpy submitted(&form, &ActionForm::submitted);

        // The first input has the focus; Tab follows the form's order.
        QCOMPARE(QApplication::focusWidget(), part<QLineEdit>(form, u"name"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"search-api"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), part<QComboBox>(form, u"language"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next
        QCOMPARE(form.currentStep(), 1);
        QCOMPARE(QApplication::focusWidget(), part<QLineEdit>(form, u"replicas"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(form.currentStep(), 2);
        QCOMPARE(QApplication::focusWidget(), part<QLineEdit>(form, u"token"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // not valid yet: stays, says why
        QCOMPARE(submitted.size(), 0);
        QVERIFY(errorShown(form, u"token"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"0123456789"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(0).toJsonObject().value(u"name"_s).toString(), u"search-api"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
    }

    void requiredShowsOnceTouched()
    {
        StoreLane lane(m_path);
        ActionForm form(lane);
        form.setAction(testing::wizardAction(), {}, testing::wizardUser());
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY(!errorShown(form, u"name"_s)); // not before the person was there
        part<QLineEdit>(form, u"name"_s)->setFocus();
        part<QComboBox>(form, u"language"_s)->setFocus();
        QVERIFY(errorShown(form, u"name"_s));
        QCOMPARE(form.errorLabel(u"name"_s)->text(), u"Required"_s);
    }

    void dialogAcceptsOnSubmitAndRejectsOnEsc()
    {
        StoreLane lane(m_path);
        const QJsonObject action = testing::jsonObject(
            "{'identifier': 'restart', 'title': 'Restart', 'trigger': {'operation': 'DAY-2', 'userInputs': {'properties': {"
            " 'reason': {'type': 'string', 'default': {'jqQuery': '\\u0022restart \\u0022 + .entity.identifier'}}}}}}");
        ActionFormDialog dialog(lane, action, testing::jsonObject("{'identifier': 'cart', 'title': 'Cart Service'}"), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.form()->stepCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.inputs().value(u"reason"_s).toString(), u"restart cart"_s);

        ActionFormDialog second(lane, action, {}, {});
        second.show();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(second.result(), int(QDialog::Rejected));
    }

    // Not a check: with PORTOLAN_FORM_PNG set to a folder, draws the wizard (light and dark) there.
    void renderScreens()
    {
        const QString dir = qEnvironmentVariable("PORTOLAN_FORM_PNG");
        if (dir.isEmpty())
            QSKIP("set PORTOLAN_FORM_PNG to a folder to draw the form");
        Appearance appearance;
        for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            appearance.setMode(mode, false);
            StoreLane lane(m_path);
            ActionFormDialog dialog(lane, testing::wizardAction(), {}, testing::wizardUser());
            dialog.resize(760, 700);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            ActionForm &form = *dialog.form();
            QTest::keyClicks(part<QLineEdit>(form, u"name"_s), u"Cart API"_s);
            part<QComboBox>(form, u"language"_s)->setFocus();
            QTest::keyClick(part<QComboBox>(form, u"language"_s), Qt::Key_Down);
            QTest::keyClick(part<QComboBox>(form, u"language"_s), Qt::Key_Down);
            QTest::qWait(200);
            const QString suffix = mode == Appearance::Mode::Dark ? u"-dark"_s : u""_s;
            dialog.grab().save(dir + u"/form-step1"_s + suffix + u".png"_s);
            part<QLineEdit>(form, u"name"_s)->setText(u"cart-api"_s);
            QTest::keyClicks(part<QLineEdit>(form, u"name"_s), u"2"_s);
            form.advance();
            auto *calls = qobject_cast<EntityPicker *>(form.editor(u"dependsOnService"_s));
            QTRY_VERIFY(!calls->candidates().isEmpty());
            part<QLineEdit>(form, u"replicas"_s)->selectAll();
            QTest::keyClicks(part<QLineEdit>(form, u"replicas"_s), u"12"_s);
            QTest::keyClicks(part<QPlainTextEdit>(form, u"config"_s), u"{\"region\": \"eu\","_s);
            form.editor(u"consumers"_s)->findChild<QListWidget *>()->item(0)->setCheckState(Qt::Checked);
            QTest::qWait(200);
            dialog.grab().save(dir + u"/form-step2"_s + suffix + u".png"_s);
            auto *combo = calls->findChild<QComboBox *>();
            combo->showPopup();
            QTest::qWait(200);
            QWidget *popup = combo->view()->window();
            popup->grab().save(dir + u"/form-picker-popup"_s + suffix + u".png"_s);
            combo->hidePopup();
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestActionForm)
#include "tst_actionform.moc"
