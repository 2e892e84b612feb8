#include "inputeditorarray.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString label(const QJsonValue &v)
{
    return v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 15) : v.toVariant().toString();
}

} // namespace

ArrayInputEditor::ArrayInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QJsonArray choices = input.items.value("enum"_L1).toArray();
    if (!choices.isEmpty()) {
        m_choices = new QListWidget(this);
        for (const QJsonValue &choice : choices) {
            auto *item = new QListWidgetItem(label(choice), m_choices);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, choice.toVariant());
        }
        m_choices->setMaximumHeight(m_choices->sizeHintForRow(0) * int(std::min<qsizetype>(choices.size(), 6)) + 8);
        layout->addWidget(m_choices);
        watchFocus(m_choices);
        connect(m_choices, &QListWidget::itemChanged, this, [this] { emitValue(); });
        return;
    }
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    m_add = new QPushButton(tr("Add item"), this);
    m_add->setToolTip(tr("Add an item to the list"));
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch();
    layout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QWidget *row = addRow(QJsonValue());
        row->findChild<QWidget *>(u"item"_s)->setFocus();
        emitValue();
    });
}

bool ArrayInputEditor::isObjectItems() const
{
    return input().items.value("type"_L1).toString() == "object"_L1;
}

QWidget *ArrayInputEditor::addRow(const QJsonValue &item)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4);
    QWidget *editor = nullptr;
    if (isObjectItems()) {
        auto *text = new QPlainTextEdit(row);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setTabChangesFocus(true);
        text->setPlaceholderText(u"{ \"key\": \"value\" }"_s);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 14);
        if (item.isObject())
            text->setPlainText(QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
        else
            text->setPlainText(item.toString());
        connect(text, &QPlainTextEdit::textChanged, this, [this] { emitValue(); });
        editor = text;
    } else {
        auto *line = new QLineEdit(label(item), row);
        line->setPlaceholderText(input().items.value("type"_L1).toString() == "number"_L1 ? tr("Number") : tr("Value"));
        connect(line, &QLineEdit::textEdited, this, [this] { emitValue(); });
        editor = line;
    }
    editor->setObjectName(u"item"_s);
    watchFocus(editor);
    auto *remove = new QToolButton(row);
    remove->setText(u"✕"_s);
    remove->setToolTip(tr("Remove this item"));
    remove->setFocusPolicy(Qt::TabFocus);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeRow(row);
        emitValue();
    });
    h->addWidget(editor, 1);
    h->addWidget(remove, 0, Qt::AlignTop);
    m_rows->addWidget(row);
    m_rowWidgets.append(row);
    return row;
}

void ArrayInputEditor::removeRow(QWidget *row)
{
    m_rowWidgets.removeAll(row);
    row->hide();
    row->deleteLater();
    if (m_add)
        m_add->setFocus();
}

QJsonValue ArrayInputEditor::itemValue(QWidget *row) const
{
    QWidget *editor = row->findChild<QWidget *>(u"item"_s);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toPlainText().toUtf8(), &error);
        return error.error == QJsonParseError::NoError && doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(text->toPlainText());
    }
    const QString t = qobject_cast<QLineEdit *>(editor)->text();
    if (input().items.value("type"_L1).toString() == "number"_L1 || input().items.value("type"_L1).toString() == "integer"_L1) {
        bool ok = false;
        const double n = QLocale::c().toDouble(t.trimmed(), &ok);
        return ok ? QJsonValue(n) : QJsonValue(t);
    }
    return t;
}

void ArrayInputEditor::emitValue()
{
    QJsonArray values;
    if (m_choices) {
        for (int i = 0; i < m_choices->count(); ++i)
            if (m_choices->item(i)->checkState() == Qt::Checked)
                values.append(QJsonValue::fromVariant(m_choices->item(i)->data(Qt::UserRole)));
    } else {
        for (QWidget *row : std::as_const(m_rowWidgets))
            values.append(itemValue(row));
    }
    m_value = values;
    Q_EMIT edited(values);
}

void ArrayInputEditor::setValue(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (array == m_value && !value.isUndefined())
        return;
    m_value = array;
    if (m_choices) {
        const QSignalBlocker blocker(m_choices);
        for (int i = 0; i < m_choices->count(); ++i) {
            const QJsonValue v = QJsonValue::fromVariant(m_choices->item(i)->data(Qt::UserRole));
            m_choices->item(i)->setCheckState(array.contains(v) ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    for (QWidget *row : std::as_const(m_rowWidgets))
        row->deleteLater();
    m_rowWidgets.clear();
    const QSignalBlocker blocker(this);
    for (const QJsonValue &item : array)
        addRow(item);
}

QWidget *ArrayInputEditor::primaryWidget()
{
    if (m_choices)
        return m_choices;
    return m_rowWidgets.isEmpty() ? static_cast<QWidget *>(m_add) : m_rowWidgets.first()->findChild<QWidget *>(u"item"_s);
}

} // namespace portolan
