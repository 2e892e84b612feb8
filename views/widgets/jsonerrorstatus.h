#pragma once

#include <QLabel>

namespace portolan {

class JsonCodeEditor;

// The line under a JSON editor that tells its first error ("● 3:14: message", a link that goes
// there; Ctrl+E in the editor's page does too) or "No problems", and marks that error in the
// editor. The designer's JSON view and the action editor's JSON tab.
class JsonErrorStatus final : public QLabel
{
    Q_OBJECT
public:
    // `page`: where Ctrl+E works (the editor's page and its children).
    JsonErrorStatus(JsonCodeEditor *editor, QWidget *page);

    // An error at 1-based `line`:`column` (clamped to 1), or none when `message` is empty.
    void setError(int line, int column, const QString &message);
    void clearError() { setError(0, 0, {}); }
    // Whether there is anything to check at all; when not, the line is empty and hidden.
    void setActive(bool active);

    std::pair<int, int> errorPosition() const { return {m_line, m_column}; }
    QString errorMessage() const { return m_message; }
    QString statusText() const { return m_text; } // as plain text: "3:14: …", "No problems" or ""
    void jumpToError();

private:
    void refresh();

    JsonCodeEditor *m_editor;
    bool m_active = true;
    int m_line = 0;
    int m_column = 0;
    QString m_message;
    QString m_text;
};

} // namespace portolan
