#pragma once

#include "actioneditorsection.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace portolan {

// Guard-rails: who may run the action (users, teams, the entity's owners), who must approve a
// run (none, any or all of the approvers), and how many runs a person or a team may start in a
// period. Users and teams are typed as comma-separated identifiers.
class ActionEditorGuard final : public ActionEditorSection
{
    Q_OBJECT
public:
    explicit ActionEditorGuard(ActionEditorDocument &document, QWidget *parent = nullptr);

    void load(const QJsonObject &action) override;

    QLineEdit *executeUsersEdit() const { return m_executeUsers; }
    QLineEdit *executeTeamsEdit() const { return m_executeTeams; }
    QCheckBox *ownersBox() const { return m_owners; }
    QComboBox *approvalBox() const { return m_approval; }
    QLineEdit *approverUsersEdit() const { return m_approveUsers; }
    QLineEdit *approverTeamsEdit() const { return m_approveTeams; }
    QSpinBox *userRunsBox() const { return m_userRuns; }

private:
    struct Limit {
        QWidget *row = nullptr;
        QSpinBox *runs = nullptr;
        QDoubleSpinBox *hours = nullptr;
    };
    Limit makeLimit(const QString &scope);
    void writePermissions(QWidget *field);
    void writeLimit(const QString &scope, const Limit &limit);
    void loadLimit(const Limit &limit, const QJsonObject &json);

    QLineEdit *m_executeUsers = nullptr;
    QLineEdit *m_executeTeams = nullptr;
    QCheckBox *m_owners = nullptr;
    QComboBox *m_approval = nullptr;
    QLineEdit *m_approveUsers = nullptr;
    QLineEdit *m_approveTeams = nullptr;
    Limit m_perUser;
    Limit m_perTeam;
    QSpinBox *m_userRuns = nullptr;
};

} // namespace portolan
