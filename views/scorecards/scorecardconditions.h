#pragma once

#include "schema/blueprint.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace portolan {

// Port's scorecard conditions {combinator, conditions: [{property|relation, operator, value}]} as
// rows: property (the blueprint's properties, meta-properties and relations offered), operator,
// value. Values are read as JSON when they parse (3, true, ["a"]), else as text. Nested groups
// cannot be shown as rows: then the editor says so and keeps them as they are (the JSON view edits
// them).
class ScorecardConditions final : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardConditions(QWidget *parent = nullptr);

    void setBlueprint(const Blueprint *blueprint);
    void setQuery(const QJsonObject &query); // {} shows no rows
    QJsonObject query() const;               // {} when there are no rows
    QTableWidget *table() const { return m_table; }
    void addRow(const QJsonObject &condition = {});

Q_SIGNALS:
    void changed();

private:
    QComboBox *propertyBox(const QString &current);
    void fillProperties(QComboBox *box) const;

    QComboBox *m_combinator = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_nested = nullptr;
    QJsonObject m_kept; // a query with nested groups, kept as it came
    QList<PropertyDef> m_properties;
    QList<RelationDef> m_relations;
    QStringList m_derived; // mirrors, calculations, aggregations
    bool m_loading = false;
};

} // namespace portolan
