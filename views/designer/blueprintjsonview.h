#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;

namespace portolan {

class DesignDocument;
class JsonCodeEditor;
class JsonErrorStatus;

// The selected blueprint as Port JSON, editable. Checks as you type (after a short pause): JSON
// syntax first, then the blueprint's problems in the draft with this JSON put in; the first error
// is marked at its line and column and told under the editor ("3:14: …"; click it or press Ctrl+E
// to go there). Text that parses as a blueprint goes into the draft at once (one undo step while
// typing); problems of the blueprint do not hold it back (the designer's Apply checks), syntax
// errors do. Changes from elsewhere (form, canvas, undo) replace the text unless it is mid-edit.
class BlueprintJsonView final : public QWidget
{
    Q_OBJECT
public:
    explicit BlueprintJsonView(DesignDocument &document, QWidget *parent = nullptr);
    ~BlueprintJsonView() override;

    QPlainTextEdit *editor() const;
    // The first error: 1-based line and column, {0, 0} when there is none.
    std::pair<int, int> errorPosition() const;
    QString errorMessage() const;
    QString statusText() const;

    // Runs a pending check at once (before the pause is over).
    void checkNow();
    void jumpToError();

private:
    void showSelected();
    void replaceText(const QString &text, bool keepPlace);
    void check();

    DesignDocument &m_document;
    JsonCodeEditor *m_editor = nullptr;
    JsonErrorStatus *m_status = nullptr;
    QTimer m_pause;
    QString m_shown;        // the blueprint in the editor
    bool m_loading = false; // the text is being replaced, not typed
    bool m_pushing = false; // our own edit is going into the document
    bool m_blocked = false; // the text does not give a blueprint the draft can take (mid-edit)
    int m_session = 0;      // typing in one session merges into one undo step
};

} // namespace portolan
