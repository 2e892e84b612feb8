// The blueprint designer's forms: the form over the selected blueprint and its dialogs, driven
// offscreen on a real DesignDocument (and a real SQLite store behind a StoreLane where the store is asked).
#include "designer/aggregationdialog.h"
#include "designer/blueprintform.h"
#include "designer/calculationdialog.h"
#include "designer/designdocument.h"
#include "designer/enumeditor.h"
#include "designer/fieldlist.h"
#include "designer/formrenamedialog.h"
#include "designer/mirrordialog.h"
#include "designer/mirrorpathpicker.h"
#include "designer/newblueprintdialog.h"
#include "designer/propertydialog.h"
#include "designer/relationdialog.h"
#include "designer/typechangedialog.h"
#include "shell/appearance.h"
#include "store/storelane.h"
#include "storefixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace portolan;
using formedits::Section;

namespace {

QJsonObject properties(const ModelDraft &draft, const QString &blueprint)
{
    return draft.json(blueprint).value("schema"_L1).toObject().value("properties"_L1).toObject();
}

// The dialog the form opened last (dialogs free themselves when closed).
template<typename Dialog>
Dialog *openDialog(QWidget *form)
{
    const QList<Dialog *> dialogs = form->findChildren<Dialog *>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it)
        if ((*it)->isVisible())
            return *it;
    return nullptr;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
}

} // namespace

class TestBlueprintForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateWithoutSelection();
    void titleEditIsOneUndoStep();
    void formShowsExternalEditsAndKeepsSelection();
    void addPropertyThroughDialog();
    void propertyDialogRefusesTakenAndBadIds_data();
    void propertyDialogRefusesTakenAndBadIds();
    void propertyDefaultIsCheckedAgainstTypeAndEnum();
    void propertyDialogTabOrder();
    void renamePropertyCarriesData();
    void removePropertyLeavesRequiredList();
    void renameRelationThroughDialog();
    void relationDialogRefusesManyAndRequired();
    void editRelationOpensDialog();
    void mirrorPickerWalksRelations();
    void aggregationDialogShape();
    void newBlueprintDialogValidatesIdentifier();
    void escapeCancelsEnterAccepts();
    void newBlueprintIdentifierRenamesInForm();
    void calculationOnNewBlueprintUsesExample();
    void suggestedTransforms_data();
    void suggestedTransforms();
    void typeChangePreviewCountsFailures();
    void typeChangeThroughFormRecordsTransform();
    void calculationEvaluatesLiveOnStoredEntity();
    void calculationDialogTabOrder();
    void renderForms();

private:
    void openStore();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<StoreLane> m_lane;
    std::unique_ptr<DesignDocument> m_document;
};

void TestBlueprintForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    openStore();
}

void TestBlueprintForm::openStore()
{
    m_path = m_dir.filePath(u"portal.sqlite"_s);
    m_store = std::make_unique<CatalogStore>(m_path);
    QVERIFY(m_store->isOpen());
    testing::write(*m_store, testing::portalBlueprints(), testing::portalEntities());
    m_lane = std::make_unique<StoreLane>(m_path);
}

void TestBlueprintForm::init()
{
    m_document = std::make_unique<DesignDocument>();
    m_document->reset(ModelDraft::fromBlueprints(m_store->blueprints()));
}

void TestBlueprintForm::cleanup()
{
    m_document.reset();
}

void TestBlueprintForm::emptyStateWithoutSelection()
{
    BlueprintForm form(*m_document, *m_lane);
    QVERIFY(form.isEmptyState());
    m_document->select(u"service"_s);
    QVERIFY(!form.isEmptyState());
    QCOMPARE(form.identifierEdit()->text(), u"service"_s);
    QVERIFY(form.identifierEdit()->isReadOnly()); // stored blueprints keep their identifier
    QCOMPARE(form.list(Section::Properties)->rowCount(), 3);
    QCOMPARE(form.list(Section::Relations)->rowCount(), 3);
    QCOMPARE(form.list(Section::Mirrors)->rowCount(), 2);
    QCOMPARE(form.list(Section::Calculations)->rowCount(), 2);
    m_document->select({});
    QVERIFY(form.isEmptyState());
}

