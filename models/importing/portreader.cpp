#include "portreader.h"

#include "jsonsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

PortReader::PortReader(Options options)
    : m_options(std::move(options))
{
}

ImportPlan PortReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.problems.append(Problem{Problem::Severity::Error, path, 0, 0, {}, u"cannot read: "_s + file.errorString()});
        return plan;
    }
    return readJson(file.readAll(), path);
}

ImportPlan PortReader::readJson(const QByteArray &text, const QString &fileName) const
{
    int repaired = 0;
    const QByteArray input = m_options.repairQuotes ? JsonSource::repairQuotes(text, &repaired) : text;
    const JsonSource source = JsonSource::parse(input, fileName);
    if (!source.problems.isEmpty()) {
        ImportPlan plan;
        plan.files.append(fileName);
        plan.problems = source.problems;
        return plan;
    }
    ImportPlan plan = readValue(source.document.isArray() ? QJsonValue(source.document.array())
                                                          : QJsonValue(source.document.object()),
                                fileName);
    if (repaired > 0)
        plan.problems.prepend(Problem{Problem::Severity::Warning, fileName, 0, 0, {},
                                      u"repaired %1 typographic quotes"_s.arg(repaired)});
    return plan;
}

ImportPlan PortReader::readValue(const QJsonValue &value, const QString &fileName) const
{
    ImportPlan plan;
    plan.files.append(fileName);
    const QJsonObject object = value.toObject();
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            readItem(items.at(i).toObject(), u"$["_s + QString::number(i) + u']', fileName, plan, {});
    } else if (object.contains("blueprints"_L1) || object.contains("entities"_L1) || object.contains("actions"_L1)
               || object.contains("automations"_L1) || object.contains("scorecards"_L1)
               || object.contains("initiatives"_L1) || object.contains("dashboards"_L1)) {
        for (const char *key : {"blueprints", "entities"}) {
            const QJsonValue list = object.value(QLatin1StringView(key));
            if (!list.isUndefined() && !list.isArray()) {
                plan.problems.append(Problem{Problem::Severity::Error, fileName, 0, 0, u"$."_s + QLatin1StringView(key),
                                             u"must be a list"_s});
                continue;
            }
            const QJsonArray items = object.value(QLatin1StringView(key)).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                readItem(items.at(i).toObject(), u"$."_s + QLatin1StringView(key) + u'[' + QString::number(i) + u']',
                         fileName, plan, QLatin1StringView(key));
            }
        }
        plan.keepDanglingRelations = object.value("keepMissingRelationTargets"_L1).toBool();
        const auto listOf = [&](const char *key, QList<ImportPlan::PlannedAction> &into) {
            const QJsonValue list = object.value(QLatin1StringView(key));
            if (list.isUndefined())
                return;
            if (!list.isArray()) {
                plan.problems.append(Problem{Problem::Severity::Error, fileName, 0, 0, u"$."_s + QLatin1StringView(key),
                                             u"must be a list"_s});
                return;
            }
            const QJsonArray items = list.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString path = u"$."_s + QLatin1StringView(key) + u'[' + QString::number(i) + u']';
                if (!items.at(i).isObject())
                    plan.problems.append(Problem{Problem::Severity::Error, fileName, 0, 0, path, u"expected an object"_s});
                else
                    into.append({items.at(i).toObject(), CatalogWriter::Source{fileName, 0, 0, path}});
            }
        };
        listOf("actions", plan.actions);
        listOf("automations", plan.actions);
        listOf("scorecards", plan.scorecards);
        listOf("initiatives", plan.initiatives);
        listOf("dashboards", plan.dashboards);
    } else if (value.isObject()) {
        readItem(object, u"$"_s, fileName, plan, {});
    } else {
        plan.problems.append(Problem{Problem::Severity::Error, fileName, 0, 0, u"$"_s,
                                     u"expected a blueprint, an entity, a list of them or a portal bundle"_s});
    }
    return plan;
}

void PortReader::readItem(const QJsonObject &item, const QString &path, const QString &file, ImportPlan &plan,
                          const QString &expect) const
{
    CatalogWriter::Source source{file, 0, 0, path};
    Problems problems;
    // A blueprint has a schema; an entity has none.
    const bool isBlueprint = expect == "blueprints"_L1 || (expect.isEmpty() && item.contains("schema"_L1));
    if (item.isEmpty()) {
        problems.append(Problem::error(u"$"_s, u"expected an object"_s));
    } else if (expect.isEmpty() && item.contains("trigger"_L1) && item.contains("invocationMethod"_L1)) {
        plan.actions.append({item, source}); // an action (or automation) file of its own
    } else if (expect.isEmpty() && item.contains("rules"_L1) && item.contains("blueprint"_L1) && !item.contains("schema"_L1)) {
        plan.scorecards.append({item, source}); // a scorecard file of its own
    } else if (isBlueprint) {
        plan.blueprints.append({Blueprint::fromJson(item, &problems), source});
    } else {
        Entity entity = Entity::fromJson(item, &problems);
        if (entity.blueprint.isEmpty())
            entity.blueprint = m_options.defaultBlueprint;
        if (entity.blueprint.isEmpty())
            problems.append(Problem::error(u"$.blueprint"_s, u"the entity does not name its blueprint; name one with --blueprint"_s));
        if (entity.identifier.isEmpty())
            problems.append(Problem::error(u"$.identifier"_s, u"the entity has no identifier"_s));
        plan.entities.append({entity, source});
    }
    locate(problems, file, path);
    plan.problems.append(problems);
}

} // namespace portolan
