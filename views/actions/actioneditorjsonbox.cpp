#include "actioneditorjsonbox.h"

#include "importing/jsonsource.h"
#include "widgets/jsoncodeeditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ActionEditorJsonBox::ActionEditorJsonBox(const QString &placeholder, int lines, QWidget *parent)
    : QWidget(parent)
    , m_editor(new JsonCodeEditor)
{
    m_editor->setLineNumbersVisible(false);
    m_editor->setPlaceholderText(placeholder);
    m_editor->setTabChangesFocus(true); // keyboard users leave the field with Tab
    const int height = m_editor->fontMetrics().lineSpacing() * lines + 2 * m_editor->frameWidth()
                       + int(m_editor->document()->documentMargin() * 2);
    m_editor->setFixedHeight(height);
    setFocusProxy(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void ActionEditorJsonBox::setValue(const QJsonValue &value)
{
    QString error;
    const QJsonValue shown = this->value(&error);
    if (error.isEmpty() && shown == value)
        return;
    if (!error.isEmpty() && m_editor->hasFocus())
        return; // mid-edit: the user's text stays until it is JSON again
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    m_loading = true;
    m_editor->replaceText(text, m_editor->hasFocus());
    m_loading = false;
}

QJsonValue ActionEditorJsonBox::value(QString *error) const
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_editor->setError(0, 0);
        return QJsonValue::Undefined;
    }
    const JsonSource source = JsonSource::parse(text, {});
    if (!source.problems.isEmpty()) {
        const Problem &p = source.problems.first();
        m_editor->setError(p.line, p.column);
        if (error)
            *error = tr("%1:%2: %3").arg(p.line).arg(p.column).arg(p.message.section(u"; fix the file"_s, 0, 0));
        return QJsonValue::Undefined;
    }
    if (!source.document.isObject()) {
        m_editor->setError(1, 1);
        if (error)
            *error = tr("write a JSON object { … }");
        return QJsonValue::Undefined;
    }
    m_editor->setError(0, 0);
    return source.document.object();
}

} // namespace portolan
