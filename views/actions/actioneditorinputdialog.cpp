#include "actioneditorinputdialog.h"

#include "actions/userinputs.h"
#include "designer/enumeditor.h"
#include "designer/formstyle.h"
#include "actioneditorjsonbox.h"
#include "schema/identifiers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The formats an input of type string can have, by name for people.
const QList<std::pair<QString, const char *>> &stringFormats()
{
    static const QList<std::pair<QString, const char *>> formats{
        {QString(), QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Single line of text")},
        {u"multi-line"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Multi-line text")},
        {u"markdown"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Markdown")},
        {u"yaml"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "YAML")},
        {u"url"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "URL")},
        {u"email"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "E-mail address")},
        {u"date-time"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Date and time")},
        {u"user"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "User")},
        {u"team"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Team")},
        {u"entity"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Entity (picker)")},
        {u"ipv4"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "IPv4 address")},
        {u"ipv6"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "IPv6 address")},
        {u"secret"_s, QT_TRANSLATE_NOOP("portolan::ActionEditorInputDialog", "Secret (masked, never stored in clear)")},
    };
    return formats;
}

void setOrRemove(QJsonObject &json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        json.remove(key);
    else
        json.insert(key, value);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

QString jqOf(const QJsonValue &value)
{
    return Dynamic::isJqObject(value) ? value.toObject().value("jqQuery"_L1).toString() : QString();
}

QJsonValue jqOrUndefined(const QLineEdit *edit)
{
    const QString jq = edit->text().trimmed();
    return jq.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonObject{{u"jqQuery"_s, jq}});
}

} // namespace

