#include "actioneditorbackend.h"

#include "actioneditordocument.h"
#include "actioneditorjsonbox.h"
#include "actioneditorpairs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QStringList methodKey(const QString &key)
{
    return {u"invocationMethod"_s, key};
}
QString methodPath(const QString &key)
{
    return u"$.invocationMethod."_s + key;
}
} // namespace

ActionEditorBackend::ActionEditorBackend(ActionEditorDocument &document, QWidget *parent)
    : ActionEditorSection(document, tr("Backend"), parent)
    , m_type(new QComboBox)
    , m_url(new QLineEdit)
    , m_method(new QComboBox)
    , m_headers(new ActionEditorPairs(tr("Header"), tr("Value (may use {{ jq }})")))
    , m_body(new ActionEditorJsonBox(tr("Empty: Port's default payload. Else a JSON template, e.g.\n"
                            "{\"service\": \"{{ .entity.identifier }}\", \"version\": \"{{ .inputs.version }}\"}"),
                         5))
    , m_timeout(new QLineEdit)
    , m_blueprint(new QComboBox)
    , m_mapping(new ActionEditorJsonBox(tr("jq per field, e.g. {\"identifier\": \".inputs.name\", \"properties\": {\"region\": \".inputs.region\"}}"), 7))
    , m_entity(new QLineEdit)
    , m_org(new QLineEdit)
    , m_repo(new QLineEdit)
    , m_workflow(new QLineEdit)
    , m_workflowInputs(new ActionEditorJsonBox(tr("Empty: none. Else {\"name\": \"{{ .inputs.name }}\"} (at most 10)"), 3))
    , m_reportStatus(new QCheckBox(tr("Report the workflow's status back to the run")))
    , m_project(new QLineEdit)
    , m_ref(new QLineEdit)
    , m_variables(new ActionEditorJsonBox(tr("Empty: none. Else {\"VARIABLE\": \"{{ .inputs.value }}\"}"), 3))
{
    m_type->addItem(tr("Webhook — an HTTP request to your backend"), u"WEBHOOK"_s);
    m_type->addItem(tr("Upsert entity — Portolan writes an entity (jq mapping)"), u"UPSERT_ENTITY"_s);
    m_type->addItem(tr("Delete entity — Portolan deletes an entity"), u"DELETE_ENTITY"_s);
    m_type->addItem(tr("GitHub workflow dispatch"), u"GITHUB"_s);
    m_type->addItem(tr("GitLab pipeline trigger"), u"GITLAB"_s);
    m_method->addItems({u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"GET"_s});
    for (const Blueprint &bp : document.blueprintList())
        m_blueprint->addItem(bp.title.isEmpty() ? bp.identifier : u"%1  (%2)"_s.arg(bp.title, bp.identifier), bp.identifier);
    m_url->setPlaceholderText(tr("https://backend.example.com/hooks/deploy"));
    m_timeout->setPlaceholderText(tr("Default"));
    m_entity->setPlaceholderText(tr(".entity.identifier"));
    m_org->setPlaceholderText(tr("GitHub organisation"));
    m_repo->setPlaceholderText(tr("Repository name"));
    m_workflow->setPlaceholderText(tr("deploy.yml"));
    m_project->setPlaceholderText(tr("group/project or a numeric id"));
    m_ref->setPlaceholderText(tr("main"));

    QFormLayout *form = addForm();
    addField(form, tr("T&ype"), m_type, {u"$.invocationMethod"_s, methodPath(u"type"_s)});
    addField(form, tr("&URL"), m_url, {methodPath(u"url"_s)});
    addField(form, tr("&Method"), m_method, {methodPath(u"method"_s)});
    addField(form, tr("&Headers"), m_headers, {methodPath(u"headers"_s)});
    addField(form, tr("Bod&y"), m_body, {methodPath(u"body"_s)}, tr("{{ jq }} over .inputs, .entity, .trigger and .run"));
    addField(form, tr("Timeout (s)"), m_timeout, {methodPath(u"timeoutSeconds"_s)});
    addField(form, tr("&Blueprint"), m_blueprint, {methodPath(u"blueprintIdentifier"_s)});
    addField(form, tr("Ma&pping"), m_mapping, {methodPath(u"mapping"_s)}, tr("jq over .inputs, .entity and .trigger"));
    addField(form, tr("Entity (jq)"), m_entity, {methodPath(u"identifier"_s)});
    addField(form, tr("Organisation"), m_org, {methodPath(u"org"_s)});
    addField(form, tr("Repository"), m_repo, {methodPath(u"repo"_s)});
    addField(form, tr("&Workflow"), m_workflow, {methodPath(u"workflow"_s)});
    addField(form, tr("Workflow inputs"), m_workflowInputs, {methodPath(u"workflowInputs"_s)});
    addField(form, tr("Status"), m_reportStatus, {methodPath(u"reportWorkflowStatus"_s)});
    addField(form, tr("Project"), m_project, {methodPath(u"projectName"_s), methodPath(u"projectId"_s)});
    addField(form, tr("Ref"), m_ref, {methodPath(u"defaultRef"_s)});
    addField(form, tr("Variables"), m_variables, {methodPath(u"pipelineVariables"_s)});

    connect(m_type, &QComboBox::activated, this, &ActionEditorBackend::typeChosen);
    connect(m_method, &QComboBox::activated, this, [this] {
        set(tr("Change method"), methodKey(u"method"_s), m_method->currentText(), m_method);
    });
    connect(m_blueprint, &QComboBox::activated, this, [this] {
        set(tr("Change blueprint"), methodKey(u"blueprintIdentifier"_s), m_blueprint->currentData().toString(), m_blueprint);
    });
    connect(m_headers, &ActionEditorPairs::edited, this, [this] {
        setLocalProblem(m_headers, m_headers->problem());
        if (m_headers->problem().isEmpty())
            set(tr("Edit headers"), methodKey(u"headers"_s),
                m_headers->values().isEmpty() ? QJsonValue() : QJsonValue(m_headers->values()), m_headers);
    });
    connect(m_reportStatus, &QCheckBox::toggled, this, [this](bool on) {
        set(tr("Report workflow status"), methodKey(u"reportWorkflowStatus"_s), on, m_reportStatus);
    });
    connect(m_timeout, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const double seconds = text.trimmed().toDouble(&ok);
        setLocalProblem(m_timeout, text.trimmed().isEmpty() || ok ? QString() : tr("\"%1\" is not a number").arg(text.trimmed()));
        if (text.trimmed().isEmpty() || ok)
            set(tr("Edit timeout"), methodKey(u"timeoutSeconds"_s), text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(seconds), m_timeout);
    });
    for (const auto &[edit, key] : {std::pair{m_url, u"url"_s}, {m_entity, u"identifier"_s}, {m_org, u"org"_s}, {m_repo, u"repo"_s},
                                    {m_workflow, u"workflow"_s}, {m_project, u"projectName"_s}, {m_ref, u"defaultRef"_s}})
        connect(edit, &QLineEdit::textEdited, this, [this, edit, key] { textEdited(edit, key); });
    for (const auto &[box, key] : {std::pair{m_body, u"body"_s}, {m_mapping, u"mapping"_s}, {m_workflowInputs, u"workflowInputs"_s},
                                   {m_variables, u"pipelineVariables"_s}})
        connect(box, &ActionEditorJsonBox::edited, this, [this, box, key] { jsonEdited(box, key); });
}

