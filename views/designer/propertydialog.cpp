#include "propertydialog.h"

#include "design/modeldraft.h"
#include "enumeditor.h"
#include "formedits.h"
#include "formfields.h"
#include "schema/entityvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

void setOrRemove(QJsonObject &json, const QString &key, const QString &value)
{
    if (value.isEmpty())
        json.remove(key);
    else
        json.insert(key, value);
}

QString defaultText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

PropertyDialog::PropertyDialog(const ModelDraft &draft, const QString &blueprint, const QString &property, QWidget *parent)
    : FormDialog(parent)
    , m_blueprint(blueprint)
    , m_previous(property)
    , m_original(formedits::definitions(draft.json(blueprint), formedits::Section::Properties).value(property).toObject())
    , m_blueprintJson(draft.json(blueprint))
    , m_stored(!property.isEmpty() && !draft.storedPropertyName(blueprint, property).isEmpty())
    , m_title(new QLineEdit)
    , m_id(new QLineEdit)
    , m_description(new QLineEdit)
    , m_icon(formfields::iconBox(draft))
    , m_type(formfields::typeBox())
    , m_format(formfields::formatBox())
    , m_itemsType(formfields::typeBox())
    , m_itemsFormat(formfields::formatBox())
    , m_enum(new EnumEditor)
    , m_default(new QComboBox)
    , m_required(new QCheckBox(tr("Every entity must have a value")))
{
    const QString bpTitle = m_blueprintJson.value("title"_L1).toString(blueprint);
    setWindowTitle(property.isEmpty() ? tr("New property of %1").arg(bpTitle) : tr("Property %1 of %2").arg(property, bpTitle));
    setMinimumWidth(560);
    m_itemsType->removeItem(m_itemsType->findData(u"array"_s)); // Port's lists hold scalars or objects
    m_default->setEditable(true);
    m_default->setInsertPolicy(QComboBox::NoInsert);
    m_title->setPlaceholderText(tr("Shown as the column and field name"));
    m_description->setPlaceholderText(tr("Optional: what the value means, where it comes from"));

    QFormLayout *identity = addSection(tr("Property"));
    addField(identity, tr("&Title"), m_title);
    addField(identity, tr("&Identifier"), m_id);
    addField(identity, tr("&Description"), m_description);
    addField(identity, tr("Ico&n"), m_icon);
    QFormLayout *type = addSection(tr("Type"));
    addField(type, tr("T&ype"), m_type);
    addField(type, tr("&Format"), m_format);
    addField(type, tr("Item type"), m_itemsType);
    addField(type, tr("Item format"), m_itemsFormat);
    QFormLayout *values = addSection(tr("Values"));
    addField(values, tr("&Allowed values"), m_enum);
    addField(values, tr("D&efault"), m_default);
    addField(values, tr("Re&quired"), m_required);

    // Fill from the original before wiring, so filling does not count as the user's typing.
    m_title->setText(m_original.value("title"_L1).toString());
    m_id->setText(property);
    m_description->setText(m_original.value("description"_L1).toString());
    formfields::select(m_icon, m_original.value("icon"_L1).toString());
    formfields::select(m_type, m_original.value("type"_L1).toString(u"string"_s));
    formfields::select(m_format, m_original.value("format"_L1).toString());
    const QJsonObject items = m_original.value("items"_L1).toObject();
    formfields::select(m_itemsType, items.value("type"_L1).toString(u"string"_s));
    formfields::select(m_itemsFormat, items.value("format"_L1).toString());
    const QJsonObject enumHolder = m_original.value("type"_L1).toString() == "array"_L1 ? items : m_original;
    m_enum->setValueType(enumType());
    m_enum->setEnum(enumHolder.value("enum"_L1).toArray(), enumHolder.value("enumColors"_L1).toObject());
    m_required->setChecked(m_blueprintJson.value("schema"_L1).toObject().value("required"_L1).toArray().contains(QJsonValue(property)));
    refreshDefaultChoices();
    m_default->setEditText(defaultText(m_original.value("default"_L1)));
    m_idTouched = !property.isEmpty();

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idTouched)
            m_id->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    connect(m_id, &QLineEdit::textChanged, this, &PropertyDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &PropertyDialog::revalidate);
    connect(m_icon, &QComboBox::currentTextChanged, this, &PropertyDialog::revalidate);
    for (QComboBox *box : {m_type, m_format, m_itemsType, m_itemsFormat})
        connect(box, &QComboBox::currentIndexChanged, this, &PropertyDialog::typeChosen);
    connect(m_enum, &EnumEditor::changed, this, [this] {
        refreshDefaultChoices();
        revalidate();
    });
    connect(m_enum, &EnumEditor::rowsChanged, this, [this] { updateTabOrder(); });
    connect(m_default, &QComboBox::currentTextChanged, this, &PropertyDialog::revalidate);
    connect(m_required, &QCheckBox::toggled, this, &PropertyDialog::revalidate);
    typeChosen();
    m_title->setFocus();
}

QList<QWidget *> PropertyDialog::tabStopsOf(QWidget *stop) const
{
    return stop == m_enum ? m_enum->tabStops() : FormDialog::tabStopsOf(stop);
}

QString PropertyDialog::enumType() const
{
    QString type = formfields::current(m_type);
    if (type == "array"_L1)
        type = formfields::current(m_itemsType);
    return type == "string"_L1 || type == "number"_L1 ? type : QString();
}

void PropertyDialog::typeChosen()
{
    const QString type = formfields::current(m_type);
    const bool list = type == "array"_L1;
    setFieldVisible(m_format, type == "string"_L1);
    setFieldVisible(m_itemsType, list);
    setFieldVisible(m_itemsFormat, list && formfields::current(m_itemsType) == "string"_L1);
    const QString values = enumType();
    setFieldVisible(m_enum, !values.isEmpty());
    if (!values.isEmpty())
        m_enum->setValueType(values);
    refreshDefaultChoices();
    revalidate();
}

