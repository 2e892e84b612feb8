#include "newblueprintdialog.h"

#include "designdocument.h"
#include "formedits.h"
#include "formfields.h"
#include "schema/identifiers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

NewBlueprintDialog::NewBlueprintDialog(DesignDocument &document, QWidget *parent)
    : FormDialog(parent)
    , m_document(document)
    , m_title(new QLineEdit)
    , m_identifier(new QLineEdit)
    , m_icon(formfields::iconBox(document.draft()))
    , m_description(new QLineEdit)
{
    setWindowTitle(tr("New blueprint"));
    setMinimumWidth(520);
    m_title->setPlaceholderText(tr("e.g. Service"));
    m_identifier->setPlaceholderText(tr("e.g. service"));
    m_description->setPlaceholderText(tr("Optional: what one entity of it is"));
    QFormLayout *form = addSection(tr("Blueprint"));
    addField(form, tr("&Title"), m_title);
    addField(form, tr("&Identifier"), m_identifier, tr("Entities refer to it by this name; it cannot change once applied."));
    addField(form, tr("Ico&n"), m_icon);
    addField(form, tr("&Description"), m_description);

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_identifierTouched)
            m_identifier->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_identifier, &QLineEdit::textEdited, this, [this] { m_identifierTouched = true; });
    connect(m_identifier, &QLineEdit::textChanged, this, &NewBlueprintDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &NewBlueprintDialog::revalidate);
    revalidate();
    m_title->setFocus();
}

QString NewBlueprintDialog::identifier() const
{
    return m_identifier->text().trimmed();
}

QJsonObject NewBlueprintDialog::json() const
{
    // Port's full shape, sections empty: the JSON view shows where things go.
    QJsonObject json{{u"identifier"_s, identifier()},
                     {u"title"_s, m_title->text().trimmed().isEmpty() ? identifier() : m_title->text().trimmed()},
                     {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject()}, {u"required"_s, QJsonArray()}}},
                     {u"relations"_s, QJsonObject()},
                     {u"mirrorProperties"_s, QJsonObject()},
                     {u"calculationProperties"_s, QJsonObject()},
                     {u"aggregationProperties"_s, QJsonObject()}};
    if (!formfields::current(m_icon).isEmpty())
        json.insert(u"icon"_s, formfields::current(m_icon));
    if (!m_description->text().trimmed().isEmpty())
        json.insert(u"description"_s, m_description->text().trimmed());
    return json;
}

void NewBlueprintDialog::validate()
{
    const QString id = identifier();
    QString problem = identifiers::checkBlueprint(id);
    if (problem.isEmpty() && m_document.draft().contains(id))
        problem = tr("there is already a blueprint \"%1\"").arg(id);
    else if (problem.isEmpty() && m_document.draft().isStored(id))
        problem = tr("\"%1\" is deleted in this draft: apply first, or undo the deletion").arg(id);
    setProblem(m_identifier, problem);
    if (m_title->text().size() > 100)
        setProblem(m_title, tr("at most 100 characters"));
    if (m_description->text().size() > 200)
        setProblem(m_description, tr("at most 200 characters"));
}

bool NewBlueprintDialog::commit()
{
    const QJsonObject blueprint = json();
    const QString refusal = m_document.edit(tr("Create blueprint %1").arg(identifier()),
                                            [blueprint](ModelDraft &draft) { return draft.createBlueprint(blueprint); });
    if (!refusal.isEmpty()) {
        setGeneralProblem(refusal);
        return false;
    }
    m_document.select(identifier());
    return true;
}

} // namespace portolan
