#pragma once

#include "catalog/entity.h"

class QSqlQuery;

namespace portolan {

struct Blueprint;

// How an entity maps onto a row of the `entities` table.
namespace EntityRow {
// "id, blueprint, identifier, title, …": the columns read() expects, in order.
QString columns();
Entity read(const QSqlQuery &query);
// Binds title, icon, team, properties, relations, created_at, updated_at, created_by, updated_by.
void bind(QSqlQuery &query, const Entity &entity);
// Same identity and content, meta-properties aside (a no-op write is skipped).
bool sameContent(const Entity &stored, const Entity &incoming);
// The text that the full-text index gets beyond identifier and title: string property values.
QString searchText(const Entity &entity, const Blueprint &blueprint);
QString toJsonText(const QJsonObject &object);
} // namespace EntityRow

} // namespace portolan
