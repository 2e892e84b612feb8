#include "initiative.h"

#include "store/definitiontable.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Initiatives span blueprints, so their audit entries name none.
DefinitionTable table(const Database &db)
{
    return DefinitionTable(db, u"initiatives"_s, u"initiative"_s);
}

} // namespace

InitiativeStore::InitiativeStore(const Database &db)
    : m_db(db)
{
}

QList<QJsonObject> InitiativeStore::definitions() const
{
    return table(m_db).all();
}

QList<Initiative> InitiativeStore::initiatives() const
{
    QList<Initiative> out;
    for (const QJsonObject &json : definitions())
        out.append(Initiative::fromJson(json));
    return out;
}

std::optional<Initiative> InitiativeStore::initiative(const QString &identifier) const
{
    const QJsonObject json = table(m_db).one(identifier);
    if (json.isEmpty())
        return std::nullopt;
    return Initiative::fromJson(json);
}

Problems InitiativeStore::save(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor,
                               Origin origin)
{
    return table(m_db).inTransaction(u"could not save the initiatives: "_s,
                                     [&] { return write(initiatives, scorecards, actor, origin); });
}

Problems InitiativeStore::write(const QList<QJsonObject> &initiatives, const QStringList &scorecards, const QString &actor,
                                Origin origin)
{
    Problems problems;
    QSet<QString> seen;
    QList<Initiative> parsed;
    for (qsizetype i = 0; i < initiatives.size(); ++i) {
        Problems found;
        const Initiative initiative = Initiative::fromJson(initiatives.at(i), &found);
        found.append(validateInitiative(initiative, scorecards));
        if (!initiative.identifier.isEmpty() && seen.contains(initiative.identifier))
            found.append(Problem::error(u"$.identifier"_s, u"initiative \"%1\" appears twice"_s.arg(initiative.identifier)));
        seen.insert(initiative.identifier);
        locate(found, {}, initiatives.size() > 1 ? u"$.initiatives[%1]"_s.arg(i) : QString());
        problems.append(found);
        parsed.append(initiative);
    }
    if (hasErrors(problems))
        return problems;
    const DefinitionTable definitions = table(m_db);
    for (const Initiative &initiative : std::as_const(parsed)) {
        problems.append(definitions.put(initiative.identifier, initiative.toJson(), actor, origin));
        if (hasErrors(problems))
            return problems;
    }
    return problems;
}

Problems InitiativeStore::remove(const QString &identifier, const QString &actor, Origin origin)
{
    const DefinitionTable definitions = table(m_db);
    return definitions.inTransaction(u"could not delete the initiative: "_s,
                                     [&] { return definitions.remove(identifier, actor, origin); });
}

} // namespace portolan
