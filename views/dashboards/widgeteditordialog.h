#pragma once

#include "dashboards/dashboard.h"
#include "schema/blueprint.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace portolan {

// Adds or edits one widget of a dashboard: its type decides which fields show (blueprint,
// property offered from the blueprint, calculation, filter rows, colours, line source, table
// columns, markdown, scorecard, DORA metric…). Validates as you type with validateDashboard on
// the dashboard as it would be; OK stays disabled while something is wrong. Enter accepts, Esc
// cancels.
class WidgetEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    // `index` is the widget being edited, or -1 for a new one (appended).
    WidgetEditorDialog(const Dashboard &dashboard, int index, const QHash<QString, Blueprint> &blueprints,
                       const QStringList &scorecards, const QStringList &initiatives, QWidget *parent = nullptr);

    DashboardWidget widget() const;
    // The dashboard with the edited widget in place.
    Dashboard result() const;
    QStringList problems() const { return m_problems; }

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *blueprintBox() const { return m_blueprint; }
    QComboBox *propertyBox() const { return m_property; }
    QComboBox *calculationBox() const { return m_calculation; }
    QPlainTextEdit *markdownEdit() const { return m_markdown; }
    QPushButton *okButton() const { return m_ok; }

private:
    void load(const DashboardWidget &widget);
    void typeChanged();
    void blueprintChanged();
    void validate();
    QJsonObject filter() const;
    QList<ColorRule> colors() const;

    Dashboard m_dashboard;
    int m_index = -1;
    QString m_id;
    DashboardWidget m_original;
    QHash<QString, Blueprint> m_blueprints;
    QStringList m_scorecards;
    QStringList m_initiatives;
    QStringList m_problems;

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_span = nullptr;
    QComboBox *m_blueprint = nullptr;
    QComboBox *m_property = nullptr;
    QComboBox *m_calculation = nullptr;
    QComboBox *m_valueProperty = nullptr;
    QTableWidget *m_filter = nullptr;
    QWidget *m_filterBox = nullptr;
    QCheckBox *m_myTeams = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_colors = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_dateProperty = nullptr;
    QComboBox *m_bucket = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_columns = nullptr;
    QPlainTextEdit *m_markdown = nullptr;
    QComboBox *m_scorecard = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_initiative = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_groupBy = nullptr;
    QSpinBox *m_window = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace portolan
