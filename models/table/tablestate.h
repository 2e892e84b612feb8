#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace portolan {

// One key of a table's sort: a column key and its direction.
struct SortKey {
    QString column;
    bool ascending = true;
    friend bool operator==(const SortKey &, const SortKey &) = default;
};

// What a catalog table shows, as a plain value: saved in personal views, restored, exported.
// Column keys are those of TableColumns ("$identifier", "language", "$relation.service" …).
struct TableState {
    QStringList columns;  // visible columns in order; empty: the blueprint's default columns
    QList<SortKey> sort;  // the first key sorts first; empty: by identifier
    QJsonObject filter;   // Port's rule shape {combinator, rules[]}; empty: every entity
    QString groupBy;      // a column key; empty: no grouping
    QString text;         // free text: every word must match
    bool myTeams = false; // only entities owned by the user's teams

    QJsonObject toJson() const;
    // Unknown fields are ignored and missing ones take their defaults (views saved by older versions).
    static TableState fromJson(const QJsonObject &json);
    friend bool operator==(const TableState &, const TableState &) = default;
};

} // namespace portolan