void PropertyDialog::refreshDefaultChoices()
{
    // The choices follow the type: the allowed values, or true/false; any text may still be typed.
    const QString text = m_default->currentText();
    const QSignalBlocker block(m_default);
    m_default->clear();
    m_default->addItem(QString());
    const QString type = formfields::current(m_type);
    if (type == "boolean"_L1) {
        m_default->addItems({u"true"_s, u"false"_s});
    } else if (type == "string"_L1 || type == "number"_L1) {
        for (const QJsonValue &v : m_enum->values())
            m_default->addItem(defaultText(v));
    }
    m_default->setEditText(text);
    const QString placeholder = type == "object"_L1  ? tr("No default; a JSON object, e.g. {\"key\": 1}")
                                : type == "array"_L1 ? tr("No default; a JSON list, e.g. [\"a\", \"b\"]")
                                                     : tr("No default");
    m_default->lineEdit()->setPlaceholderText(placeholder);
}

QString PropertyDialog::id() const
{
    return m_id->text().trimmed();
}

bool PropertyDialog::isRequired() const
{
    return m_required->isChecked();
}

QJsonValue PropertyDialog::defaultValue(QString *error) const
{
    const QString text = m_default->currentText();
    if (text.trimmed().isEmpty())
        return QJsonValue::Undefined;
    const QString type = formfields::current(m_type);
    const bool labeledUrl = type == "string"_L1 && formfields::current(m_format) == "labeled-url"_L1;
    if (type == "string"_L1 && !labeledUrl)
        return text;
    if (type == "number"_L1) {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (!ok)
            *error = tr("\"%1\" is not a number").arg(text.trimmed());
        return ok ? QJsonValue(number) : QJsonValue::Undefined;
    }
    if (type == "boolean"_L1) {
        if (text.trimmed() == "true"_L1 || text.trimmed() == "false"_L1)
            return text.trimmed() == "true"_L1;
        *error = tr("write true or false");
        return QJsonValue::Undefined;
    }
    // Objects, lists and labeled URLs are written as JSON.
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *error = tr("not readable as JSON: %1").arg(parse.errorString());
        return QJsonValue::Undefined;
    }
    return doc.array().at(0);
}

QJsonObject PropertyDialog::schema() const
{
    QJsonObject s = m_original;
    const QString type = formfields::current(m_type);
    s.insert(u"type"_s, type);
    setOrRemove(s, u"title"_s, m_title->text().trimmed());
    setOrRemove(s, u"description"_s, m_description->text().trimmed());
    setOrRemove(s, u"icon"_s, formfields::current(m_icon));
    setOrRemove(s, u"format"_s, type == "string"_L1 ? formfields::current(m_format) : QString());
    s.remove(u"enum"_s);
    s.remove(u"enumColors"_s);
    QJsonObject items;
    if (type == "array"_L1) {
        items = m_original.value("items"_L1).toObject();
        const QString itemType = formfields::current(m_itemsType);
        items.insert(u"type"_s, itemType);
        setOrRemove(items, u"format"_s, itemType == "string"_L1 ? formfields::current(m_itemsFormat) : QString());
        items.remove(u"enum"_s);
        items.remove(u"enumColors"_s);
    }
    if (!enumType().isEmpty() && m_enum->count() > 0) {
        QJsonObject &holder = type == "array"_L1 ? items : s;
        holder.insert(u"enum"_s, m_enum->values());
        if (!m_enum->colors().isEmpty())
            holder.insert(u"enumColors"_s, m_enum->colors());
    }
    if (type == "array"_L1)
        s.insert(u"items"_s, items);
    else
        s.remove(u"items"_s);
    QString error;
    const QJsonValue value = defaultValue(&error);
    if (value.isUndefined())
        s.remove(u"default"_s);
    else
        s.insert(u"default"_s, value);
    return s;
}

bool PropertyDialog::needsConversion() const
{
    return m_stored && formedits::changesValueShape(m_original, schema());
}

void PropertyDialog::validate()
{
    const QString idProblem = formedits::checkNewId(m_blueprintJson, id(), m_previous);
    setProblem(m_id, idProblem);
    if (m_title->text().size() > 100)
        setProblem(m_title, tr("at most 100 characters"));
    if (!enumType().isEmpty())
        setProblem(m_enum, m_enum->problem());
    QString error;
    const QJsonValue value = defaultValue(&error);
    if (!error.isEmpty()) {
        setProblem(m_default, error);
    } else if (!value.isUndefined()) {
        // Judged the way the validator will judge it: through a blueprint holding only this schema.
        const Blueprint probe = Blueprint::fromJson(QJsonObject{
            {u"identifier"_s, m_blueprint}, {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{u"p"_s, schema()}}}}}});
        Problems problems;
        checkPropertyValue(*probe.property(u"p"), value, {}, problems);
        if (!problems.isEmpty())
            setProblem(m_default, problems.first().message);
    }
    setHint(m_id, m_stored && id() != m_previous && idProblem.isEmpty()
                      ? tr("Stored values move to the new identifier.")
                      : QString());
    setHint(m_type, needsConversion()
                        ? tr("Stored values have another type: on OK you choose a jq transform and preview it on the stored entities.")
                        : QString());
    const bool wasRequired =
        m_blueprintJson.value("schema"_L1).toObject().value("required"_L1).toArray().contains(QJsonValue(m_previous));
    setHint(m_required, m_stored && isRequired() && !wasRequired
                            ? tr("Stored entities without a value will fail validation; the impact preview lists them.")
                            : QString());
}

} // namespace portolan
