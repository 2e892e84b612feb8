#include "relationdialog.h"

#include "design/modeldraft.h"
#include "formedits.h"
#include "formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

RelationDialog::RelationDialog(const ModelDraft &draft, const QString &blueprint, const QString &relation, QWidget *parent)
    : FormDialog(parent)
    , m_previous(relation)
    , m_original(formedits::definitions(draft.json(blueprint), formedits::Section::Relations).value(relation).toObject())
    , m_blueprintJson(draft.json(blueprint))
    , m_stored(!relation.isEmpty() && draft.baseJson(blueprint).value("relations"_L1).toObject().contains(relation))
    , m_title(new QLineEdit)
    , m_id(new QLineEdit)
    , m_target(new QComboBox)
    , m_many(new QCheckBox(tr("An entity relates to any number of targets")))
    , m_required(new QCheckBox(tr("Every entity must name a target")))
    , m_description(new QLineEdit)
{
    const QString bpTitle = m_blueprintJson.value("title"_L1).toString(blueprint);
    setWindowTitle(relation.isEmpty() ? tr("New relation of %1").arg(bpTitle) : tr("Relation %1 of %2").arg(relation, bpTitle));
    setMinimumWidth(520);
    for (const QString &id : draft.identifiers()) {
        const QString title = draft.json(id).value("title"_L1).toString();
        m_target->addItem(title.isEmpty() || title == id ? id : u"%1  (%2)"_s.arg(title, id), id);
    }
    m_title->setPlaceholderText(tr("Shown as the column and field name"));
    m_description->setPlaceholderText(tr("Optional"));

    QFormLayout *form = addSection(tr("Relation"));
    addField(form, tr("&Title"), m_title);
    addField(form, tr("&Identifier"), m_id);
    addField(form, tr("T&arget"), m_target);
    addField(form, tr("&Many"), m_many);
    addField(form, tr("Re&quired"), m_required);
    addField(form, tr("&Description"), m_description);

    m_title->setText(m_original.value("title"_L1).toString());
    m_id->setText(relation);
    formfields::select(m_target, m_original.value("target"_L1).toString());
    m_many->setChecked(m_original.value("many"_L1).toBool());
    m_required->setChecked(m_original.value("required"_L1).toBool());
    m_description->setText(m_original.value("description"_L1).toString());
    m_idTouched = !relation.isEmpty();

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idTouched)
            m_id->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    connect(m_id, &QLineEdit::textChanged, this, &RelationDialog::revalidate);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        // A new relation is named after its target until the user names it.
        if (m_previous.isEmpty() && m_title->text().isEmpty() && !m_idTouched)
            m_id->setText(formedits::suggestId(m_target->currentData().toString()));
        revalidate();
    });
    connect(m_many, &QCheckBox::toggled, this, &RelationDialog::revalidate);
    connect(m_required, &QCheckBox::toggled, this, &RelationDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &RelationDialog::revalidate);
    if (relation.isEmpty() && m_target->count() > 0)
        m_id->setText(formedits::suggestId(m_target->currentData().toString()));
    revalidate();
    m_title->setFocus();
}

QString RelationDialog::id() const
{
    return m_id->text().trimmed();
}

QJsonObject RelationDialog::definition() const
{
    QJsonObject d = m_original;
    d.insert(u"title"_s, m_title->text().trimmed().isEmpty() ? m_target->currentData().toString() : m_title->text().trimmed());
    d.insert(u"target"_s, m_target->currentData().toString());
    d.insert(u"many"_s, m_many->isChecked());
    d.insert(u"required"_s, m_required->isChecked());
    if (m_description->text().trimmed().isEmpty())
        d.remove(u"description"_s);
    else
        d.insert(u"description"_s, m_description->text().trimmed());
    return d;
}

void RelationDialog::validate()
{
    setProblem(m_id, formedits::checkNewId(m_blueprintJson, id(), m_previous));
    if (m_target->currentIndex() < 0)
        setProblem(m_target, tr("the portal has no blueprint to relate to"));
    if (m_many->isChecked() && m_required->isChecked())
        setProblem(m_required, tr("a relation to many entities cannot be required (Port's rule)"));
    const bool retargeted = m_stored && m_original.value("target"_L1).toString() != m_target->currentData().toString();
    setHint(m_target, retargeted ? tr("The stored targets are %1 entities: they are dropped when the draft is applied.")
                                       .arg(m_original.value("target"_L1).toString())
                                 : QString());
    setHint(m_id, m_stored && id() != m_previous ? tr("Stored targets move to the new identifier.") : QString());
    const bool becameOne = m_stored && m_original.value("many"_L1).toBool() && !m_many->isChecked();
    setHint(m_many, becameOne ? tr("Entities with more than one target will fail validation; the impact preview lists them.")
                              : QString());
}

} // namespace portolan
