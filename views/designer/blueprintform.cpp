#include "blueprintform.h"

#include "aggregationdialog.h"
#include "calculationdialog.h"
#include "designdocument.h"
#include "fieldlist.h"
#include "formfields.h"
#include "formrenamedialog.h"
#include "formrows.h"
#include "formstyle.h"
#include "mirrordialog.h"
#include "newblueprintdialog.h"
#include "propertydialog.h"
#include "relationdialog.h"
#include "schema/identifiers.h"
#include "typechangedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

using formedits::Section;

// Dialogs are window-modal and free themselves: the form never waits in a nested event loop.
template<typename Dialog>
Dialog *opened(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Properties: return BlueprintForm::tr("property");
    case Section::Relations: return BlueprintForm::tr("relation");
    case Section::Mirrors: return BlueprintForm::tr("mirror property");
    case Section::Calculations: return BlueprintForm::tr("calculation property");
    case Section::Aggregations: return BlueprintForm::tr("aggregation property");
    }
    return {};
}

} // namespace

BlueprintForm::BlueprintForm(DesignDocument &document, StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_lane(lane)
    , m_stack(new QStackedWidget)
    , m_empty(new QWidget)
    , m_scroll(new QScrollArea)
{
    auto *hint = formstyle::messageLabel(u"dim"_s);
    hint->setText(tr("Select a blueprint on the canvas, or create one"));
    hint->setAlignment(Qt::AlignCenter);
    auto *create = new QPushButton(tr("New blueprint…"));
    connect(create, &QPushButton::clicked, this, &BlueprintForm::newBlueprint);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setSpacing(10);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(create, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 14, 16, 16);
    pageLayout->setSpacing(20);
    buildHeader(page);
    addList(page, Section::Properties, tr("Properties"), formrows::propertyColumns(), tr("No properties yet."));
    addList(page, Section::Relations, tr("Relations"), formrows::relationColumns(), tr("No relations: drag from this blueprint to another on the canvas, or add one."));
    addList(page, Section::Mirrors, tr("Mirror properties"), formrows::mirrorColumns(), tr("None: a mirror shows a value of a related entity."));
    addList(page, Section::Calculations, tr("Calculation properties"), formrows::calculationColumns(), tr("None: a calculation computes a value with jq."));
    addList(page, Section::Aggregations, tr("Aggregation properties"), formrows::aggregationColumns(), tr("None: an aggregation counts or sums related entities."));
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form fits its width; tables elide
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(420);

    connect(&m_document, &DesignDocument::changed, this, &BlueprintForm::refresh);
    connect(&m_document, &DesignDocument::selectionChanged, this, [this] {
        m_refusal.clear();
        refresh();
    });
    refresh();
}

void BlueprintForm::buildHeader(QWidget *page)
{
    m_identifier = new QLineEdit;
    m_identifierProblem = formstyle::messageLabel(u"problem"_s);
    m_identifierHint = formstyle::messageLabel(u"dim"_s);
    m_title = new QLineEdit;
    m_icon = formfields::iconBox(m_document.draft());
    m_description = new QLineEdit;
    m_problems = formstyle::messageLabel(u"problem"_s);
    m_title->setPlaceholderText(tr("Shown in the sidebar and on every entity"));
    m_description->setPlaceholderText(tr("What one entity of this blueprint is"));

    auto *header = new QVBoxLayout;
    header->setSpacing(6);
    header->addWidget(formstyle::sectionHeader(tr("Blueprint")));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setContentsMargins(12, 0, 0, 0);
    const int lineHeight = m_title->sizeHint().height();
    const auto row = [form, lineHeight](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        l->setFixedHeight(lineHeight); // level with the field's first line, also beside a taller row
        form->addRow(l, field);
    };
    auto *identifier = new QWidget;
    auto *identifierLines = new QVBoxLayout(identifier);
    identifierLines->setContentsMargins(0, 0, 0, 0);
    identifierLines->setSpacing(3);
    identifierLines->addWidget(m_identifier);
    identifierLines->addWidget(m_identifierProblem);
    identifierLines->addWidget(m_identifierHint);
    m_identifierProblem->hide();
    m_identifier->setAccessibleName(tr("Identifier"));
    row(tr("&Identifier:"), identifier);
    static_cast<QLabel *>(form->labelForField(identifier))->setBuddy(m_identifier);
    row(tr("&Title:"), m_title);
    row(tr("Ico&n:"), m_icon);
    row(tr("&Description:"), m_description);
    header->addLayout(form);
    header->addWidget(m_problems);
    static_cast<QVBoxLayout *>(page->layout())->addLayout(header);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { editText(u"title"_s, text); });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) { editText(u"description"_s, text); });
    connect(m_icon, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_refreshing)
            editText(u"icon"_s, text.trimmed());
    });
    // Leaving a field ends its undo step: coming back to it starts another.
    for (const auto &[key, edit] : {std::pair{u"title"_s, m_title}, std::pair{u"description"_s, m_description},
                                    std::pair{u"icon"_s, m_icon->lineEdit()}})
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { ++m_generation[m_blueprint + u'/' + key]; });
    connect(m_identifier, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString problem = identifiers::checkBlueprint(text.trimmed());
        const bool taken = text.trimmed() != m_blueprint && m_document.draft().contains(text.trimmed());
        m_identifierProblem->setText(taken ? tr("there is already a blueprint \"%1\"").arg(text.trimmed()) : problem);
        m_identifierProblem->setVisible(!m_identifierProblem->text().isEmpty());
    });
    connect(m_identifier, &QLineEdit::editingFinished, this, &BlueprintForm::renameBlueprint);
}