ActionEditorInputDialog::ActionEditorInputDialog(const QJsonObject &userInputs, const QString &key, const QList<Blueprint> &blueprints,
                                     QWidget *parent)
    : FormDialog(parent)
    , m_userInputs(userInputs)
    , m_previous(key)
    , m_original(userInputs.value("properties"_L1).toObject().value(key).toObject())
    , m_title(new QLineEdit)
    , m_key(new QLineEdit)
    , m_description(new QLineEdit)
    , m_type(new QComboBox)
    , m_format(new QComboBox)
    , m_itemType(new QComboBox)
    , m_entityBlueprint(new QComboBox)
    , m_dataset(new ActionEditorJsonBox(tr("Empty: every entity. Else rules, e.g. {\"combinator\": \"and\", \"rules\": […]}"), 3))
    , m_enum(new EnumEditor)
    , m_defaultRow(new QWidget)
    , m_default(new QLineEdit)
    , m_defaultJq(new QCheckBox(tr("jq")))
    , m_minLength(new QLineEdit)
    , m_maxLength(new QLineEdit)
    , m_pattern(new QLineEdit)
    , m_minimum(new QLineEdit)
    , m_maximum(new QLineEdit)
    , m_minItems(new QLineEdit)
    , m_maxItems(new QLineEdit)
    , m_unique(new QCheckBox(tr("Every item different")))
    , m_required(new QCheckBox(tr("The form cannot be sent without it")))
    , m_visible(new QLineEdit)
    , m_disabled(new QLineEdit)
{
    setWindowTitle(key.isEmpty() ? tr("New input") : tr("Input %1").arg(key));
    setMinimumWidth(600);
    for (const auto &[type, title] : {std::pair{u"string"_s, tr("Text")}, {u"number"_s, tr("Number")}, {u"integer"_s, tr("Whole number")},
                                      {u"boolean"_s, tr("Yes / no")}, {u"object"_s, tr("Object (JSON)")}, {u"array"_s, tr("List")}})
        m_type->addItem(title, type);
    for (const auto &[type, title] : {std::pair{u"string"_s, tr("Text")}, {u"number"_s, tr("Number")}, {u"object"_s, tr("Object (JSON)")}})
        m_itemType->addItem(title, type);
    for (const auto &[format, title] : stringFormats())
        m_format->addItem(tr(title), format);
    for (const Blueprint &bp : blueprints)
        m_entityBlueprint->addItem(bp.title.isEmpty() ? bp.identifier : u"%1  (%2)"_s.arg(bp.title, bp.identifier), bp.identifier);
    auto *defaultLayout = new QHBoxLayout(m_defaultRow);
    defaultLayout->setContentsMargins(0, 0, 0, 0);
    defaultLayout->addWidget(m_default, 1);
    defaultLayout->addWidget(m_defaultJq);
    m_defaultJq->setToolTip(tr("Computed with jq over .form, .entity and .user"));
    m_title->setPlaceholderText(tr("The field's label in the form"));
    m_description->setPlaceholderText(tr("Optional: help shown under the field"));
    m_pattern->setPlaceholderText(tr("A regular expression, e.g. ^[a-z][a-z0-9-]+$"));
    for (QLineEdit *edit : {m_minLength, m_maxLength, m_minimum, m_maximum, m_minItems, m_maxItems})
        edit->setPlaceholderText(tr("No limit"));
    m_visible->setPlaceholderText(tr("Always; or jq, e.g. .form.region == \"eu\""));
    m_disabled->setPlaceholderText(tr("Never; or jq over .form, .entity, .user"));
    for (QWidget *code : {static_cast<QWidget *>(m_visible), static_cast<QWidget *>(m_disabled)})
        code->setFont(formstyle::monospace());

    QFormLayout *identity = addSection(tr("Input"));
    addField(identity, tr("&Title"), m_title);
    addField(identity, tr("&Key"), m_key, tr("How backends and jq read the value: .inputs.<key>"));
    addField(identity, tr("&Description"), m_description);
    QFormLayout *type = addSection(tr("Type"));
    addField(type, tr("T&ype"), m_type);
    addField(type, tr("Item type"), m_itemType);
    addField(type, tr("&Format"), m_format);
    addField(type, tr("Entity &blueprint"), m_entityBlueprint);
    addField(type, tr("Data&set"), m_dataset, tr("Which entities can be picked (search rules)."));
    QFormLayout *values = addSection(tr("Values"));
    addField(values, tr("&Allowed values"), m_enum);
    addField(values, tr("D&efault"), m_defaultRow);
    addField(values, tr("Min length"), m_minLength);
    addField(values, tr("Max length"), m_maxLength);
    addField(values, tr("&Pattern"), m_pattern);
    addField(values, tr("Minimum"), m_minimum);
    addField(values, tr("Maximum"), m_maximum);
    addField(values, tr("Min items"), m_minItems);
    addField(values, tr("Max items"), m_maxItems);
    addField(values, tr("Unique"), m_unique);
    QFormLayout *behaviour = addSection(tr("Behaviour"));
    addField(behaviour, tr("Re&quired"), m_required);
    addField(behaviour, tr("&Visible when"), m_visible);
    addField(behaviour, tr("Disabled when"), m_disabled);

    fill(m_original);
    const QJsonValue required = userInputs.value("required"_L1);
    m_required->setChecked(required.toArray().contains(QJsonValue(key)));
    if (Dynamic::isJqObject(required)) {
        m_required->setEnabled(false);
        setHint(m_required, tr("The action's required inputs are computed with jq (in the form's Inputs section)."));
    }
    m_keyTouched = !key.isEmpty();

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_keyTouched) {
            QString id;
            bool upper = false;
            for (const QChar c : title.trimmed()) {
                if (c.isLetterOrNumber() && c.unicode() < 128) {
                    id += id.isEmpty() ? c.toLower() : upper ? c.toUpper() : c;
                    upper = false;
                } else {
                    upper = !id.isEmpty();
                }
            }
            m_key->setText(id);
        }
        revalidate();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTouched = true; });
    for (QLineEdit *edit : {m_key, m_description, m_default, m_minLength, m_maxLength, m_pattern, m_minimum, m_maximum,
                            m_minItems, m_maxItems, m_visible, m_disabled})
        connect(edit, &QLineEdit::textChanged, this, &ActionEditorInputDialog::revalidate);
    for (QComboBox *box : {m_type, m_format, m_itemType})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionEditorInputDialog::typeChosen);
    connect(m_entityBlueprint, &QComboBox::currentIndexChanged, this, &ActionEditorInputDialog::revalidate);
    connect(m_dataset, &ActionEditorJsonBox::edited, this, &ActionEditorInputDialog::revalidate);
    for (QCheckBox *box : {m_defaultJq, m_unique, m_required})
        connect(box, &QCheckBox::toggled, this, &ActionEditorInputDialog::revalidate);
    connect(m_enum, &EnumEditor::changed, this, &ActionEditorInputDialog::revalidate);
    connect(m_enum, &EnumEditor::rowsChanged, this, [this] { updateTabOrder(); });
    typeChosen();
    m_title->setFocus();
}

