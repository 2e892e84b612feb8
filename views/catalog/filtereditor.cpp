#include "filtereditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
enum Page { None, Text, Choice, DateTime, DateRange };

QDateTimeEdit *dateEdit()
{
    auto *edit = new QDateTimeEdit(QDateTime::currentDateTime());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    return edit;
}

QString iso(const QDateTimeEdit *edit)
{
    return edit->dateTime().toUTC().toString(Qt::ISODate);
}
} // namespace

FilterEditor::FilterEditor(QWidget *parent)
    : QFrame(parent)
    , m_property(new QComboBox)
    , m_operator(new QComboBox)
    , m_values(new QStackedWidget)
    , m_text(new QLineEdit)
    , m_choice(new QComboBox)
    , m_at(dateEdit())
    , m_from(dateEdit())
    , m_to(dateEdit())
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_property->setAccessibleName(tr("Property"));
    m_operator->setAccessibleName(tr("Operator"));
    m_text->setAccessibleName(tr("Value"));
    m_choice->setAccessibleName(tr("Value"));
    m_property->setMinimumWidth(160);
    m_values->setMinimumWidth(260);
    m_values->addWidget(new QWidget);
    m_values->addWidget(m_text);
    m_values->addWidget(m_choice);
    m_values->addWidget(m_at);
    auto *range = new QWidget;
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_from, 1);
    rangeLayout->addWidget(new QLabel(tr("and")));
    rangeLayout->addWidget(m_to, 1);
    m_values->addWidget(range);
    auto *apply = new QPushButton(tr("Apply"));
    apply->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(new QLabel(tr("Where")));
    layout->addWidget(m_property);
    layout->addWidget(m_operator);
    layout->addWidget(m_values, 1);
    layout->addWidget(apply);
    layout->addWidget(cancel);
    connect(m_property, &QComboBox::currentIndexChanged, this, [this] { columnChosen(); });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] { operatorChosen(); });
    connect(m_text, &QLineEdit::returnPressed, apply, &QPushButton::click);
    connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT accepted(rule(), m_index); });
    connect(cancel, &QPushButton::clicked, this, &FilterEditor::cancelled);
}

void FilterEditor::setColumns(const QList<TableColumn> &columns)
{
    m_columns.clear();
    const QSignalBlocker block(m_property);
    m_property->clear();
    for (const TableColumn &c : columns) {
        if (c.filterable) {
            m_columns.append(c);
            m_property->addItem(c.title, c.key);
        }
    }
}

void FilterEditor::setTeams(const QStringList &teams)
{
    m_teams = teams;
}

const TableColumn *FilterEditor::column() const
{
    const int i = m_property->currentIndex();
    return i >= 0 && i < m_columns.size() ? &m_columns.at(i) : nullptr;
}

FilterOperator::Value FilterEditor::valueKind() const
{
    const int i = m_operator->currentIndex();
    return i >= 0 && i < m_operators.size() ? m_operators.at(i).value : FilterOperator::Value::None;
}

void FilterEditor::columnChosen()
{
    const TableColumn *c = column();
    m_operators = c ? TableFilter::operatorsFor(*c) : QList<FilterOperator>{};
    {
        const QSignalBlocker block(m_operator);
        m_operator->clear();
        for (const FilterOperator &o : std::as_const(m_operators))
            m_operator->addItem(o.label, o.id);
        m_operator->setCurrentIndex(m_operators.isEmpty() ? -1 : 0);
    }
    m_choice->clear();
    if (c && c->key == "$team"_L1) {
        m_choice->setEditable(true);
        m_choice->addItems(m_teams);
    } else if (c && c->isEnum()) {
        m_choice->setEditable(false);
        for (const QJsonValue &v : c->property.enumValues)
            m_choice->addItem(v.toVariant().toString(), v.toVariant());
    } else {
        m_choice->setEditable(false);
        m_choice->addItem(tr("true"), true);
        m_choice->addItem(tr("false"), false);
    }
    operatorChosen();
}

void FilterEditor::operatorChosen()
{
    using V = FilterOperator::Value;
    const V kind = valueKind();
    m_text->setValidator(kind == V::Number ? new QDoubleValidator(m_text) : nullptr);
    const Page page = kind == V::None                      ? None
        : kind == V::Choice || kind == V::Boolean          ? Choice
        : kind == V::DateTime                              ? DateTime
        : kind == V::DateRange                             ? DateRange
                                                           : Text;
    m_values->setCurrentIndex(page);
}

void FilterEditor::setValue(const QJsonValue &value)
{
    using V = FilterOperator::Value;
    switch (valueKind()) {
    case V::Choice:
    case V::Boolean: {
        const int i = m_choice->findData(value.toVariant());
        if (i >= 0)
            m_choice->setCurrentIndex(i);
        else
            m_choice->setEditText(value.toString());
        break;
    }
    case V::DateTime:
        m_at->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime());
        break;
    case V::DateRange:
        m_from->setDateTime(QDateTime::fromString(value[u"from"].toString(), Qt::ISODateWithMs).toLocalTime());
        m_to->setDateTime(QDateTime::fromString(value[u"to"].toString(), Qt::ISODateWithMs).toLocalTime());
        break;
    case V::Number:
        m_text->setText(QLocale().toString(value.toDouble(), 'g', 15));
        break;
    default:
        m_text->setText(value.toString());
    }
}

void FilterEditor::edit(const QJsonObject &rule, int index)
{
    m_index = index;
    const int column = m_property->findData(rule.value("property"_L1).toString());
    m_property->setCurrentIndex(column >= 0 ? column : 0);
    columnChosen();
    const int op = m_operator->findData(rule.value("operator"_L1).toString());
    if (op >= 0)
        m_operator->setCurrentIndex(op);
    if (rule.contains("value"_L1))
        setValue(rule.value("value"_L1));
    else
        m_text->clear();
    m_property->setFocus();
}

QJsonObject FilterEditor::rule() const
{
    using V = FilterOperator::Value;
    QJsonObject rule{{u"property"_s, m_property->currentData().toString()}, {u"operator"_s, m_operator->currentData().toString()}};
    switch (valueKind()) {
    case V::None:
        break;
    case V::Choice:
    case V::Boolean:
        rule.insert(u"value"_s, m_choice->isEditable() ? QJsonValue(m_choice->currentText()) : QJsonValue::fromVariant(m_choice->currentData()));
        break;
    case V::DateTime:
        rule.insert(u"value"_s, iso(m_at));
        break;
    case V::DateRange:
        rule.insert(u"value"_s, QJsonObject{{u"from"_s, iso(m_from)}, {u"to"_s, iso(m_to)}});
        break;
    case V::Number: {
        bool ok = false;
        const double number = QLocale().toDouble(m_text->text(), &ok);
        rule.insert(u"value"_s, ok ? number : m_text->text().toDouble());
        break;
    }
    case V::Text:
        rule.insert(u"value"_s, m_text->text());
        break;
    }
    return rule;
}

} // namespace portolan
