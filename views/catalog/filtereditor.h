#pragma once

#include "table/tablecolumns.h"
#include "table/tablefilter.h"

#include <QFrame>
#include <QJsonObject>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QStackedWidget;

namespace portolan {

// Edits one filter rule in place: a property, an operator that suits its type (=, contains,
// begins with, >, between for dates, is empty …) and a value editor that suits the operator
// (text, number, one of the enum's values, true/false, a date, a date range).
class FilterEditor final : public QFrame
{
    Q_OBJECT
public:
    explicit FilterEditor(QWidget *parent = nullptr);

    void setColumns(const QList<TableColumn> &columns);
    void setTeams(const QStringList &teams); // offered for $team rules
    // Starts editing `rule` (empty: a new rule), which replaces rule `index` of the filter (-1: added).
    void edit(const QJsonObject &rule, int index);
    QJsonObject rule() const;

Q_SIGNALS:
    void accepted(const QJsonObject &rule, int index);
    void cancelled();

private:
    void columnChosen();
    void operatorChosen();
    const TableColumn *column() const;
    FilterOperator::Value valueKind() const;
    void setValue(const QJsonValue &value);

    QList<TableColumn> m_columns;
    QStringList m_teams;
    QList<FilterOperator> m_operators;
    int m_index = -1;
    QComboBox *m_property = nullptr;
    QComboBox *m_operator = nullptr;
    QStackedWidget *m_values = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
};

} // namespace portolan