void TestBlueprintForm::titleEditIsOneUndoStep()
{
    BlueprintForm form(*m_document, *m_lane);
    m_document->select(u"service"_s);
    form.show();
    form.titleEdit()->setFocus();
    form.titleEdit()->end(false);
    QTest::keyClicks(form.titleEdit(), u" catalogue"_s);
    QCOMPARE(m_document->draft().json(u"service"_s).value("title"_L1).toString(), u"Service catalogue"_s);
    QCOMPARE(m_document->undoStack()->count(), 1); // ten key strokes, one step
    m_document->undoStack()->undo();
    QCOMPARE(m_document->draft().json(u"service"_s).value("title"_L1).toString(), u"Service"_s);
    QCOMPARE(form.titleEdit()->text(), u"Service"_s);
    QVERIFY(!m_document->draft().isModified());

    // Leaving the field and typing again is a second step.
    QTest::keyClicks(form.titleEdit(), u"s"_s);
    Q_EMIT form.titleEdit()->editingFinished();
    QTest::keyClicks(form.titleEdit(), u"!"_s);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestBlueprintForm::formShowsExternalEditsAndKeepsSelection()
{
    BlueprintForm form(*m_document, *m_lane);
    m_document->select(u"service"_s);
    form.list(Section::Properties)->setCurrentId(u"language"_s);
    // What the JSON view does: replace the blueprint's JSON.
    QJsonObject json = m_document->draft().json(u"service"_s);
    json.insert(u"title"_s, u"Microservice"_s);
    QJsonObject schema = json.value("schema"_L1).toObject();
    QJsonObject props = schema.value("properties"_L1).toObject();
    props.insert(u"lifecycle"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"title"_s, u"Lifecycle"_s}});
    schema.insert(u"properties"_s, props);
    json.insert(u"schema"_s, schema);
    QVERIFY(m_document->edit(u"json"_s, [json](ModelDraft &d) { return d.putBlueprint(json); }).isEmpty());
    QCOMPARE(form.titleEdit()->text(), u"Microservice"_s);
    QCOMPARE(form.list(Section::Properties)->rowCount(), 4);
    QCOMPARE(form.list(Section::Properties)->currentId(), u"language"_s);
    m_document->undoStack()->undo();
    QCOMPARE(form.list(Section::Properties)->rowCount(), 3);
    QCOMPARE(form.list(Section::Properties)->currentId(), u"language"_s);
}

void TestBlueprintForm::addPropertyThroughDialog()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"service"_s);
    form.newProperty();
    auto *dialog = openDialog<PropertyDialog>(&form);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->titleEdit(), u"Deploy stage"_s);
    QCOMPARE(dialog->idEdit()->text(), u"deployStage"_s); // named after the title
    selectData(dialog->typeBox(), u"string"_s);
    dialog->enumEditor()->addValue(u"dev"_s, u"green"_s);
    dialog->enumEditor()->addValue(u"prod"_s);
    selectData(dialog->enumEditor()->colorBox(1), u"red"_s);
    dialog->defaultBox()->setEditText(u"dev"_s);
    dialog->requiredBox()->setChecked(true);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->firstProblem()));
    dialog->okButton()->click();

    const QJsonObject expected{{u"type"_s, u"string"_s},
                               {u"title"_s, u"Deploy stage"_s},
                               {u"enum"_s, QJsonArray{u"dev"_s, u"prod"_s}},
                               {u"enumColors"_s, QJsonObject{{u"dev"_s, u"green"_s}, {u"prod"_s, u"red"_s}}},
                               {u"default"_s, u"dev"_s}};
    QCOMPARE(properties(m_document->draft(), u"service"_s).value("deployStage"_L1).toObject(), expected);
    const QJsonArray required = m_document->draft().json(u"service"_s).value("schema"_L1).toObject().value("required"_L1).toArray();
    QVERIFY(required.contains(QJsonValue(u"deployStage"_s)));
    QCOMPARE(form.list(Section::Properties)->currentId(), u"deployStage"_s);
    QVERIFY(m_document->draft().validate().isEmpty());
    m_document->undoStack()->undo();
    QVERIFY(!properties(m_document->draft(), u"service"_s).contains("deployStage"_L1));
}

void TestBlueprintForm::propertyDialogRefusesTakenAndBadIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("free") << u"owner"_s << true;
    QTest::newRow("a property") << u"replicas"_s << false;
    QTest::newRow("a relation") << u"system"_s << false;
    QTest::newRow("a mirror") << u"tier"_s << false;
    QTest::newRow("space") << u"two words"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestBlueprintForm::propertyDialogRefusesTakenAndBadIds()
{
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    PropertyDialog dialog(m_document->draft(), u"service"_s, QString());
    dialog.idEdit()->setText(id);
    QCOMPARE(dialog.okButton()->isEnabled(), accepted);
    QCOMPARE(dialog.problemOf(dialog.idEdit()).isEmpty(), accepted);
}

