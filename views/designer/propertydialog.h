#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace portolan {

class EnumEditor;
class ModelDraft;

// Creates or edits one property of a blueprint: identifier, title, type and format (items for
// lists), allowed values with their colours, default, required, description, icon. It only
// describes the change; the form applies it (and, when stored values change shape, first asks
// for a conversion in TypeChangeDialog).
class PropertyDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `property` empty: a new property of `blueprint`.
    PropertyDialog(const ModelDraft &draft, const QString &blueprint, const QString &property, QWidget *parent = nullptr);

    QString previousId() const { return m_previous; }
    QString id() const;
    // The property's schema: the original's unknown keys kept, the form's fields written over them.
    QJsonObject schema() const;
    bool isRequired() const;
    // The property holds stored values that no longer fit: they must be converted.
    bool needsConversion() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *itemsTypeBox() const { return m_itemsType; }
    EnumEditor *enumEditor() const { return m_enum; }
    QComboBox *defaultBox() const { return m_default; }
    QCheckBox *requiredBox() const { return m_required; }
    QLineEdit *descriptionEdit() const { return m_description; }

protected:
    void validate() override;
    QList<QWidget *> tabStopsOf(QWidget *stop) const override;

private:
    void typeChosen();
    void refreshDefaultChoices();
    // The default as JSON; undefined when the field is empty, with `error` set when unreadable.
    QJsonValue defaultValue(QString *error) const;
    QString enumType() const; // the type the enum values have (the items' type for lists)

    QString m_blueprint;
    QString m_previous;
    QJsonObject m_original;
    QJsonObject m_blueprintJson;
    bool m_stored = false;
    bool m_idTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_icon = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_itemsType = nullptr;
    QComboBox *m_itemsFormat = nullptr;
    EnumEditor *m_enum = nullptr;
    QComboBox *m_default = nullptr;
    QCheckBox *m_required = nullptr;
};

} // namespace portolan