void ActionEditorBackend::textEdited(QLineEdit *edit, const QString &key)
{
    const QString text = edit->text().trimmed();
    set(tr("Edit %1").arg(key), methodKey(key), text.isEmpty() ? QJsonValue() : QJsonValue(text), edit);
}

void ActionEditorBackend::jsonEdited(ActionEditorJsonBox *box, const QString &key)
{
    QString error;
    const QJsonValue value = box->value(&error);
    setLocalProblem(box, error);
    if (error.isEmpty())
        set(tr("Edit %1").arg(key), methodKey(key), value, box);
}

void ActionEditorBackend::typeChosen()
{
    // A new type starts from its own fields: the old ones would only confuse the backend (undo
    // brings them back).
    const QString type = m_type->currentData().toString();
    const QJsonObject before = document().json().value("invocationMethod"_L1).toObject();
    if (before.value("type"_L1).toString().toUpper() == type)
        return;
    QJsonObject method{{u"type"_s, type}};
    if (type == "WEBHOOK"_L1)
        method.insert(u"method"_s, u"POST"_s);
    if (type == "UPSERT_ENTITY"_L1 || type == "DELETE_ENTITY"_L1) {
        const QString bp = document().json().value("trigger"_L1).toObject().value("blueprintIdentifier"_L1).toString();
        if (!bp.isEmpty())
            method.insert(u"blueprintIdentifier"_s, bp);
        if (type == "UPSERT_ENTITY"_L1)
            method.insert(u"mapping"_s, QJsonObject{{u"identifier"_s, u".inputs.name"_s}});
        else
            method.insert(u"identifier"_s, u".entity.identifier"_s);
    }
    document().edit(tr("Change backend"), setAt(document().json(), {u"invocationMethod"_s}, method));
}

