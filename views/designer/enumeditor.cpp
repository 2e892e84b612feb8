#include "enumeditor.h"

#include "formstyle.h"
#include "schema/formats.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

EnumEditor::EnumEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowLayout(new QVBoxLayout)
    , m_empty(formstyle::messageLabel(u"dim"_s))
    , m_add(new QPushButton(tr("Add value")))
{
    m_empty->setText(tr("No values listed: any value is allowed."));
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(4);
    m_add->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowLayout);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addValue({}, m_type == "string"_L1 ? nextColor() : QString());
        m_rows.at(row).value->setFocus();
    });
    updateState();
}

void EnumEditor::setValueType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    for (const Row &row : std::as_const(m_rows))
        row.color->setVisible(m_type == "string"_L1);
    Q_EMIT changed();
}

void EnumEditor::setEnum(const QJsonArray &values, const QJsonObject &colors)
{
    const QSignalBlocker block(this);
    while (!m_rows.isEmpty())
        removeValue(int(m_rows.size()) - 1);
    for (const QJsonValue &v : values)
        addValue(valueText(v), colors.value(valueText(v)).toString());
}

int EnumEditor::addValue(const QString &text, const QString &color)
{
    Row row;
    row.widget = new QWidget;
    row.value = new QLineEdit(text);
    row.value->setPlaceholderText(tr("Value"));
    row.value->setAccessibleName(tr("Enum value"));
    row.color = new QComboBox;
    row.color->setAccessibleName(tr("Colour of the value"));
    row.color->addItem(tr("No colour"), QString());
    for (const QString &name : formats::colors())
        row.color->addItem(formstyle::swatch(name), name, name);
    row.color->setCurrentIndex(qMax(0, row.color->findData(color)));
    row.color->setVisible(m_type == "string"_L1);
    row.color->setMinimumContentsLength(9);
    row.remove = new QToolButton;
    row.remove->setText(u"✕"_s);
    row.remove->setToolTip(tr("Remove this value"));
    row.remove->setAccessibleName(tr("Remove value"));
    row.remove->setAutoRaise(true);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.value, 1);
    layout->addWidget(row.color);
    layout->addWidget(row.remove);
    m_rowLayout->addWidget(row.widget);
    QWidget *rowWidget = row.widget;
    connect(row.value, &QLineEdit::textChanged, this, &EnumEditor::changed);
    connect(row.color, &QComboBox::currentIndexChanged, this, &EnumEditor::changed);
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == rowWidget) {
                removeValue(i);
                // Keep the keyboard in the list: the next row, or the add button.
                if (i < m_rows.size())
                    m_rows.at(i).value->setFocus();
                else
                    m_add->setFocus();
                return;
            }
        }
    });
    m_rows.append(row);
    updateState();
    Q_EMIT changed();
    return int(m_rows.size()) - 1;
}

void EnumEditor::removeValue(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    row.widget->hide();
    row.widget->deleteLater();
    updateState();
    Q_EMIT changed();
}

QLineEdit *EnumEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

QComboBox *EnumEditor::colorBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).color : nullptr;
}

QJsonArray EnumEditor::values() const
{
    QJsonArray result;
    for (const Row &row : m_rows) {
        const QString text = row.value->text().trimmed();
        if (m_type == "number"_L1) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (ok)
                result.append(number);
        } else {
            result.append(text);
        }
    }
    return result;
}

QJsonObject EnumEditor::colors() const
{
    QJsonObject result;
    if (m_type != "string"_L1)
        return result;
    for (const Row &row : m_rows) {
        const QString color = row.color->currentData().toString();
        if (!color.isEmpty())
            result.insert(row.value->text().trimmed(), color);
    }
    return result;
}

QString EnumEditor::problem() const
{
    QSet<QString> seen;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString text = m_rows.at(i).value->text().trimmed();
        if (text.isEmpty())
            return tr("value %1 is empty").arg(i + 1);
        if (m_type == "number"_L1) {
            bool ok = false;
            text.toDouble(&ok);
            if (!ok)
                return tr("\"%1\" is not a number").arg(text);
        }
        if (seen.contains(text))
            return tr("\"%1\" is listed twice").arg(text);
        seen.insert(text);
    }
    return {};
}

QList<QWidget *> EnumEditor::tabStops() const
{
    QList<QWidget *> stops;
    for (const Row &row : m_rows)
        stops << row.value << row.color << row.remove;
    stops << m_add;
    return stops;
}

QString EnumEditor::nextColor() const
{
    QSet<QString> used;
    for (const Row &row : m_rows)
        used.insert(row.color->currentData().toString());
    for (const QString &name : formats::colors()) {
        if (!used.contains(name))
            return name;
    }
    return {};
}

void EnumEditor::updateState()
{
    m_empty->setVisible(m_rows.isEmpty());
    Q_EMIT rowsChanged();
}

} // namespace portolan