void ActionEditorInputDialog::fill(const QJsonObject &def)
{
    m_title->setText(def.value("title"_L1).toString());
    m_key->setText(m_previous);
    m_description->setText(def.value("description"_L1).toString());
    m_type->setCurrentIndex(std::max(0, m_type->findData(def.value("type"_L1).toString(u"string"_s))));
    const QJsonObject items = def.value("items"_L1).toObject();
    const bool list = def.value("type"_L1).toString() == "array"_L1;
    const QJsonObject holder = list ? items : def;
    m_itemType->setCurrentIndex(std::max(0, m_itemType->findData(items.value("type"_L1).toString(u"string"_s))));
    const QString format = def.contains("encryption"_L1) ? u"secret"_s : holder.value("format"_L1).toString();
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    const QString blueprint = holder.value("blueprint"_L1).toString();
    if (!blueprint.isEmpty() && m_entityBlueprint->findData(blueprint) < 0)
        m_entityBlueprint->addItem(tr("%1  (not in this portal)").arg(blueprint), blueprint);
    m_entityBlueprint->setCurrentIndex(std::max(0, m_entityBlueprint->findData(blueprint)));
    m_dataset->setValue(def.value("dataset"_L1));
    if (holder.value("enum"_L1).isArray()) {
        m_enum->setValueType(holder.value("type"_L1).toString() == "number"_L1 ? u"number"_s : u"string"_s);
        m_enum->setEnum(holder.value("enum"_L1).toArray(), holder.value("enumColors"_L1).toObject());
    }
    const QJsonValue defaultValue = def.value("default"_L1);
    m_defaultJq->setChecked(Dynamic::isJqObject(defaultValue));
    m_default->setText(Dynamic::isJqObject(defaultValue) ? jqOf(defaultValue) : valueText(defaultValue));
    const auto numberText = [&def](const char *key) { return valueText(def.value(QLatin1StringView(key))); };
    m_minLength->setText(numberText("minLength"));
    m_maxLength->setText(numberText("maxLength"));
    m_pattern->setText(def.value("pattern"_L1).toString());
    m_minimum->setText(numberText("minimum"));
    m_maximum->setText(numberText("maximum"));
    m_minItems->setText(numberText("minItems"));
    m_maxItems->setText(numberText("maxItems"));
    m_unique->setChecked(def.value("uniqueItems"_L1).toBool());
    m_visible->setText(jqOf(def.value("visible"_L1)));
    m_disabled->setText(jqOf(def.value("disabled"_L1)));
}

QList<QWidget *> ActionEditorInputDialog::tabStopsOf(QWidget *stop) const
{
    return stop == m_enum ? m_enum->tabStops() : FormDialog::tabStopsOf(stop);
}

QString ActionEditorInputDialog::effectiveType() const
{
    const QString type = m_type->currentData().toString();
    return type == "array"_L1 ? m_itemType->currentData().toString() : type;
}

QString ActionEditorInputDialog::effectiveFormat() const
{
    return effectiveType() == "string"_L1 ? m_format->currentData().toString() : QString();
}

