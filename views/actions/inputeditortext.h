#pragma once

#include "inputeditor.h"

class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace portolan {

// One line of text: text, url, email (with a hint of the expected shape).
class LineInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit LineInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QLineEdit *m_edit;
};

// Several lines: multi-line text, markdown, YAML, and JSON objects (parsed as the person types;
// text that is not a JSON object is passed on as text, so the form can point at the mistake).
class TextAreaInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit TextAreaInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QPlainTextEdit *m_edit;
};

// A secret: masked, with a show/hide toggle. Secrets of type object take JSON text.
class SecretInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit SecretInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

} // namespace portolan
