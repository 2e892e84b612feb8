#pragma once

#include "actioneditorsection.h"

class QComboBox;
class QLineEdit;

namespace portolan {

class ActionEditorJsonBox;

// The form's first part: identifier (locked once stored), title, icon, description, operation,
// blueprint and, for DAY-2 and DELETE actions, the condition that picks the entities.
class ActionEditorGeneral final : public ActionEditorSection
{
    Q_OBJECT
public:
    explicit ActionEditorGeneral(ActionEditorDocument &document, QWidget *parent = nullptr);

    void load(const QJsonObject &action) override;

    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *iconBox() const { return m_icon; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *operationBox() const { return m_operation; }
    QComboBox *blueprintBox() const { return m_blueprint; }
    ActionEditorJsonBox *conditionBox() const { return m_condition; }

    // An identifier made from a title: "Deploy a service" → "deploy_a_service".
    static QString suggestIdentifier(const QString &title);

private:
    void selectBlueprint(const QString &identifier);
    void conditionEdited();

    QLineEdit *m_identifier = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_icon = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_operation = nullptr;
    QComboBox *m_blueprint = nullptr;
    ActionEditorJsonBox *m_condition = nullptr;
    bool m_identifierTouched = false;
};

} // namespace portolan
