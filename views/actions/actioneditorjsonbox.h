#pragma once

#include <QJsonValue>
#include <QWidget>

namespace portolan {

class JsonCodeEditor;

// A small JSON field of the action form (a condition, a body template, a mapping): highlighted,
// a few lines tall, empty meaning "none". It says what is wrong with the text as the user types.
class ActionEditorJsonBox final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorJsonBox(const QString &placeholder, int lines = 5, QWidget *parent = nullptr);

    // Shows `value` unless the text already means it (so typing is not disturbed).
    void setValue(const QJsonValue &value);
    // The value the text means: undefined when empty or not an object; `error` says why not.
    QJsonValue value(QString *error = nullptr) const;
    JsonCodeEditor *editor() const { return m_editor; }

Q_SIGNALS:
    void edited(); // the user changed the text

private:
    JsonCodeEditor *m_editor = nullptr;
    bool m_loading = false;
};

} // namespace portolan
