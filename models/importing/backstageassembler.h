#pragma once

#include "backstagecatalog.h"
#include "backstagedocument.h"
#include "backstagelink.h"
#include "backstagerelationset.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace portolan {

// Turns loaded documents into the catalog: one entity per distinct kind+namespace+name, relations
// resolved case-insensitively (inverse fields stored on the other entity), one blueprint per kind
// with the relations its entities use, and entities ordered so that targets come first.
class BackstageAssembler final
{
public:
    explicit BackstageAssembler(BackstageCatalog &catalog);
    Q_DISABLE_COPY_MOVE(BackstageAssembler)

    void assemble(const QList<BackstageDocument> &documents);

private:
    void collectEntities(const QList<BackstageDocument> &documents);
    void resolve(qsizetype source, const BackstageLink &link, BackstageRelationSet &relations);
    void warnMissing(qsizetype source, const BackstageLink &link, const QString &consequence);
    void makeBlueprints(const BackstageRelationSet &relations);
    void order(const BackstageRelationSet &relations);

    BackstageCatalog &m_catalog;
    QList<BackstageDocument> m_documents; // one per entity, same order as m_catalog.entities
    QHash<QString, qsizetype> m_byKey; // BackstageRef::key() → entity index
    QStringList m_kinds; // blueprint identifiers in the order first seen
    QMap<QString, QString> m_kindTitles; // blueprint identifier → title
    QSet<QString> m_warned;
};

} // namespace portolan