void TestBlueprintForm::propertyDefaultIsCheckedAgainstTypeAndEnum()
{
    PropertyDialog dialog(m_document->draft(), u"service"_s, u"language"_s);
    QCOMPARE(dialog.enumEditor()->count(), 2);
    dialog.defaultBox()->setEditText(u"Rust"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemOf(dialog.defaultBox()).contains("Rust"_L1));
    dialog.defaultBox()->setEditText(u"Java"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.enumEditor()->addValue(u"Go"_s);
    QVERIFY(dialog.problemOf(dialog.enumEditor()).contains("twice"_L1));
    dialog.enumEditor()->removeValue(2);
    QVERIFY(dialog.okButton()->isEnabled());

    PropertyDialog number(m_document->draft(), u"service"_s, u"replicas"_s);
    number.defaultBox()->setEditText(u"three"_s);
    QVERIFY(!number.okButton()->isEnabled());
    number.defaultBox()->setEditText(u"3"_s);
    QVERIFY(number.okButton()->isEnabled());
    QCOMPARE(number.schema().value("default"_L1), QJsonValue(3));
    QVERIFY(!number.needsConversion());
}

void TestBlueprintForm::propertyDialogTabOrder()
{
    PropertyDialog dialog(m_document->draft(), u"service"_s, u"language"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.enumEditor()->addValue(u"Rust"_s); // rows made later still come in their place
    QList<QWidget *> order{dialog.titleEdit()};
    QWidget *w = dialog.titleEdit();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        if (w == dialog.titleEdit())
            break;
        order.append(w);
    }
    const auto at = [&](QWidget *widget) { return order.indexOf(widget); };
    QVERIFY(at(dialog.idEdit()) == 1);
    QVERIFY(at(dialog.descriptionEdit()) == 2);
    QVERIFY(at(dialog.typeBox()) > at(dialog.descriptionEdit()));
    QVERIFY(at(dialog.formatBox()) == at(dialog.typeBox()) + 1);
    QCOMPARE(at(dialog.enumEditor()->valueEdit(0)), at(dialog.formatBox()) + 1);
    QVERIFY(at(dialog.enumEditor()->valueEdit(2)) < at(dialog.enumEditor()->addButton()));
    QVERIFY(at(dialog.enumEditor()->addButton()) < at(dialog.defaultBox()));
    QVERIFY(at(dialog.defaultBox()) < at(dialog.requiredBox()));
    QVERIFY(at(dialog.requiredBox()) < at(dialog.okButton()));
}

void TestBlueprintForm::renamePropertyCarriesData()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"service"_s);
    form.list(Section::Properties)->setCurrentId(u"replicas"_s);
    form.list(Section::Properties)->renameButton()->click();
    auto *dialog = openDialog<FormRenameDialog>(&form);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // still the old name
    dialog->identifierEdit()->setText(u"language"_s);
    QVERIFY(!dialog->okButton()->isEnabled()); // taken
    dialog->identifierEdit()->setText(u"instances"_s);
    dialog->okButton()->click();

    const ModelDraft &draft = m_document->draft();
    QVERIFY(properties(draft, u"service"_s).contains("instances"_L1));
    QVERIFY(!properties(draft, u"service"_s).contains("replicas"_L1));
    QCOMPARE(draft.steps().size(), 1);
    QCOMPARE(draft.steps().first().kind, DataStep::Kind::RenameProperty);
    QCOMPARE(draft.steps().first().from, u"replicas"_s);
    QCOMPARE(draft.steps().first().to, u"instances"_s);
    // The team's aggregation over it follows.
    QCOMPARE(draft.blueprint(u"team"_s).aggregations.at(2).property, u"instances"_s);
    QCOMPARE(form.list(Section::Properties)->currentId(), u"instances"_s);
}