void ActionEditorInputDialog::typeChosen()
{
    const QString type = m_type->currentData().toString();
    const QString inner = effectiveType();
    const bool list = type == "array"_L1;
    const bool text = inner == "string"_L1;
    const bool entity = effectiveFormat() == "entity"_L1;
    setFieldVisible(m_itemType, list);
    setFieldVisible(m_format, text);
    setFieldVisible(m_entityBlueprint, entity);
    setFieldVisible(m_dataset, entity);
    setFieldVisible(m_enum, (inner == "string"_L1 && !entity) || inner == "number"_L1);
    m_enum->setValueType(inner == "number"_L1 ? u"number"_s : u"string"_s);
    setFieldVisible(m_minLength, type == "string"_L1);
    setFieldVisible(m_maxLength, type == "string"_L1);
    setFieldVisible(m_pattern, type == "string"_L1);
    setFieldVisible(m_minimum, type == "number"_L1 || type == "integer"_L1);
    setFieldVisible(m_maximum, type == "number"_L1 || type == "integer"_L1);
    setFieldVisible(m_minItems, list);
    setFieldVisible(m_maxItems, list);
    setFieldVisible(m_unique, list);
    m_default->setPlaceholderText(type == "boolean"_L1 ? tr("No default; true or false")
                                  : list             ? tr("No default; a JSON list, e.g. [\"a\"]")
                                  : type == "object"_L1 ? tr("No default; a JSON object")
                                                        : tr("No default"));
    revalidate();
}

QString ActionEditorInputDialog::key() const
{
    return m_key->text().trimmed();
}

bool ActionEditorInputDialog::isRequired() const
{
    return m_required->isChecked();
}

QJsonValue ActionEditorInputDialog::number(QLineEdit *edit, QString *error) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty() || !edit->isVisibleTo(this))
        return QJsonValue::Undefined;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok && error)
        *error = tr("\"%1\" is not a number").arg(text);
    return ok ? QJsonValue(value) : QJsonValue::Undefined;
}

QJsonValue ActionEditorInputDialog::defaultValue(QString *error) const
{
    const QString text = m_default->text();
    if (text.trimmed().isEmpty())
        return QJsonValue::Undefined;
    if (m_defaultJq->isChecked())
        return QJsonObject{{u"jqQuery"_s, text.trimmed()}};
    const QString type = m_type->currentData().toString();
    if (type == "string"_L1)
        return text;
    if (type == "boolean"_L1) {
        if (text.trimmed() == "true"_L1 || text.trimmed() == "false"_L1)
            return text.trimmed() == "true"_L1;
        *error = tr("write true or false");
        return QJsonValue::Undefined;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *error = type == "number"_L1 || type == "integer"_L1 ? tr("\"%1\" is not a number").arg(text.trimmed())
                                                              : tr("not readable as JSON: %1").arg(parse.errorString());
        return QJsonValue::Undefined;
    }
    return doc.array().at(0);
}

QJsonObject ActionEditorInputDialog::definition() const
{
    QJsonObject def = m_original;
    const QString type = m_type->currentData().toString();
    const bool list = type == "array"_L1;
    const QString format = effectiveFormat();
    def.insert(u"type"_s, type);
    setOrRemove(def, u"title"_s, m_title->text().trimmed());
    setOrRemove(def, u"description"_s, m_description->text().trimmed());
    for (const char *key : {"format", "encryption", "enum", "enumColors", "blueprint", "items", "dataset", "minLength",
                            "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "default",
                            "visible", "disabled"})
        def.remove(QLatin1StringView(key));
    QJsonObject holder = list ? m_original.value("items"_L1).toObject() : QJsonObject();
    if (list) {
        holder.insert(u"type"_s, m_itemType->currentData().toString());
        for (const char *key : {"format", "enum", "enumColors", "blueprint"})
            holder.remove(QLatin1StringView(key));
    }
    QJsonObject &target = list ? holder : def;
    if (format == "secret"_L1 && !list)
        def.insert(u"encryption"_s, u"aes256-gcm"_s);
    else
        setOrRemove(target, u"format"_s, format);
    if (format == "entity"_L1) {
        setOrRemove(target, u"blueprint"_s, m_entityBlueprint->currentData().toString());
        setOrRemove(def, u"dataset"_s, m_dataset->value());
    } else if (m_enum->isVisibleTo(this) && m_enum->count() > 0) {
        target.insert(u"enum"_s, m_enum->values());
        if (!m_enum->colors().isEmpty())
            target.insert(u"enumColors"_s, m_enum->colors());
    }
    if (list)
        def.insert(u"items"_s, holder);
    QString ignored;
    setOrRemove(def, u"minLength"_s, number(m_minLength, &ignored));
    setOrRemove(def, u"maxLength"_s, number(m_maxLength, &ignored));
    if (m_pattern->isVisibleTo(this))
        setOrRemove(def, u"pattern"_s, m_pattern->text());
    setOrRemove(def, u"minimum"_s, number(m_minimum, &ignored));
    setOrRemove(def, u"maximum"_s, number(m_maximum, &ignored));
    setOrRemove(def, u"minItems"_s, number(m_minItems, &ignored));
    setOrRemove(def, u"maxItems"_s, number(m_maxItems, &ignored));
    if (list && m_unique->isChecked())
        def.insert(u"uniqueItems"_s, true);
    setOrRemove(def, u"default"_s, defaultValue(&ignored));
    setOrRemove(def, u"visible"_s, jqOrUndefined(m_visible));
    setOrRemove(def, u"disabled"_s, jqOrUndefined(m_disabled));
    return def;
}

