#pragma once

#include "table/tablecolumns.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace portolan {

class FilterEditor;

// The filters of a table: "+ Filter", a chip per rule (click to edit, × to remove), "match all /
// any" once there are two, "Clear all", and the "Owned by my teams" switch. Rules are edited in
// a FilterEditor below the bar. Emits the whole filter (Port's shape) on every change.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterEditor *editor, QWidget *parent = nullptr);

    void setColumns(const QList<TableColumn> &columns);
    void setFilter(const QJsonObject &filter); // without emitting
    QJsonObject filter() const { return m_filter; }
    void setMyTeams(bool on, bool available);
    // Opens the editor on a new rule.
    void addRule();

Q_SIGNALS:
    void filterChanged(const QJsonObject &filter);
    void myTeamsToggled(bool on);

private:
    void rebuildChips();
    void setRules(const QList<QJsonObject> &rules, const QString &combinator);

    FilterEditor *m_editor;
    QList<TableColumn> m_columns;
    QJsonObject m_filter;
    QToolButton *m_add = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QComboBox *m_combinator = nullptr;
    QPushButton *m_clear = nullptr;
    QCheckBox *m_myTeams = nullptr;
};

} // namespace portolan