void TestBlueprintForm::removePropertyLeavesRequiredList()
{
    QVERIFY(m_document->edit(u"required"_s, [](ModelDraft &d) {
        return formedits::putProperty(d, u"service"_s, u"language"_s, u"language"_s,
                                      properties(d, u"service"_s).value("language"_L1).toObject(), true);
    }).isEmpty());
    BlueprintForm form(*m_document, *m_lane);
    m_document->select(u"service"_s);
    form.list(Section::Properties)->setCurrentId(u"language"_s);
    QTest::keyClick(form.list(Section::Properties)->view(), Qt::Key_Delete);
    QVERIFY(!properties(m_document->draft(), u"service"_s).contains("language"_L1));
    QVERIFY(m_document->draft().blueprint(u"service"_s).required.isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestBlueprintForm::renameRelationThroughDialog()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"service"_s);
    form.editRelation(u"system"_s);
    auto *dialog = openDialog<RelationDialog>(&form);
    QVERIFY(dialog);
    QCOMPARE(dialog->targetBox()->currentData().toString(), u"system"_s);
    dialog->idEdit()->setText(u"partOf"_s);
    dialog->titleEdit()->setText(u"Part of"_s);
    dialog->okButton()->click();
    const Blueprint service = m_document->draft().blueprint(u"service"_s);
    QVERIFY(service.relation(u"partOf"));
    QCOMPARE(service.relation(u"partOf")->title, u"Part of"_s);
    QCOMPARE(service.mirror(u"tier")->path, u"partOf.tier"_s); // mirrors follow
    QCOMPARE(m_document->draft().steps().first().kind, DataStep::Kind::RenameRelation);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestBlueprintForm::relationDialogRefusesManyAndRequired()
{
    RelationDialog dialog(m_document->draft(), u"service"_s, QString());
    QVERIFY(!dialog.idEdit()->text().isEmpty()); // named after the first target
    dialog.idEdit()->setText(u"owner"_s);
    selectData(dialog.targetBox(), u"team"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.manyBox()->setChecked(true);
    dialog.requiredBox()->setChecked(true);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problemOf(dialog.requiredBox()).isEmpty());
    dialog.requiredBox()->setChecked(false);
    QCOMPARE(dialog.definition().value("target"_L1).toString(), u"team"_s);
    QCOMPARE(dialog.definition().value("many"_L1).toBool(), true);
}

void TestBlueprintForm::editRelationOpensDialog()
{
    // The canvas's drag makes the relation; the page then opens it in the form.
    QVERIFY(m_document->edit(u"drag"_s, [](ModelDraft &d) { return d.addRelation(u"system"_s, u"owner"_s, u"team"_s, false, false); }).isEmpty());
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"system"_s);
    form.editRelation(u"owner"_s);
    auto *dialog = openDialog<RelationDialog>(&form);
    QVERIFY(dialog);
    QCOMPARE(dialog->idEdit()->text(), u"owner"_s);
    dialog->requiredBox()->setChecked(true);
    QTest::keyClick(dialog->idEdit(), Qt::Key_Return); // Enter accepts
    QVERIFY(m_document->draft().blueprint(u"system"_s).relation(u"owner")->required);
}

void TestBlueprintForm::mirrorPickerWalksRelations()
{
    MirrorDialog dialog(m_document->draft(), u"service"_s, QString());
    QTreeWidget *tree = dialog.picker()->tree();
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->childCount(), 3); // the relations; no values of the service itself
    QTreeWidgetItem *system = nullptr;
    for (int i = 0; i < root->childCount(); ++i)
        if (root->child(i)->text(0).startsWith("system"_L1))
            system = root->child(i);
    QVERIFY(system);
    system->setExpanded(true);
    QTreeWidgetItem *team = nullptr;
    for (int i = 0; i < system->childCount(); ++i)
        if (system->child(i)->text(0).startsWith("team"_L1))
            team = system->child(i);
    QVERIFY(team);
    team->setExpanded(true); // two hops: service → system → team
    QTreeWidgetItem *slack = nullptr;
    for (int i = 0; i < team->childCount(); ++i)
        if (team->child(i)->text(0) == "slack"_L1)
            slack = team->child(i);
    QVERIFY(slack);
    tree->setCurrentItem(slack);
    QCOMPARE(dialog.pathEdit()->text(), u"system.team.slack"_s);
    QCOMPARE(dialog.picker()->path(), u"system.team.slack"_s);
    dialog.idEdit()->setText(u"owningSlack"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.firstProblem()));
    QCOMPARE(dialog.definition().value("path"_L1).toString(), u"system.team.slack"_s);

    dialog.pathEdit()->setText(u"system.nothing"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemOf(dialog.pathEdit()).contains("nothing"_L1));
    dialog.pathEdit()->setText(u"team.$title"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(MirrorPathPicker::check(m_document->draft(), u"service"_s, u"slack"_s).contains("relation"_L1));
}

