#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace portolan {

struct ActionDefinition;

// The selected action at a glance, beside the actions list: title, identifier, operation,
// description, its inputs, backend, who may run it, approval and limits, with Run… (CREATE
// actions), Runs and Edit… buttons.
class ActionsPageSummary final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPageSummary(QWidget *parent = nullptr);

    // Shows `action` (null: the empty hint); `blueprintTitle` names its blueprint.
    void showAction(const ActionDefinition *action, const QString &blueprintTitle);
    QString text() const; // everything shown, as plain text (tests)
    QPushButton *runButton() const { return m_run; }
    QPushButton *runsButton() const { return m_runs; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void runRequested();
    void runsRequested();
    void editRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_identifier = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_operation = nullptr;
    QLabel *m_inputs = nullptr;
    QLabel *m_backend = nullptr;
    QLabel *m_execute = nullptr;
    QLabel *m_approval = nullptr;
    QLabel *m_limits = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_runs = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace portolan
