#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"
#include "scoring/scorecard.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollArea>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace portolan {

class ScorecardConditions;

// The form view of a scorecard: identifier, title, blueprint, scoring, description, levels with
// their colours, the scorecard's filter, and its rules (Add / Edit / Remove open
// ScorecardRuleDialog). Works on the definition's JSON: keys it does not show pass through.
// Shows problems under their fields (setProblems) and marks rules that have any.
class ScorecardEditorForm final : public QScrollArea
{
    Q_OBJECT
public:
    ScorecardEditorForm(const QList<Blueprint> &blueprints, QWidget *parent = nullptr);

    void setJson(const QJsonObject &json); // does not emit edited()
    QJsonObject json() const;
    void setProblems(const Problems &problems);

    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *blueprintBox() const { return m_blueprint; }
    QTreeWidget *rulesList() const { return m_rules; }
    // Opens the rule dialog on rule `index` (-1: a new rule); true when it was accepted.
    bool editRule(int index);

Q_SIGNALS:
    void edited();

private:
    void addLevelRow(const ScorecardLevel &level);
    void rebuildRules();
    void changed();

    QList<Blueprint> m_blueprints;
    QHash<QString, Blueprint> m_blueprintMap;
    QJsonObject m_base;
    QJsonArray m_ruleJson;
    QLineEdit *m_identifier = nullptr;
    QLabel *m_identifierProblem = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleProblem = nullptr;
    QComboBox *m_blueprint = nullptr;
    QLabel *m_blueprintProblem = nullptr;
    QComboBox *m_scoring = nullptr;
    QLineEdit *m_description = nullptr;
    QTableWidget *m_levels = nullptr;
    QLabel *m_levelsProblem = nullptr;
    ScorecardConditions *m_filter = nullptr;
    QTreeWidget *m_rules = nullptr;
    QHash<int, QString> m_ruleProblems;
    bool m_loading = false;
};

} // namespace portolan