void TestBlueprintForm::aggregationDialogShape()
{
    AggregationDialog dialog(m_document->draft(), u"team"_s, QString());
    QStringList targets = AggregationDialog::targets(m_document->draft(), u"team"_s);
    targets.sort();
    QCOMPARE(targets, (QStringList{u"service"_s, u"system"_s}));
    dialog.idEdit()->setText(u"replicaMedian"_s);
    selectData(dialog.targetBox(), u"service"_s);
    selectData(dialog.calculationByBox(), u"property"_s);
    selectData(dialog.functionBox(), u"median"_s);
    selectData(dialog.propertyBox(), u"replicas"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.firstProblem()));
    const QJsonObject expected{{u"target"_s, u"service"_s},
                               {u"calculationSpec"_s, QJsonObject{{u"calculationBy"_s, u"property"_s}, {u"func"_s, u"median"_s}, {u"property"_s, u"replicas"_s}}}};
    QCOMPARE(dialog.definition(), expected);

    selectData(dialog.calculationByBox(), u"entities"_s);
    selectData(dialog.functionBox(), u"average"_s);
    selectData(dialog.averageOfBox(), u"week"_s);
    dialog.queryEdit()->setPlainText(u"{\"combinator\": \"and\", \"rules\": [{\"property\": \"language\", \"operator\": \"=\", \"value\": \"Go\"}]}"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    const QJsonObject spec = dialog.definition().value("calculationSpec"_L1).toObject();
    QCOMPARE(spec.value("averageOf"_L1).toString(), u"week"_s);
    QCOMPARE(spec.value("measureTimeBy"_L1).toString(), u"$createdAt"_s);
    QCOMPARE(dialog.definition().value("query"_L1).toObject().value("combinator"_L1).toString(), u"and"_s);
    dialog.queryEdit()->setPlainText(u"{not json"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestBlueprintForm::newBlueprintDialogValidatesIdentifier()
{
    NewBlueprintDialog dialog(*m_document);
    QVERIFY(!dialog.okButton()->isEnabled()); // empty
    dialog.identifierEdit()->setText(u"bad id!"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problemOf(dialog.identifierEdit()).isEmpty());
    dialog.identifierEdit()->clear();
    QTest::keyClicks(dialog.identifierEdit(), u"service"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemOf(dialog.identifierEdit()).contains("already"_L1));
    dialog.accept(); // refused while invalid
    QVERIFY(!m_document->undoStack()->count());

    QTest::keyClicks(dialog.titleEdit(), u"Feature flag"_s);
    QCOMPARE(dialog.identifierEdit()->text(), u"service"_s); // typed by the user: not replaced
    dialog.identifierEdit()->setText(u"featureFlag"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_document->draft().contains(u"featureFlag"_s));
    QCOMPARE(m_document->draft().json(u"featureFlag"_s).value("title"_L1).toString(), u"Feature flag"_s);
    QCOMPARE(m_document->selected(), u"featureFlag"_s);
}

void TestBlueprintForm::escapeCancelsEnterAccepts()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"service"_s);
    form.list(Section::Mirrors)->setCurrentId(u"tier"_s);
    form.list(Section::Mirrors)->editButton()->click();
    auto *dialog = openDialog<MirrorDialog>(&form);
    QVERIFY(dialog);
    dialog->titleEdit()->setText(u"Tier of the system"_s);
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_document->undoStack()->count());

    form.list(Section::Mirrors)->editButton()->click();
    dialog = openDialog<MirrorDialog>(&form);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(QApplication::focusWidget(), dialog->titleEdit());
    dialog->titleEdit()->setText(u"Tier of the system"_s);
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->idEdit()); // tab order follows the form
    QTest::keyClick(dialog->idEdit(), Qt::Key_Return);
    QCOMPARE(m_document->draft().blueprint(u"service"_s).mirror(u"tier")->title, u"Tier of the system"_s);
}

