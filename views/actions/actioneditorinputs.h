#pragma once

#include "actioneditorsection.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace portolan {

class ActionEditorSteps;

// The inputs of the action's form: a table (key, title, type, required) with Add…, Edit…,
// Remove, Move up and Move down (the order people see them in), the jq that computes the
// required inputs instead of a fixed list, and the wizard's steps.
class ActionEditorInputs final : public ActionEditorSection
{
    Q_OBJECT
public:
    explicit ActionEditorInputs(ActionEditorDocument &document, QWidget *parent = nullptr);

    void load(const QJsonObject &action) override;

    QTreeWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *requiredJqEdit() const { return m_requiredJq; }
    ActionEditorSteps *stepsEditor() const { return m_steps; }
    QString currentKey() const;
    void setCurrentKey(const QString &key);

    // Opens the input dialog for `key` ("" for a new input); the change is made on OK.
    void editInput(const QString &key);
    void removeInput(const QString &key);
    void moveInput(const QString &key, int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QJsonObject userInputs() const;
    void putInput(const QString &previous, const QString &key, const QJsonObject &definition, bool required);
    void fitHeight();
    void updateButtons();

    QTreeWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLineEdit *m_requiredJq = nullptr;
    ActionEditorSteps *m_steps = nullptr;
};

} // namespace portolan
