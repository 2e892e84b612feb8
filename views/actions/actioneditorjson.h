#pragma once

#include <QTimer>
#include <QWidget>

class QPlainTextEdit;

namespace portolan {

class ActionEditorDocument;
class JsonCodeEditor;
class JsonErrorStatus;

// The action as JSON, editable. Checks as you type (after a short pause): JSON syntax first, then
// the action's problems; the first one is marked at its line and column and told under the editor
// ("3:14: …"; click it or press Ctrl+E to go there). Text that parses as an object goes into the
// document at once (one undo step per typing session), so the form follows; a syntax error holds
// it back (and Save with it). Changes from the form or undo replace the text unless it is mid-edit.
class ActionEditorJson final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorJson(ActionEditorDocument &document, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const;
    // The first error: 1-based line and column, {0, 0} when there is none.
    std::pair<int, int> errorPosition() const;
    QString errorMessage() const;
    QString statusText() const;
    // The text is not a JSON object: the document holds the last one that was.
    bool isBlocked() const { return m_blocked; }

    void checkNow(); // runs a pending check at once
    void jumpToError();
    // Puts the cursor on the value at a JSON path ($.trigger.operation).
    void jumpTo(const QString &path);

Q_SIGNALS:
    void blockedChanged(bool blocked);

private:
    void showDocument();
    void check();
    void placeProblems();
    void setBlocked(bool blocked);

    ActionEditorDocument &m_document;
    JsonCodeEditor *m_editor = nullptr;
    JsonErrorStatus *m_status = nullptr;
    QTimer m_pause;
    bool m_loading = false;
    bool m_pushing = false;
    bool m_blocked = false;
    int m_session = 0;
};

} // namespace portolan
