#include "backstagerelationset.h"

#include "backstageblueprints.h"
#include "backstagerelations.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

BackstageRelationSet::BackstageRelationSet(qsizetype entityCount)
    : m_entries(entityCount)
    , m_dependencies(entityCount)
{
}

BackstageRelationSet::Outcome BackstageRelationSet::add(
    qsizetype holder, const QString &holderKind, const QString &type, const Target &target, QString *kept)
{
    const QString id = backstage::relationId(type, target.kind);
    QList<Entry> &entries = m_entries[holder];
    auto entry = std::find_if(entries.begin(), entries.end(), [&](const Entry &s) { return s.id == id; });
    if (entry == entries.end()) {
        entries.append(Entry { id, type, {} });
        entry = entries.end() - 1;
    }
    if (entry->targets.contains(target.identifier, Qt::CaseInsensitive))
        return Outcome::AlreadyThere;
    if (!backstage::isMany(type) && !entry->targets.isEmpty()) {
        if (kept)
            *kept = entry->targets.first();
        return Outcome::SecondOwner;
    }
    entry->targets.append(target.identifier);
    if (target.index >= 0 && !m_dependencies[holder].contains(target.index))
        m_dependencies[holder].append(target.index);
    m_definitions[holderKind].insert(id, Definition { type, target.kind });
    if (!m_targetKinds.contains(target.kind))
        m_targetKinds.append(target.kind);
    return Outcome::Added;
}

QJsonObject BackstageRelationSet::relationsOf(qsizetype holder) const
{
    QJsonObject relations;
    for (const Entry &entry : m_entries.at(holder)) {
        relations.insert(entry.id,
            backstage::isMany(entry.type) ? QJsonValue(QJsonArray::fromStringList(entry.targets))
                                          : QJsonValue(entry.targets.first()));
    }
    return relations;
}

QJsonObject BackstageRelationSet::definitionsOf(
    const QString &kind, const QMap<QString, QString> &kindTitles) const
{
    QJsonObject definitions;
    const QMap<QString, Definition> byId = m_definitions.value(kind);
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        QString title = backstage::relationTitle(it->type);
        if (it.key() != it->type)
            title += u" ("_s + kindTitles.value(it->target, it->target) + u')';
        definitions.insert(it.key(),
            QJsonObject { { u"title"_s, title }, { u"target"_s, it->target }, { u"required"_s, false },
                { u"many"_s, backstage::isMany(it->type) } });
    }
    return definitions;
}

} // namespace portolan