void BlueprintForm::addList(QWidget *page, Section section, const QString &title, const QStringList &columns, const QString &empty)
{
    auto *list = new FieldList(title, columns, empty);
    m_lists.insert(section, list);
    static_cast<QVBoxLayout *>(page->layout())->addWidget(list);
    connect(list, &FieldList::addRequested, this, [this, section] { add(section); });
    connect(list, &FieldList::editRequested, this, [this, section](const QString &id) { edit(section, id); });
    connect(list, &FieldList::renameRequested, this, [this, section](const QString &id) { rename(section, id); });
    connect(list, &FieldList::removeRequested, this, [this, section](const QString &id) { remove(section, id); });
}

bool BlueprintForm::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString BlueprintForm::message() const
{
    return m_problems->text();
}

void BlueprintForm::refresh()
{
    const ModelDraft &draft = m_document.draft();
    const QString selected = m_document.selected();
    if (selected.isEmpty() || !draft.contains(selected)) {
        m_blueprint.clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_refreshing = true;
    m_blueprint = selected;
    m_stack->setCurrentWidget(m_scroll);
    const QJsonObject json = draft.json(selected);
    // setText only where the text differs: the cursor of the field being typed in stays put.
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        edit->setText(text);
        if (!edit->hasFocus())
            edit->setCursorPosition(0); // show the start of a long description, not its end
    };
    if (!m_identifier->hasFocus())
        show(m_identifier, selected);
    const bool stored = draft.isStored(selected);
    m_identifier->setReadOnly(stored);
    m_identifierHint->setText(stored ? tr("Stored blueprints keep their identifier.")
                                     : tr("New in this draft: the identifier can still change."));
    m_identifierProblem->setVisible(!m_identifierProblem->text().isEmpty() && m_identifier->hasFocus());
    show(m_title, json.value("title"_L1).toString());
    show(m_description, json.value("description"_L1).toString());
    if (m_icon->currentText() != json.value("icon"_L1).toString())
        formfields::select(m_icon, json.value("icon"_L1).toString());
    m_lists.value(Section::Properties)->setRows(formrows::properties(draft, selected));
    m_lists.value(Section::Relations)->setRows(formrows::relations(draft, selected));
    m_lists.value(Section::Mirrors)->setRows(formrows::mirrors(draft, selected));
    m_lists.value(Section::Calculations)->setRows(formrows::calculations(draft, selected));
    m_lists.value(Section::Aggregations)->setRows(formrows::aggregations(draft, selected));
    QStringList problems;
    if (!m_refusal.isEmpty())
        problems.append(m_refusal);
    for (const Problem &p : draft.validate()) {
        if (p.file == selected && p.severity == Problem::Severity::Error)
            problems.append(p.path + u": "_s + p.message);
    }
    if (problems.size() > 4)
        problems = problems.mid(0, 4) << tr("… and %n more", nullptr, int(problems.size() - 4));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_refreshing = false;
}

void BlueprintForm::showRefusal(const QString &refusal)
{
    m_refusal = refusal;
    refresh();
}

void BlueprintForm::apply(const QString &text, const std::function<QString(ModelDraft &)> &edit, int mergeKey)
{
    m_refusal.clear();
    showRefusal(m_document.edit(text, edit, mergeKey));
}

void BlueprintForm::editText(const QString &key, const QString &value)
{
    if (m_refreshing || m_blueprint.isEmpty())
        return;
    const QString blueprint = m_blueprint;
    const int mergeKey = formedits::mergeKey(blueprint, key, m_generation.value(blueprint + u'/' + key));
    apply(tr("Edit %1 of %2").arg(key, blueprint),
          [blueprint, key, value](ModelDraft &draft) { return formedits::setText(draft, blueprint, key, value); }, mergeKey);
}

void BlueprintForm::renameBlueprint()
{
    const QString to = m_identifier->text().trimmed();
    const QString from = m_blueprint;
    if (from.isEmpty() || to == from || m_document.draft().isStored(from))
        return;
    QJsonObject json = m_document.draft().json(from);
    json.insert(u"identifier"_s, to);
    const QString refusal = m_document.edit(tr("Rename blueprint %1 to %2").arg(from, to),
                                            [json, from](ModelDraft &draft) { return draft.putBlueprint(json, from); });
    if (refusal.isEmpty()) {
        m_identifierProblem->clear();
        m_document.select(to);
    } else {
        showRefusal(refusal);
    }
}