void TestBlueprintForm::newBlueprintIdentifierRenamesInForm()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    form.newBlueprint();
    auto *dialog = openDialog<NewBlueprintDialog>(&form);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->titleEdit(), u"Feature flag"_s);
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QCOMPARE(m_document->selected(), u"featureFlag"_s);
    QVERIFY(!form.isEmptyState());
    QVERIFY(!form.identifierEdit()->isReadOnly()); // made in this draft: it may still change

    form.identifierEdit()->setText(u"flag"_s);
    Q_EMIT form.identifierEdit()->editingFinished();
    QVERIFY(m_document->draft().contains(u"flag"_s));
    QVERIFY(!m_document->draft().contains(u"featureFlag"_s));
    QCOMPARE(m_document->selected(), u"flag"_s);
    QCOMPARE(m_document->undoStack()->count(), 2);

    form.identifierEdit()->setText(u"service"_s); // taken: refused, the form says why
    Q_EMIT form.identifierEdit()->editingFinished();
    QVERIFY(m_document->draft().contains(u"flag"_s));
    QVERIFY2(form.message().contains("service"_L1), qPrintable(form.message()));
}

void TestBlueprintForm::calculationOnNewBlueprintUsesExample()
{
    QVERIFY(m_document->edit(u"new"_s, [](ModelDraft &d) {
        return d.createBlueprint({{u"identifier"_s, u"flag"_s},
                                  {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{u"on"_s, QJsonObject{{u"type"_s, u"boolean"_s}, {u"default"_s, true}}}}}}}});
    }).isEmpty());
    CalculationDialog dialog(m_document->draft(), *m_lane, u"flag"_s, QString());
    QTest::keyClicks(dialog.titleEdit(), u"State"_s);
    QCOMPARE(dialog.idEdit()->text(), u"state"_s);
    dialog.programEdit()->setPlainText(u"if .properties.on then .identifier else null end"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.resultText(), u"\"example\""_s, 5000);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.definition(), (QJsonObject{{u"title"_s, u"State"_s}, {u"type"_s, u"string"_s},
                                               {u"calculation"_s, u"if .properties.on then .identifier else null end"_s}}));
}

void TestBlueprintForm::suggestedTransforms_data()
{
    QTest::addColumn<QJsonObject>("from");
    QTest::addColumn<QJsonObject>("to");
    QTest::addColumn<QString>("transform");
    const QJsonObject string{{u"type"_s, u"string"_s}};
    const QJsonObject number{{u"type"_s, u"number"_s}};
    const QJsonObject boolean{{u"type"_s, u"boolean"_s}};
    const QJsonObject strings{{u"type"_s, u"array"_s}, {u"items"_s, string}};
    const QJsonObject numbers{{u"type"_s, u"array"_s}, {u"items"_s, number}};
    const QJsonObject link{{u"type"_s, u"string"_s}, {u"format"_s, u"labeled-url"_s}};
    QTest::newRow("same") << string << QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"url"_s}} << u"."_s;
    QTest::newRow("string to number") << string << number << u"tonumber? // null"_s;
    QTest::newRow("number to string") << number << string << u"tostring"_s;
    QTest::newRow("boolean to number") << boolean << number << u"if . then 1 else 0 end"_s;
    QTest::newRow("string to list") << string << strings << u"[.]"_s;
    QTest::newRow("number to list of text") << number << strings << u"[. | tostring]"_s;
    QTest::newRow("list to list") << strings << numbers << u"map(tonumber? // null)"_s;
    QTest::newRow("list to text") << strings << string << u"map(tostring) | join(\", \")"_s;
    QTest::newRow("text to labeled url") << string << link << u"{url: ., displayText: .}"_s;
}

void TestBlueprintForm::suggestedTransforms()
{
    QFETCH(QJsonObject, from);
    QFETCH(QJsonObject, to);
    QFETCH(QString, transform);
    QCOMPARE(TypeChangeDialog::suggestedTransform(from, to), transform);
}

void TestBlueprintForm::typeChangePreviewCountsFailures()
{
    // replicas (3 and 5) become text limited to "3" and "4": tostring fits one of the two.
    const QJsonObject schema{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"3"_s, u"4"_s}}};
    TypeChangeDialog dialog(*m_document, *m_lane, {u"service"_s, u"replicas"_s, u"replicas"_s, schema, false});
    QCOMPARE(dialog.transform(), u"tostring"_s);
    QSignalSpy shown(&dialog, &TypeChangeDialog::previewShown);
    QVERIFY(shown.wait(5000));
    QVERIFY2(dialog.summary().contains("1 of 2"_L1), qPrintable(dialog.summary()));
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QCOMPARE(dialog.previewTable()->item(0, 0)->text(), u"Pricing"_s); // failures first
    QCOMPARE(dialog.previewTable()->item(0, 1)->text(), u"5"_s);
    QVERIFY(!dialog.previewTable()->item(0, 3)->text().isEmpty());
    QCOMPARE(dialog.previewTable()->item(1, 2)->text(), u"\"3\""_s);

    // A transform that handles every value; then one that does not compile.
    dialog.transformEdit()->setPlainText(u"if . > 4 then \"4\" else tostring end"_s);
    QVERIFY(shown.wait(5000));
    QVERIFY2(dialog.summary().contains("All 2"_L1), qPrintable(dialog.summary()));
    dialog.transformEdit()->setPlainText(u"tostring |"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problemOf(dialog.transformEdit()).isEmpty());
}

