#pragma once

#include "actions/formstate.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace portolan {

class ActionFormField;
class StoreLane;

// The form of an action's userInputs: one editor per input, sections as headed groups, steps as
// a wizard (Back / Next, Next only when the step is valid; Execute on the last step, only when
// the whole form is valid). Errors show under their inputs as the person types; visibility,
// required marks and enum choices follow the other inputs live. Keyboard: Tab in form order,
// Enter goes on (or executes on the last step), Esc cancels.
class ActionForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionForm(StoreLane &lane, QWidget *parent = nullptr);
    ~ActionForm() override;

    // `actionJson`: the whole Port action (its trigger.userInputs make the form).
    void setAction(const QJsonObject &actionJson, const QJsonObject &entityJson, const QJsonObject &userJson);
    const FormState &state() const { return m_state; }
    QJsonObject submission() const;       // secrets in clear: in memory only, never logged
    QJsonObject maskedSubmission() const; // secrets as ********
    int stepCount() const;
    int currentStep() const { return m_step; }
    void goToStep(int step);

    // For tests and callers that drive the form: the editor of an input, the buttons.
    QWidget *editor(const QString &key) const;
    QLabel *errorLabel(const QString &key) const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *executeButton() const { return m_execute; }
    QString stepText() const;
    // Goes on (Next), or submits on the last step; nothing when the step is not valid.
    void advance();

Q_SIGNALS:
    void submitted(const QJsonObject &inputs);
    void cancelled();
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void build();
    QWidget *buildStep(const FormStep &step);
    void edited(const QString &key, const QJsonValue &value);
    void refresh();
    void focusFirst();

    StoreLane &m_lane;
    FormState m_state;
    QString m_actionTitle;
    std::vector<std::unique_ptr<ActionFormField>> m_fields;
    QSet<QString> m_touched;
    QSet<int> m_attempted; // steps whose Next/Execute was pressed: show every "Required"
    int m_step = 0;
    bool m_valid = false;
    QLabel *m_stepLabel;
    QLabel *m_stepTrail;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_execute;
};

} // namespace portolan