void BlueprintForm::newBlueprint()
{
    opened(new NewBlueprintDialog(m_document, this));
}

void BlueprintForm::newProperty()
{
    add(Section::Properties);
}

void BlueprintForm::editRelation(const QString &id)
{
    m_lists.value(Section::Relations)->setCurrentId(id);
    edit(Section::Relations, id);
}

void BlueprintForm::add(Section section)
{
    edit(section, QString());
}

void BlueprintForm::edit(Section section, const QString &id)
{
    if (m_blueprint.isEmpty())
        return;
    const ModelDraft &draft = m_document.draft();
    const QString blueprint = m_blueprint;
    const auto put = [this, blueprint, section](const QString &previous, const QString &to, const QJsonObject &definition) {
        apply(previous.isEmpty() ? tr("Add %1 %2").arg(sectionName(section), to) : tr("Edit %1 %2").arg(sectionName(section), to),
              [=](ModelDraft &d) { return formedits::putDefinition(d, blueprint, section, previous, to, definition); });
        m_lists.value(section)->setCurrentId(to);
    };
    switch (section) {
    case Section::Properties:
        editProperty(id);
        return;
    case Section::Relations: {
        auto *dialog = opened(new RelationDialog(draft, blueprint, id, this));
        connect(dialog, &QDialog::accepted, this, [dialog, put] { put(dialog->previousId(), dialog->id(), dialog->definition()); });
        return;
    }
    case Section::Mirrors: {
        auto *dialog = opened(new MirrorDialog(draft, blueprint, id, this));
        connect(dialog, &QDialog::accepted, this, [dialog, put] { put(dialog->previousId(), dialog->id(), dialog->definition()); });
        return;
    }
    case Section::Calculations: {
        auto *dialog = opened(new CalculationDialog(draft, m_lane, blueprint, id, this));
        connect(dialog, &QDialog::accepted, this, [dialog, put] { put(dialog->previousId(), dialog->id(), dialog->definition()); });
        return;
    }
    case Section::Aggregations: {
        auto *dialog = opened(new AggregationDialog(draft, blueprint, id, this));
        connect(dialog, &QDialog::accepted, this, [dialog, put] { put(dialog->previousId(), dialog->id(), dialog->definition()); });
        return;
    }
    }
}

void BlueprintForm::editProperty(const QString &id)
{
    auto *dialog = opened(new PropertyDialog(m_document.draft(), m_blueprint, id, this));
    const QString blueprint = m_blueprint;
    connect(dialog, &QDialog::accepted, this, [this, dialog, blueprint] {
        const PropertyChange change{blueprint, dialog->previousId(), dialog->id(), dialog->schema(), dialog->isRequired()};
        if (!dialog->needsConversion()) {
            applyProperty(change);
            return;
        }
        // Stored values change shape: the conversion dialog asks how, previews it, and applies.
        auto *conversion = opened(new TypeChangeDialog(m_document, m_lane, change, this));
        connect(conversion, &QDialog::accepted, this, [this, change] { m_lists.value(Section::Properties)->setCurrentId(change.id); });
    });
}

void BlueprintForm::applyProperty(const PropertyChange &change)
{
    apply(change.previous.isEmpty() ? tr("Add property %1").arg(change.id) : tr("Edit property %1").arg(change.id),
          [change](ModelDraft &d) {
              return formedits::putProperty(d, change.blueprint, change.previous, change.id, change.schema, change.required);
          });
    m_lists.value(Section::Properties)->setCurrentId(change.id);
}

void BlueprintForm::rename(Section section, const QString &id)
{
    if (m_blueprint.isEmpty() || id.isEmpty())
        return;
    const QString blueprint = m_blueprint;
    const QJsonObject json = m_document.draft().json(blueprint);
    const bool carries = section == Section::Properties || section == Section::Relations;
    const QString hint = carries ? tr("Stored values move to the new identifier; mirrors, calculations and aggregations that use it follow.")
                                 : QString();
    auto *dialog = opened(new FormRenameDialog(sectionName(section) + u' ' + id, id,
                                               [json, id](const QString &to) { return formedits::checkNewId(json, to, id); }, hint, this));
    connect(dialog, &QDialog::accepted, this, [this, dialog, blueprint, section, id] {
        const QString to = dialog->identifier();
        apply(tr("Rename %1 %2 to %3").arg(sectionName(section), id, to),
              [=](ModelDraft &d) { return formedits::rename(d, blueprint, section, id, to); });
        m_lists.value(section)->setCurrentId(to);
    });
}

void BlueprintForm::remove(Section section, const QString &id)
{
    if (m_blueprint.isEmpty() || id.isEmpty())
        return;
    const QString blueprint = m_blueprint;
    apply(tr("Remove %1 %2").arg(sectionName(section), id), [=](ModelDraft &d) { return formedits::remove(d, blueprint, section, id); });
}

} // namespace portolan