void ActionEditorBackend::showFields(const QString &type)
{
    const bool webhook = type == "WEBHOOK"_L1;
    const bool upsert = type == "UPSERT_ENTITY"_L1;
    const bool remove = type == "DELETE_ENTITY"_L1;
    const bool github = type == "GITHUB"_L1;
    const bool gitlab = type == "GITLAB"_L1;
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_headers),
                       static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_timeout)})
        setFieldVisible(w, webhook);
    setFieldVisible(m_blueprint, upsert || remove);
    setFieldVisible(m_mapping, upsert);
    setFieldVisible(m_entity, remove);
    for (QWidget *w : {static_cast<QWidget *>(m_org), static_cast<QWidget *>(m_repo), static_cast<QWidget *>(m_workflow),
                       static_cast<QWidget *>(m_workflowInputs), static_cast<QWidget *>(m_reportStatus)})
        setFieldVisible(w, github);
    for (QWidget *w : {static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_ref), static_cast<QWidget *>(m_variables)})
        setFieldVisible(w, gitlab);
}

void ActionEditorBackend::load(const QJsonObject &action)
{
    setLoading(true);
    const QJsonObject method = action.value("invocationMethod"_L1).toObject();
    const QString type = method.value("type"_L1).toString().toUpper();
    int index = m_type->findData(type);
    if (index < 0 && !type.isEmpty()) {
        m_type->addItem(tr("%1 (unknown)").arg(type), type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(std::max(0, index));
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text().trimmed() != text)
            edit->setText(text);
    };
    show(m_url, method.value("url"_L1).toString());
    m_method->setCurrentIndex(std::max(0, m_method->findText(method.value("method"_L1).toString(u"POST"_s).toUpper())));
    m_headers->setValues(method.value("headers"_L1).toObject());
    m_body->setValue(method.value("body"_L1));
    const QJsonValue timeout = method.value("timeoutSeconds"_L1);
    if (!m_timeout->hasFocus())
        show(m_timeout, timeout.isDouble() ? QString::number(timeout.toDouble()) : timeout.toString());
    const QString bp = method.value("blueprintIdentifier"_L1).toString();
    if (!bp.isEmpty() && m_blueprint->findData(bp) < 0)
        m_blueprint->addItem(tr("%1  (not in this portal)").arg(bp), bp);
    m_blueprint->setCurrentIndex(bp.isEmpty() ? -1 : m_blueprint->findData(bp));
    m_mapping->setValue(method.value("mapping"_L1));
    show(m_entity, method.value("identifier"_L1).toString());
    show(m_org, method.value("org"_L1).toString());
    show(m_repo, method.value("repo"_L1).toString());
    show(m_workflow, method.value("workflow"_L1).toString());
    m_workflowInputs->setValue(method.value("workflowInputs"_L1));
    m_reportStatus->setChecked(method.value("reportWorkflowStatus"_L1).toBool());
    show(m_project, method.value("projectName"_L1).toString(method.value("projectId"_L1).toString()));
    show(m_ref, method.value("defaultRef"_L1).toString());
    m_variables->setValue(method.value("pipelineVariables"_L1));
    // What the boxes show now is what the JSON holds: their own problems are over.
    for (ActionEditorJsonBox *box : {m_body, m_mapping, m_workflowInputs, m_variables}) {
        QString error;
        box->value(&error);
        setLocalProblem(box, error);
    }
    setLocalProblem(m_headers, m_headers->problem());
    showFields(type.isEmpty() ? u"WEBHOOK"_s : type);
    setLoading(false);
}

} // namespace portolan
