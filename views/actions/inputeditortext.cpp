#include "inputeditortext.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loading definitions is slow: once
    return instance;
}

QHBoxLayout *bare(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

QString placeholderFor(const UserInput &in)
{
    if (in.json.value("placeholder"_L1).isString())
        return in.json.value("placeholder"_L1).toString();
    switch (in.kind) {
    case InputKind::Url: return u"https://…"_s;
    case InputKind::Email: return u"name@example.com"_s;
    case InputKind::Object: return u"{ \"key\": \"value\" }"_s;
    case InputKind::Yaml: return u"key: value"_s;
    case InputKind::Markdown: return u"Markdown text"_s;
    default: return {};
    }
}

// JSON text → the object it spells, else the text itself (the form reports where it breaks).
QJsonValue objectOrText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    return text;
}

QString textOf(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isString())
        return value.toString();
    return {};
}

} // namespace

LineInputEditor::LineInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_edit(new QLineEdit(this))
{
    bare(this)->addWidget(m_edit);
    m_edit->setPlaceholderText(placeholderFor(input));
    m_edit->setClearButtonEnabled(true);
    if (input.json.value("maxLength"_L1).isDouble())
        m_edit->setToolTip(tr("At most %1 characters").arg(input.json.value("maxLength"_L1).toInt()));
    watchFocus(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) { Q_EMIT edited(text); });
}

void LineInputEditor::setValue(const QJsonValue &value)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (m_edit->text() != text)
        m_edit->setText(text);
}

QWidget *LineInputEditor::primaryWidget()
{
    return m_edit;
}

TextAreaInputEditor::TextAreaInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_edit(new QPlainTextEdit(this))
{
    bare(this)->addWidget(m_edit);
    m_edit->setPlaceholderText(placeholderFor(input));
    m_edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    const bool code = input.kind == InputKind::Object || input.kind == InputKind::Yaml;
    if (code) {
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
        highlighter->setDefinition(repository().definitionForName(input.kind == InputKind::Object ? u"JSON"_s : u"YAML"_s));
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                             : KSyntaxHighlighting::Repository::LightTheme));
    }
    const int lines = code ? 6 : 4;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 14);
    watchFocus(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_edit->toPlainText();
        if (this->input().kind == InputKind::Object)
            Q_EMIT edited(objectOrText(text));
        else
            Q_EMIT edited(text);
    });
}

void TextAreaInputEditor::setValue(const QJsonValue &value)
{
    const QString text = textOf(value);
    if (m_edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text);
}

QWidget *TextAreaInputEditor::primaryWidget()
{
    return m_edit;
}

SecretInputEditor::SecretInputEditor(const UserInput &input, QWidget *parent)
    : InputEditor(input, parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    auto *layout = bare(this);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(input.type == "object"_L1 ? tr("Secret JSON object") : tr("Secret value"));
    m_edit->setToolTip(tr("Kept in memory only: runs and logs show it as ********"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show or hide the secret"));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    watchFocus(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT edited(this->input().type == "object"_L1 ? objectOrText(text) : QJsonValue(text));
    });
}

void SecretInputEditor::setValue(const QJsonValue &value)
{
    const QString text = value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                          : value.toString();
    if (m_edit->text() != text)
        m_edit->setText(text);
}

QWidget *SecretInputEditor::primaryWidget()
{
    return m_edit;
}

} // namespace portolan
