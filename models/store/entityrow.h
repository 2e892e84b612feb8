#pragma once

#include "catalog/entity.h"

class QSqlQuery;

namespace portolan {
class Statement;
}

namespace portolan {

struct Blueprint;
struct PreparedEntity;

// How an entity maps onto a row of the `entities` table.
namespace EntityRow {
// "id, blueprint, identifier, title, …": the columns read() expects, in order.
QString columns(const QString &alias = {});
Entity read(const QSqlQuery &query);
Entity read(const Statement &statement);
// Binds title, icon, team, properties, relations, created_at, updated_at, created_by, updated_by,
// and returns the entity's Port JSON as text, assembled from the same serialised pieces (the
// audit log's "after"), so nothing is serialised twice.
QByteArray bind(Statement &statement, const Entity &entity, const PreparedEntity &texts);
// ISO 8601 with milliseconds in UTC; remembers the last value (a bulk write stamps one time).
QString isoText(const QDateTime &dateTime);
// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text);
// The same for UTF-8 text, appended to `out`.
void appendJsonString(QByteArray &out, QByteArrayView utf8);
// Same identity and content, meta-properties aside (a no-op write is skipped).
bool sameContent(const Entity &stored, const Entity &incoming);
// The text that the full-text index gets beyond identifier and title: string property values.
QString searchText(const Entity &entity, const Blueprint &blueprint);
QString toJsonText(const QJsonObject &object);
} // namespace EntityRow

} // namespace portolan