void ActionEditorInputDialog::validate()
{
    const QString id = key();
    if (id.isEmpty())
        setProblem(m_key, tr("is empty"));
    else if (const QString reason = identifiers::checkField(id); !reason.isEmpty())
        setProblem(m_key, reason);
    else if (id != m_previous && m_userInputs.value("properties"_L1).toObject().contains(id))
        setProblem(m_key, tr("there is already an input \"%1\"").arg(id));
    for (QLineEdit *edit : {m_minLength, m_maxLength, m_minimum, m_maximum, m_minItems, m_maxItems}) {
        QString error;
        number(edit, &error);
        setProblem(edit, error);
    }
    QString error;
    defaultValue(&error);
    setProblem(m_default->parentWidget(), error);
    if (m_enum->isVisibleTo(this))
        setProblem(m_enum, m_enum->problem());
    if (m_dataset->isVisibleTo(this)) {
        QString datasetError;
        m_dataset->value(&datasetError);
        setProblem(m_dataset, datasetError);
    }

    // The rest as the action will be judged: checkUserInputs on this input alone.
    const QString probe = u"$.input"_s;
    const QJsonObject inputs{{u"properties"_s, QJsonObject{{id.isEmpty() ? u"x"_s : id, definition()}}}};
    const QHash<QString, QWidget *> fields{
        {u"title"_s, m_title},         {u"type"_s, m_type},           {u"format"_s, m_format},
        {u"items"_s, m_itemType},      {u"blueprint"_s, m_entityBlueprint}, {u"dataset"_s, m_dataset},
        {u"enum"_s, m_enum},           {u"enumColors"_s, m_enum},     {u"default"_s, m_defaultRow},
        {u"minLength"_s, m_minLength}, {u"maxLength"_s, m_maxLength}, {u"pattern"_s, m_pattern},
        {u"minimum"_s, m_minimum},     {u"maximum"_s, m_maximum},     {u"minItems"_s, m_minItems},
        {u"maxItems"_s, m_maxItems},   {u"uniqueItems"_s, m_unique},  {u"visible"_s, m_visible},
        {u"disabled"_s, m_disabled},
    };
    const QString prefix = probe + u".properties."_s + (id.isEmpty() ? u"x"_s : id) + u'.';
    for (const Problem &p : checkUserInputs(inputs, probe)) {
        if (!p.isError() || !p.path.startsWith(prefix))
            continue;
        QString first = p.path.mid(prefix.size()).section(u'.', 0, 0).section(u'[', 0, 0);
        if (first == "items"_L1) // an item's format or blueprint: the field that edits it
            first = p.path.mid(prefix.size()).section(u'.', 1, 1);
        setProblem(fields.value(first, m_type), p.message);
    }
}

} // namespace portolan
