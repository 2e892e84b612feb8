#include "portalexporter.h"

#include "actions/actionstore.h"
#include "dashboards/dashboardstore.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"

#include "store/catalogstore.h"
#include "store/entityrow.h"
#include "yamlwriter.h"

#include <QIODevice>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return (u'"' + quoted + u'"').toUtf8();
}

QString cellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integers print exactly (9007199254740993 stays itself), other numbers shortest-exact.
        if (v.toInteger(0) != 0 || d == 0)
            return QString::number(v.toInteger());
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isArray() && std::all_of(v.toArray().begin(), v.toArray().end(), [](const QJsonValue &i) { return i.isString(); })) {
        QStringList items;
        for (const QJsonValue &i : v.toArray())
            items.append(i.toString());
        return items.join(u';');
    }
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

PortalExporter::PortalExporter(CatalogStore &store)
    : m_store(store)
{
}

QString PortalExporter::write(QIODevice &out, Format format) const
{
    const bool json = format == Format::Json;
    const auto item = [&](const QJsonObject &object, bool first) {
        if (json)
            return QByteArray(QByteArray(first ? "\n    " : ",\n    ") + QJsonDocument(object).toJson(QJsonDocument::Compact));
        return QByteArray("  - " + yaml::fromJson(object, 4).mid(4) + "\n");
    };
    out.write(json ? "{\n  \"blueprints\": [" : "blueprints:\n");
    const QList<Blueprint> blueprints = m_store.blueprints();
    for (qsizetype i = 0; i < blueprints.size(); ++i)
        out.write(item(blueprints.at(i).json, i == 0));
    if (!json && blueprints.isEmpty())
        out.write("  []\n");
    out.write(json ? "\n  ],\n  \"entities\": [" : "entities:\n");
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + EntityRow::columns(u"e"_s)
                + u" FROM entities e JOIN blueprints b ON b.identifier = e.blueprint ORDER BY b.position, e.id"_s))
        return u"reading entities failed: "_s + q.lastError().text();
    bool first = true;
    while (q.next()) {
        out.write(item(EntityRow::read(q).toJson(), first));
        first = false;
    }
    if (!json && first)
        out.write("  []\n");
    // Self-service actions (and automations) after the entities: an import writes them last, once
    // the blueprints they name exist.
    const QList<QJsonObject> actions = ActionStore(m_store.database()).definitions();
    if (!actions.isEmpty()) {
        out.write(json ? "\n  ],\n  \"actions\": [" : "actions:\n");
        for (qsizetype i = 0; i < actions.size(); ++i)
            out.write(item(actions.at(i), i == 0));
    }
    // Scorecards, initiatives and dashboards last: each may name what comes before it.
    const std::pair<const char *, QList<QJsonObject>> later[] = {
        {"scorecards", ScorecardStore(m_store.database()).definitions()},
        {"initiatives", InitiativeStore(m_store.database()).definitions()},
        {"dashboards", DashboardStore(m_store.database()).definitions()}};
    for (const auto &[key, definitions] : later) {
        if (definitions.isEmpty())
            continue;
        const QByteArray name(key);
        out.write(json ? QByteArray("\n  ],\n  \"" + name + "\": [") : QByteArray(name + ":\n"));
        for (qsizetype i = 0; i < definitions.size(); ++i)
            out.write(item(definitions.at(i), i == 0));
    }
    // A portal that keeps relations to missing entities (from Backstage) must re-import that way.
    const bool dangling = m_store.stats().value("danglingRelations"_L1).toInteger() > 0;
    if (json)
        out.write(dangling ? "\n  ],\n  \"keepMissingRelationTargets\": true\n}\n" : "\n  ]\n}\n");
    else if (dangling)
        out.write("keepMissingRelationTargets: true\n");
    return out.isWritable() ? QString() : out.errorString();
}

QString PortalExporter::writeCsv(QIODevice &out, const QString &blueprintId) const
{
    const std::optional<Blueprint> bp = m_store.blueprint(blueprintId);
    if (!bp)
        return u"unknown blueprint \"%1\""_s.arg(blueprintId);
    QList<QByteArray> header{"identifier", "title", "team"};
    for (const PropertyDef &p : bp->properties)
        header.append(csvField(p.id));
    for (const RelationDef &r : bp->relations)
        header.append(csvField(r.id));
    out.write(header.join(',') + "\r\n");
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE blueprint = ? ORDER BY identifier"_s);
    q.addBindValue(blueprintId);
    if (!q.exec())
        return u"reading entities failed"_s;
    while (q.next()) {
        const Entity e = EntityRow::read(q);
        QList<QByteArray> row{csvField(e.identifier), csvField(e.title), csvField(e.team.join(u';'))};
        for (const PropertyDef &p : bp->properties)
            row.append(csvField(cellText(e.properties.value(p.id))));
        for (const RelationDef &r : bp->relations)
            row.append(csvField(e.relationTargets(r.id).join(u';')));
        out.write(row.join(',') + "\r\n");
    }
    return {};
}

} // namespace portolan
