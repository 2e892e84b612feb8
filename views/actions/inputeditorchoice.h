#pragma once

#include "inputeditor.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace portolan {

// A number typed as text: an empty box is "no value"; text that is not a number goes to the form
// as text, which says "Enter a number" (a spin box could not be empty, nor show that mistake).
class NumberInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit NumberInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QLineEdit *m_edit;
};

class BooleanInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit BooleanInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QCheckBox *m_box;
};

// Enum choices with their palette colours; the choices may change as other inputs change.
class EnumInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit EnumInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void setOptions(const QList<EnumOption> &options) override;
    QWidget *primaryWidget() override;

private:
    QComboBox *m_combo;
    QList<EnumOption> m_options;
    QJsonValue m_value;
};

// A date and time (UTC, ISO 8601) with a calendar; "Not set" until chosen, and a clear button.
class DateTimeInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit DateTimeInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QDateTimeEdit *m_edit;
    QToolButton *m_clear;
};

} // namespace portolan
