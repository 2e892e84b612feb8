#include "entityrow.h"

#include "schema/blueprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portolan::EntityRow {
namespace {

QJsonValue parse(const QVariant &text)
{
    if (text.isNull())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QDateTime dateTime(const QVariant &text)
{
    return text.isNull() ? QDateTime() : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QVariant dateText(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

} // namespace

QString columns()
{
    return u"id, blueprint, identifier, title, icon, team, properties, relations, created_at, updated_at, created_by, updated_by"_s;
}

Entity read(const QSqlQuery &q)
{
    Entity e;
    e.blueprint = q.value(1).toString();
    e.identifier = q.value(2).toString();
    e.title = q.value(3).toString();
    e.icon = q.value(4).toString();
    for (const QJsonValue &t : parse(q.value(5)).toArray())
        e.team.append(t.toString());
    e.properties = parse(q.value(6)).toObject();
    e.relations = parse(q.value(7)).toObject();
    e.createdAt = dateTime(q.value(8));
    e.updatedAt = dateTime(q.value(9));
    e.createdBy = q.value(10).toString();
    e.updatedBy = q.value(11).toString();
    return e;
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void bind(QSqlQuery &q, const Entity &e)
{
    q.addBindValue(e.title);
    q.addBindValue(e.icon.isEmpty() ? QVariant() : QVariant(e.icon));
    q.addBindValue(e.team.isEmpty() ? QVariant()
                                    : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.team)).toJson(QJsonDocument::Compact))));
    q.addBindValue(toJsonText(e.properties));
    q.addBindValue(toJsonText(e.relations));
    q.addBindValue(dateText(e.createdAt));
    q.addBindValue(dateText(e.updatedAt));
    q.addBindValue(e.createdBy.isEmpty() ? QVariant() : QVariant(e.createdBy));
    q.addBindValue(e.updatedBy.isEmpty() ? QVariant() : QVariant(e.updatedBy));
}

bool sameContent(const Entity &a, const Entity &b)
{
    const bool metaGiven = b.createdAt.isValid() || b.updatedAt.isValid() || !b.createdBy.isEmpty() || !b.updatedBy.isEmpty();
    if (metaGiven && (a.createdAt != b.createdAt || a.updatedAt != b.updatedAt || a.createdBy != b.createdBy
                      || a.updatedBy != b.updatedBy))
        return false;
    return a.title == b.title && a.icon == b.icon && a.team == b.team && a.properties == b.properties
        && a.relations == b.relations;
}

QString searchText(const Entity &entity, const Blueprint &blueprint)
{
    QStringList words;
    for (const PropertyDef &p : blueprint.properties) {
        const QJsonValue v = entity.properties.value(p.id);
        if (v.isString()) {
            words.append(v.toString());
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                if (item.isString())
                    words.append(item.toString());
            }
        }
    }
    return words.join(u' ');
}

} // namespace portolan::EntityRow
