#include "inputeditorchoice.h"

#include "designer/formstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QHBoxLayout *bare(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

// "Not set": the sentinel a QDateTimeEdit shows as its special value text.
const QDateTime &unset()
{
    static const QDateTime sentinel(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::UTC);
    return sentinel;
}

QString numberRange(const QJsonObject &def)
{
    QStringList parts;
    if (def.value("minimum"_L1).isDouble())
        parts.append(u"≥ %1"_s.arg(def.value("minimum"_L1).toDouble()));
    if (def.value("exclusiveMinimum"_L1).isDouble())
        parts.append(u"> %1"_s.arg(def.value("exclusiveMinimum"_L1).toDouble()));
    if (def.value("maximum"_L1).isDouble())
        parts.append(u"≤ %1"_s.arg(def.value("maximum"_L1).toDouble()));
    if (def.value("exclusiveMaximum"_L1).isDouble())
        parts.append(u"< %1"_s.arg(def.value("exclusiveMaximum"_L1).toDouble()));
    return parts.join(u", "_s);
}

} // namespace

NumberInputEditor::NumberInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = bare(this);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    m_edit->setMaximumWidth(220);
    const QString range = numberRange(input.json);
    m_edit->setPlaceholderText(range.isEmpty() ? (input.type == "integer"_L1 ? tr("Whole number") : tr("Number")) : range);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    watchFocus(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            Q_EMIT edited(QJsonValue(QJsonValue::Null));
            return;
        }
        bool ok = false;
        double n = QLocale::c().toDouble(t, &ok);
        if (!ok)
            n = QLocale().toDouble(t, &ok);
        Q_EMIT edited(ok ? QJsonValue(n) : QJsonValue(t));
    });
}

void NumberInputEditor::setValue(const QJsonValue &value)
{
    const QString text = value.isDouble() ? QLocale::c().toString(value.toDouble(), 'g', 15) : value.toString();
    if (m_edit->text() != text)
        m_edit->setText(text);
}

QWidget *NumberInputEditor::primaryWidget()
{
    return m_edit;
}

BooleanInputEditor::BooleanInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_box(new QCheckBox(this))
{
    bare(this)->addWidget(m_box);
    m_box->setText(input.title);
    watchFocus(m_box);
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT edited(on); });
}

void BooleanInputEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(value.toBool());
}

QWidget *BooleanInputEditor::primaryWidget()
{
    return m_box;
}

EnumInputEditor::EnumInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_combo(new QComboBox(this))
{
    bare(this)->addWidget(m_combo);
    m_combo->setPlaceholderText(tr("Choose…"));
    m_combo->setMinimumWidth(220);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    watchFocus(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_options.size()) {
            m_value = m_options.at(index).value;
            Q_EMIT edited(m_value);
        }
    });
}

void EnumInputEditor::setOptions(const QList<EnumOption> &options)
{
    const QSignalBlocker blocker(m_combo);
    m_options = options;
    m_combo->clear();
    for (const EnumOption &o : options)
        m_combo->addItem(formstyle::swatch(o.color), o.label);
    setValue(m_value);
}

void EnumInputEditor::setValue(const QJsonValue &value)
{
    m_value = value;
    int index = -1;
    for (qsizetype i = 0; i < m_options.size(); ++i)
        if (m_options.at(i).value == value)
            index = int(i);
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(index);
}

QWidget *EnumInputEditor::primaryWidget()
{
    return m_combo;
}

DateTimeInputEditor::DateTimeInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_edit(new QDateTimeEdit(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = bare(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch();
    m_edit->setTimeZone(QTimeZone::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_edit->setMinimumDateTime(unset());
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDateTime(unset());
    m_edit->setMinimumWidth(200);
    m_edit->setToolTip(tr("Date and time in UTC"));
    m_clear->setText(tr("Clear"));
    m_clear->setFocusPolicy(Qt::TabFocus);
    watchFocus(m_edit);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &at) {
        Q_EMIT edited(at == unset() ? QJsonValue(QJsonValue::Null) : QJsonValue(at.toUTC().toString(Qt::ISODate)));
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { m_edit->setDateTime(unset()); });
}

void DateTimeInputEditor::setValue(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = unset();
    const QSignalBlocker blocker(m_edit);
    m_edit->setDateTime(at.toUTC());
}

QWidget *DateTimeInputEditor::primaryWidget()
{
    return m_edit;
}

} // namespace portolan
