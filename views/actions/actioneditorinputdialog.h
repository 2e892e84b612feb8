#pragma once

#include "designer/formdialog.h"
#include "schema/blueprint.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace portolan {

class EnumEditor;
class ActionEditorJsonBox;

// One input of an action's form: key, title, description, type and format (entity inputs with
// their blueprint and dataset), allowed values with colours, default (a value or jq), the rules
// that check what people type (lengths, pattern, bounds, items), and jq for when it shows.
// Everything is checked as you type, with checkUserInputs' words under the field concerned.
class ActionEditorInputDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `key` empty: a new input. `requiredList`: whether the action's required inputs are a list
    // (a jq `required` makes the checkbox meaningless).
    ActionEditorInputDialog(const QJsonObject &userInputs, const QString &key, const QList<Blueprint> &blueprints,
                      QWidget *parent = nullptr);

    QString previousKey() const { return m_previous; }
    QString key() const;
    QJsonObject definition() const;
    bool isRequired() const;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *defaultEdit() const { return m_default; }
    QLineEdit *minLengthEdit() const { return m_minLength; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QCheckBox *requiredBox() const { return m_required; }

protected:
    void validate() override;
    QList<QWidget *> tabStopsOf(QWidget *stop) const override;

private:
    void typeChosen();
    QString effectiveType() const;   // "array" items' type for enum and bounds
    QString effectiveFormat() const;
    QJsonValue defaultValue(QString *error) const;
    QJsonValue number(QLineEdit *edit, QString *error) const;
    void fill(const QJsonObject &def);

    QJsonObject m_userInputs;
    QString m_previous;
    QJsonObject m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_itemType = nullptr;
    QComboBox *m_entityBlueprint = nullptr;
    ActionEditorJsonBox *m_dataset = nullptr;
    EnumEditor *m_enum = nullptr;
    QWidget *m_defaultRow = nullptr;
    QLineEdit *m_default = nullptr;
    QCheckBox *m_defaultJq = nullptr;
    QLineEdit *m_minLength = nullptr;
    QLineEdit *m_maxLength = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_maximum = nullptr;
    QLineEdit *m_minItems = nullptr;
    QLineEdit *m_maxItems = nullptr;
    QCheckBox *m_unique = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_visible = nullptr;
    QLineEdit *m_disabled = nullptr;
    bool m_keyTouched = false;
};

} // namespace portolan
