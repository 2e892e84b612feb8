#include "changeset.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Import: return u"import"_s;
    case Origin::UI: return u"ui"_s;
    case Origin::Sync: return u"sync"_s;
    case Origin::ActionRun: return u"action-run"_s;
    case Origin::Migration: return u"migration"_s;
    }
    return u"unknown"_s;
}

bool ChangeSet::isEmpty() const
{
    return blueprints.isEmpty() && createdEntities.isEmpty() && updatedEntities.isEmpty() && deletedEntities.isEmpty();
}

qsizetype ChangeSet::entityCount() const
{
    qsizetype n = 0;
    for (const auto *map : {&createdEntities, &updatedEntities, &deletedEntities}) {
        for (const QSet<QString> &ids : *map)
            n += ids.size();
    }
    return n;
}

} // namespace portolan
