#include "jsonerrorstatus.h"

#include "jsoncodeeditor.h"

#include <QShortcut>

using namespace Qt::StringLiterals;

namespace portolan {

JsonErrorStatus::JsonErrorStatus(JsonCodeEditor *editor, QWidget *page)
    : QLabel(page)
    , m_editor(editor)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(8, 5, 8, 5);
    setWordWrap(true);
    connect(this, &QLabel::linkActivated, this, [this] { jumpToError(); });
    auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), page);
    jump->setContext(Qt::WidgetWithChildrenShortcut);
    connect(jump, &QShortcut::activated, this, &JsonErrorStatus::jumpToError);
    // Colours follow the palette: the editor says when it switched between light and dark.
    connect(editor, &JsonCodeEditor::themeChanged, this, [this] {
        m_editor->setError(m_line, m_column);
        refresh();
    });
    refresh();
}

void JsonErrorStatus::setError(int line, int column, const QString &message)
{
    m_line = message.isEmpty() ? 0 : std::max(line, 1);
    m_column = message.isEmpty() ? 0 : std::max(column, 1);
    m_message = message;
    m_editor->setError(m_line, m_column);
    refresh();
}

void JsonErrorStatus::setActive(bool active)
{
    m_active = active;
    refresh();
}

void JsonErrorStatus::refresh()
{
    const QPalette pal = m_editor->palette(); // up to date in its PaletteChange, where this is called from
    if (!m_active) {
        m_text.clear();
        clear();
    } else if (m_line > 0) {
        const QString where = u"%1:%2"_s.arg(m_line).arg(m_column);
        m_text = where + u": "_s + m_message;
        setText(u"<span style=\"color:%1\">●</span> <a href=\"jump\" style=\"color:%2\">%3</a>: %4"_s.arg(
            JsonCodeEditor::errorColor(pal).name(), pal.color(QPalette::Link).name(), where, m_message.toHtmlEscaped()));
    } else {
        m_text = tr("No problems");
        setText(u"<span style=\"color:%1\">%2</span>"_s.arg(pal.color(QPalette::Disabled, QPalette::Text).name(),
                                                              m_text.toHtmlEscaped()));
    }
    setToolTip(m_line > 0 ? tr("Ctrl+E goes there") : QString());
    setVisible(!m_text.isEmpty());
}

void JsonErrorStatus::jumpToError()
{
    if (m_line <= 0)
        return;
    m_editor->setTextCursor(m_editor->cursorAt(m_line, m_column));
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

} // namespace portolan
