#include "actioneditorgeneral.h"

#include "actioneditordocument.h"
#include "actioneditorjsonbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QStringList triggerKey(const QString &key)
{
    return {u"trigger"_s, key};
}
} // namespace

ActionEditorGeneral::ActionEditorGeneral(ActionEditorDocument &document, QWidget *parent)
    : ActionEditorSection(document, tr("Action"), parent)
    , m_identifier(new QLineEdit)
    , m_title(new QLineEdit)
    , m_icon(new QComboBox)
    , m_description(new QLineEdit)
    , m_operation(new QComboBox)
    , m_blueprint(new QComboBox)
    , m_condition(new ActionEditorJsonBox(tr("Empty: every entity of the blueprint. Else Port search rules, e.g.\n"
                                 "{\"combinator\": \"and\", \"rules\": [{\"property\": \"ttl\", \"operator\": \"isNotEmpty\"}]}"),
                              4))
{
    m_title->setPlaceholderText(tr("What the button says, e.g. Deploy a service"));
    m_description->setPlaceholderText(tr("Optional: what running it does"));
    m_icon->setEditable(true);
    m_icon->setInsertPolicy(QComboBox::NoInsert);
    m_icon->addItems({QString(), u"Microservice"_s, u"Deployment"_s, u"Environment"_s, u"Cloud"_s, u"Clock"_s,
                      u"Lock"_s, u"Unlock"_s, u"Team"_s, u"User"_s, u"Git"_s, u"Github"_s, u"GitLab"_s, u"Rocket"_s,
                      u"Terraform"_s, u"Kubernetes"_s, u"Alert"_s, u"Trash"_s, u"Package"_s, u"Database"_s});
    m_icon->lineEdit()->setPlaceholderText(tr("A Port icon name, e.g. Rocket"));
    m_operation->addItem(tr("CREATE — on the blueprint's page, makes an entity"), u"CREATE"_s);
    m_operation->addItem(tr("DAY-2 — on an entity, changes it"), u"DAY-2"_s);
    m_operation->addItem(tr("DELETE — on an entity, removes it"), u"DELETE"_s);
    m_blueprint->addItem(tr("No blueprint"), QString());
    for (const Blueprint &bp : document.blueprintList())
        m_blueprint->addItem(bp.title.isEmpty() ? bp.identifier : u"%1  (%2)"_s.arg(bp.title, bp.identifier), bp.identifier);

    QFormLayout *form = addForm();
    addField(form, tr("&Title"), m_title, {u"$.title"_s});
    addField(form, tr("&Identifier"), m_identifier, {u"$.identifier"_s});
    addField(form, tr("Ico&n"), m_icon, {u"$.icon"_s});
    addField(form, tr("&Description"), m_description, {u"$.description"_s});
    addField(form, tr("&Operation"), m_operation, {u"$.trigger"_s, u"$.trigger.type"_s, u"$.trigger.operation"_s});
    addField(form, tr("&Blueprint"), m_blueprint, {u"$.trigger.blueprintIdentifier"_s});
    addField(form, tr("Con&dition"), m_condition, {u"$.trigger.condition"_s},
             tr("Which entities show this action (Port search rules)."));
    if (document.isStored()) {
        m_identifier->setReadOnly(true);
        setHint(m_identifier, tr("Stored actions keep their identifier; duplicate one to make a new action."));
    }
    m_identifierTouched = document.isStored() || !document.json().value("identifier"_L1).toString().isEmpty();

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_identifierTouched) {
            m_identifier->setText(suggestIdentifier(text));
            QJsonObject json = setAt(this->document().json(), {u"title"_s}, text);
            json = setAt(json, {u"identifier"_s}, m_identifier->text());
            this->document().edit(tr("Edit title"), json, this->document().sessionKey(1));
            return;
        }
        set(tr("Edit title"), {u"title"_s}, text, m_title);
    });
    connect(m_identifier, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_identifierTouched = true;
        set(tr("Edit identifier"), {u"identifier"_s}, text.trimmed(), m_identifier);
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        set(tr("Edit description"), {u"description"_s}, text.isEmpty() ? QJsonValue() : QJsonValue(text), m_description);
    });
    connect(m_icon, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        set(tr("Edit icon"), {u"icon"_s}, text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed()), m_icon);
    });
    connect(m_operation, &QComboBox::activated, this, [this] {
        QJsonObject json = setAt(this->document().json(), triggerKey(u"operation"_s), m_operation->currentData().toString());
        json = setAt(json, triggerKey(u"type"_s), u"self-service"_s);
        this->document().edit(tr("Change operation"), json);
    });
    connect(m_blueprint, &QComboBox::activated, this, [this] {
        const QString bp = m_blueprint->currentData().toString();
        set(tr("Change blueprint"), triggerKey(u"blueprintIdentifier"_s), bp.isEmpty() ? QJsonValue() : QJsonValue(bp), m_blueprint);
    });
    connect(m_condition, &ActionEditorJsonBox::edited, this, &ActionEditorGeneral::conditionEdited);
}

QString ActionEditorGeneral::suggestIdentifier(const QString &title)
{
    QString id;
    for (const QChar c : title.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            id += c;
        else if ((c.isSpace() || c == u'_') && !id.isEmpty() && !id.endsWith(u'_'))
            id += u'_';
    }
    while (id.endsWith(u'_'))
        id.chop(1);
    return id;
}

void ActionEditorGeneral::conditionEdited()
{
    QString error;
    const QJsonValue value = m_condition->value(&error);
    setLocalProblem(m_condition, error);
    if (error.isEmpty())
        set(tr("Edit condition"), triggerKey(u"condition"_s), value, m_condition);
}

void ActionEditorGeneral::selectBlueprint(const QString &identifier)
{
    int index = m_blueprint->findData(identifier);
    if (index < 0) {
        // Named in the JSON but not in the portal: shown as it is, and the problem says so.
        m_blueprint->addItem(tr("%1  (not in this portal)").arg(identifier), identifier);
        index = m_blueprint->count() - 1;
    }
    m_blueprint->setCurrentIndex(index);
}

void ActionEditorGeneral::load(const QJsonObject &action)
{
    setLoading(true);
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        edit->setText(text);
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    };
    show(m_identifier, action.value("identifier"_L1).toString());
    show(m_title, action.value("title"_L1).toString());
    show(m_description, action.value("description"_L1).toString());
    if (m_icon->currentText() != action.value("icon"_L1).toString())
        m_icon->setCurrentText(action.value("icon"_L1).toString());
    const QJsonObject trigger = action.value("trigger"_L1).toObject();
    const QString operation = trigger.value("operation"_L1).toString().toUpper();
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(operation)));
    selectBlueprint(trigger.value("blueprintIdentifier"_L1).toString());
    m_condition->setValue(trigger.value("condition"_L1));
    QString conditionError;
    m_condition->value(&conditionError);
    setLocalProblem(m_condition, conditionError);
    setFieldVisible(m_condition, operation != "CREATE"_L1 || trigger.contains("condition"_L1));
    setLoading(false);
}

} // namespace portolan