void TestBlueprintForm::typeChangeThroughFormRecordsTransform()
{
    BlueprintForm form(*m_document, *m_lane);
    form.show();
    m_document->select(u"service"_s);
    form.list(Section::Properties)->setCurrentId(u"replicas"_s);
    form.list(Section::Properties)->editButton()->click();
    auto *property = openDialog<PropertyDialog>(&form);
    QVERIFY(property);
    selectData(property->typeBox(), u"string"_s);
    QVERIFY(property->needsConversion());
    property->okButton()->click();
    QVERIFY(properties(m_document->draft(), u"service"_s).value("replicas"_L1).toObject().value("type"_L1) == "number"_L1); // not yet
    auto *conversion = openDialog<TypeChangeDialog>(&form);
    QVERIFY(conversion);
    QSignalSpy shown(conversion, &TypeChangeDialog::previewShown);
    QVERIFY(shown.wait(5000));
    QVERIFY2(conversion->summary().contains("All 2"_L1), qPrintable(conversion->summary()));
    conversion->okButton()->click();
    const ModelDraft &draft = m_document->draft();
    QCOMPARE(properties(draft, u"service"_s).value("replicas"_L1).toObject().value("type"_L1).toString(), u"string"_s);
    QCOMPARE(draft.steps().size(), 1);
    QCOMPARE(draft.steps().first().kind, DataStep::Kind::TransformProperty);
    QCOMPARE(draft.steps().first().transform, u"tostring"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestBlueprintForm::calculationEvaluatesLiveOnStoredEntity()
{
    CalculationDialog dialog(m_document->draft(), *m_lane, u"service"_s, u"big"_s);
    QSignalSpy evaluated(&dialog, &CalculationDialog::evaluated);
    QVERIFY(evaluated.wait(5000));
    QCOMPARE(dialog.entityBox()->count(), 2);
    selectData(dialog.entityBox(), u"cart"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.resultText(), u"false"_s, 5000); // 3 replicas are not more than 3
    dialog.programEdit()->setPlainText(u".properties.replicas * 2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.resultText(), u"6"_s, 5000);
    // Mirror values are part of the input, as DerivedValues gives them.
    dialog.programEdit()->setPlainText(u".properties.tier + \" / \" + .properties.teamSlack"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.resultText(), u"\"tier-1 / #payments\""_s, 5000);
    dialog.programEdit()->setPlainText(u".properties | error(\"no\")"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains("no"_L1), 5000);
    QVERIFY(dialog.okButton()->isEnabled()); // a runtime error on one entity is not a broken program
    dialog.programEdit()->setPlainText(u".properties.replicas *"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    // The filter asks the store.
    QSignalSpy loaded(&dialog, &CalculationDialog::entitiesLoaded);
    dialog.filterEdit()->setText(u"pricing"_s);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(dialog.entityBox()->count(), 1);
    QCOMPARE(dialog.entityBox()->currentData().toString(), u"pricing"_s);
}

void TestBlueprintForm::calculationDialogTabOrder()
{
    CalculationDialog dialog(m_document->draft(), *m_lane, u"service"_s, u"slack"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QList<QWidget *> order{dialog.titleEdit()};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == dialog.titleEdit())
            break;
        order.append(QApplication::focusWidget());
    }
    const QList<QWidget *> expected{dialog.titleEdit(), dialog.idEdit(), dialog.typeBox(), dialog.programEdit(),
                                    dialog.filterEdit(), dialog.entityBox(), dialog.okButton()};
    qsizetype last = -1;
    for (QWidget *w : expected) {
        QVERIFY2(order.indexOf(w) > last, w->metaObject()->className());
        last = order.indexOf(w);
    }
}

// Pictures of every form, light and dark, from the demo portal: run with
// PORTOLAN_FORMS_DB=<portal.sqlite> PORTOLAN_FORMS_PNG=<folder>.
void TestBlueprintForm::renderForms()
{
    const QString db = qEnvironmentVariable("PORTOLAN_FORMS_DB");
    const QString folder = qEnvironmentVariable("PORTOLAN_FORMS_PNG");
    if (db.isEmpty() || folder.isEmpty())
        QSKIP("set PORTOLAN_FORMS_DB and PORTOLAN_FORMS_PNG to render the forms");
    QVERIFY(QDir().mkpath(folder));
    CatalogStore store(db);
    QVERIFY(store.isOpen());
    StoreLane lane(db);
    DesignDocument document;
    document.reset(ModelDraft::fromBlueprints(store.blueprints()));
    Appearance appearance;
    const ModelDraft &draft = document.draft();
    const auto save = [&](QWidget *widget, const QString &name) {
        widget->show();
        QTest::qWait(300);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
        widget->hide();
    };
    for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        appearance.setMode(mode, false);
        const QString suffix = mode == Appearance::Mode::Dark ? u"-dark"_s : u"-light"_s;
        BlueprintForm form(document, lane);
        form.resize(640, 1100);
        save(&form, u"form-empty"_s + suffix);
        document.select(u"service"_s);
        form.list(Section::Properties)->setCurrentId(u"language"_s);
        save(&form, u"form-service"_s + suffix);
        form.resize(form.minimumSizeHint().width(), 900); // as narrow as it goes, beside a canvas
        save(&form, u"form-service-narrow"_s + suffix);
        form.resize(640, 1100);
        document.select({});
        {
            PropertyDialog dialog(draft, u"service"_s, u"language"_s);
            save(&dialog, u"property-language"_s + suffix);
        }
        {
            PropertyDialog dialog(draft, u"service"_s, QString());
            dialog.titleEdit()->setText(u"Deploy stage"_s);
            dialog.idEdit()->setText(u"language"_s);
            selectData(dialog.typeBox(), u"array"_s);
            dialog.defaultBox()->setEditText(u"[1"_s);
            save(&dialog, u"property-new-invalid"_s + suffix);
        }
        {
            PropertyDialog dialog(draft, u"service"_s, u"testCoverage"_s);
            selectData(dialog.typeBox(), u"string"_s);
            save(&dialog, u"property-type-change"_s + suffix);
        }
        {
            const QJsonObject schema{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"low"_s, u"medium"_s, u"high"_s}}};
            TypeChangeDialog dialog(document, lane, {u"service"_s, u"testCoverage"_s, u"testCoverage"_s, schema, false});
            dialog.transformEdit()->setPlainText(u"if . >= 80 then \"high\" elif . >= 40 then \"medium\" else . end"_s);
            QSignalSpy shown(&dialog, &TypeChangeDialog::previewShown);
            dialog.show();
            QVERIFY(shown.wait(10000));
            save(&dialog, u"typechange"_s + suffix);
        }
        {
            RelationDialog dialog(draft, u"service"_s, u"owningTeam"_s);
            save(&dialog, u"relation"_s + suffix);
        }
        {
            MirrorDialog dialog(draft, u"deployment"_s, QString());
            dialog.picker()->setPath(u"service.owningTeam.department"_s);
            dialog.pathEdit()->setText(u"service.owningTeam.department"_s);
            dialog.titleEdit()->setText(u"Department"_s);
            save(&dialog, u"mirror"_s + suffix);
        }
        {
            CalculationDialog dialog(draft, lane, u"deployment"_s, u"leadTimeMinutes"_s);
            QSignalSpy evaluated(&dialog, &CalculationDialog::evaluated);
            dialog.show();
            QVERIFY(evaluated.wait(10000));
            save(&dialog, u"calculation"_s + suffix);
        }
        {
            AggregationDialog dialog(draft, u"service"_s, u"meanTimeToRestore"_s);
            save(&dialog, u"aggregation"_s + suffix);
        }
        {
            NewBlueprintDialog dialog(document);
            dialog.titleEdit()->setText(u"Feature flag"_s);
            save(&dialog, u"newblueprint"_s + suffix);
        }
        {
            FormRenameDialog dialog(u"property tier"_s, u"tier"_s, [](const QString &) { return QString(); },
                                    u"Stored values move to the new identifier."_s);
            save(&dialog, u"rename"_s + suffix);
        }
    }
}

QTEST_MAIN(TestBlueprintForm)
#include "tst_blueprintform.moc"
