#pragma once

#include "schema/blueprint.h"

#include <QList>

namespace portolan {

// One column of a blueprint's table: a meta-property, a stored property, a derived one (mirror,
// calculation, aggregation) or a relation, with what SQL can do with it.
struct TableColumn {
    enum class Kind { Meta, Property, Mirror, Calculation, Aggregation, Relation };
    Kind kind = Kind::Property;
    QString key;   // unique within the table: "$title", "language", "$relation.service"
    QString id;    // the property's, relation's or meta-property's identifier
    QString title;
    QString sql;   // its SQL expression over `entities`; empty when only known on read (mirror, calculation)
    PropertyDef property; // the schema of stored properties; type and format of meta and calculation columns
    QString target;       // relations: the target blueprint
    bool filterable = false; // Port rules on `id` translate to SQL (meta and stored properties)

    bool sortable() const { return !sql.isEmpty(); }
    // Few distinct values: enums, booleans, plain strings, teams.
    bool groupable() const;
    bool isEnum() const { return !property.enumValues.isEmpty(); }
};

namespace TableColumns {
// $identifier, $title, stored properties, mirrors, calculations, aggregations, relations, $team,
// $createdAt, $updatedAt.
QList<TableColumn> of(const Blueprint &blueprint);
// The columns a table shows before anyone chooses: all but the timestamps, and $team only when the
// blueprint has ownership.
QStringList defaultKeys(const Blueprint &blueprint, const QList<TableColumn> &columns);
int indexOf(const QList<TableColumn> &columns, const QString &key); // -1 when absent
} // namespace TableColumns

} // namespace portolan
