#pragma once

#include "schema/blueprint.h"
#include "scoring/scorecard.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace portolan {

class ScorecardConditions;

// One rule of a scorecard: identifier, title, kind, level; for binary rules conditions rows (the
// blueprint's properties offered) or jq; for target and threshold rules what they measure, the
// target or the bands, and the direction; weight, the rule's own filter and effectiveFrom.
// Validates as you type against the whole draft (so duplicate identifiers and unknown
// properties show) and keeps OK disabled while anything is wrong.
class ScorecardRuleDialog final : public QDialog
{
    Q_OBJECT
public:
    // `draft`: the scorecard the rule belongs to; `index`: the rule's index in it, or -1 for a new one.
    ScorecardRuleDialog(const Scorecard &draft, int index, const QHash<QString, Blueprint> &blueprints, QWidget *parent = nullptr);

    ScorecardRule rule() const;
    QString problemText() const; // "" when the rule is fine
    QPushButton *okButton() const;

    // For tests and the form: the fields.
    QLineEdit *identifierEdit() const { return m_identifier; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *jqEdit() const { return m_jq; }
    ScorecardConditions *conditions() const { return m_conditions; }

private:
    void load(const ScorecardRule &rule);
    void validate();
    void kindChanged();

    Scorecard m_draft;
    int m_index;
    QHash<QString, Blueprint> m_blueprints;
    QJsonObject m_extra;
    QLineEdit *m_identifier = nullptr;
    QLabel *m_identifierProblem = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_level = nullptr;
    QStackedWidget *m_body = nullptr;
    QComboBox *m_binaryBy = nullptr;
    ScorecardConditions *m_conditions = nullptr;
    QLineEdit *m_jq = nullptr;
    QComboBox *m_measure = nullptr;
    QLineEdit *m_measureJq = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QComboBox *m_direction = nullptr;
    QTableWidget *m_bands = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    ScorecardConditions *m_filter = nullptr;
    QCheckBox *m_hasEffective = nullptr;
    QDateTimeEdit *m_effective = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace portolan
