#include "entityrow.h"

#include "schema/blueprint.h"
#include "preparedentity.h"
#include "statement.h"

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

} // namespace

QString columns(const QString &alias)
{
    static const QStringList names{u"id"_s,         u"blueprint"_s,  u"identifier"_s, u"title"_s,
                                   u"icon"_s,       u"team"_s,       u"properties"_s, u"relations"_s,
                                   u"created_at"_s, u"updated_at"_s, u"created_by"_s, u"updated_by"_s};
    if (alias.isEmpty())
        return names.join(u", "_s);
    QStringList qualified;
    for (const QString &name : names)
        qualified.append(alias + u'.' + name);
    return qualified.join(u", "_s);
}

template<typename Text, typename Null>
Entity readWith(Text value, Null isNull)
{
    Entity e;
    e.blueprint = value(1);
    e.identifier = value(2);
    e.title = value(3);
    e.icon = value(4);
    for (const QJsonValue &t : parse(isNull(5) ? QVariant() : QVariant(value(5))).toArray())
        e.team.append(t.toString());
    e.properties = parse(QVariant(value(6))).toObject();
    e.relations = parse(QVariant(value(7))).toObject();
    e.createdAt = dateTime(isNull(8) ? QVariant() : QVariant(value(8)));
    e.updatedAt = dateTime(isNull(9) ? QVariant() : QVariant(value(9)));
    e.createdBy = value(10);
    e.updatedBy = value(11);
    return e;
}

Entity read(const QSqlQuery &q)
{
    return readWith([&q](int i) { return q.value(i).toString(); }, [&q](int i) { return q.value(i).isNull(); });
}

Entity read(const Statement &s)
{
    return readWith([&s](int i) { return s.text(i); }, [&s](int i) { return s.isNull(i); });
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString isoText(const QDateTime &dateTime)
{
    thread_local std::pair<QDateTime, QString> last;
    if (!dateTime.isValid())
        return {};
    if (last.first != dateTime)
        last = {dateTime, dateTime.toUTC().toString(Qt::ISODateWithMs)};
    return last.second;
}

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text.toUtf8());
    return out;
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    // Most text needs no escaping: copy the runs between characters that do in one go.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(run, i - run));
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: out.append("\\u00").append(QByteArray::number(c, 16).rightJustified(2, '0'));
        }
    }
    out.append(utf8.sliced(run));
    out.append('"');
}

QByteArray bind(Statement &q, const Entity &e, const PreparedEntity &texts)
{
    const QByteArray &team = texts.team;
    const QByteArray &properties = texts.properties;
    const QByteArray &relations = texts.relations;
    const QString createdAt = isoText(e.createdAt);
    const QString updatedAt = isoText(e.updatedAt);
    q.bind(1, e.title);
    q.bindOptional(2, e.icon);
    if (team.isEmpty())
        q.bindNull(3);
    else
        q.bindText(3, team);
    q.bindText(4, properties);
    q.bindText(5, relations);
    q.bindOptional(6, createdAt);
    q.bindOptional(7, updatedAt);
    q.bindOptional(8, e.createdBy);
    q.bindOptional(9, e.updatedBy);
    // The same shape and key order as Entity::toJson() (QJsonObject sorts keys).
    QByteArray json = "{";
    const auto field = [&json](const char *key, const QByteArray &value) {
        if (json.size() > 1)
            json.append(',');
        json.append('"').append(key).append("\":").append(value);
    };
    if (!createdAt.isEmpty()) field("$createdAt", jsonString(createdAt));
    if (!e.createdBy.isEmpty()) field("$createdBy", jsonString(e.createdBy));
    if (!updatedAt.isEmpty()) field("$updatedAt", jsonString(updatedAt));
    if (!e.updatedBy.isEmpty()) field("$updatedBy", jsonString(e.updatedBy));
    field("blueprint", jsonString(e.blueprint));
    if (!e.icon.isEmpty()) field("icon", jsonString(e.icon));
    field("identifier", jsonString(e.identifier));
    field("properties", properties);
    field("relations", relations);
    if (!team.isEmpty()) field("team", team);
    if (!e.title.isEmpty()) field("title", jsonString(e.title));
    json.append('}');
    return json;
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
