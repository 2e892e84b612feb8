#pragma once

#include "common/problem.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

namespace portolan {

// A page of one blueprint's entities, filtered and sorted by the store in SQL (never by loading
// every row). Filters are Port search rules; properties are addressed by identifier, meta-properties
// with `$` ($identifier, $title, $createdAt, $updatedAt…).
struct EntityQuery {
    struct Sort {
        QString property;
        bool ascending = true;
    };

    QString blueprint;
    QJsonObject filter; // {combinator, rules[]}; empty: every entity
    QString text;       // free text: every word must match
    QList<Sort> sort;
    int limit = 100;
    int offset = 0;

    // SELECT … statement and its bound values; problems for rules it cannot translate.
    struct Sql {
        QString statement;
        QVariantList values;
        Problems problems;
    };
    Sql toSql(const QString &columns) const;
    Sql toCountSql() const;
    // The condition alone (blueprint, filter, text), for callers that compose their own statements.
    Sql toWhereSql() const;
};

} // namespace portolan
