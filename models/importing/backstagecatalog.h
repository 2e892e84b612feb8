#pragma once

#include "catalog/entity.h"
#include "common/problem.h"
#include "schema/blueprint.h"

#include <QList>
#include <QStringList>

namespace portolan {

// What a set of Backstage catalog files amounts to in Portolan's terms.
struct BackstageCatalog
{
    QList<Blueprint> blueprints; // one per kind that occurs, entities' or relation targets'
    QList<Entity> entities; // relation targets first, where cycles allow
    // Where each entity's document starts (same order as `entities`), for problems found later.
    struct Place {
        QString file;
        int line = 0;
        int column = 0;
    };
    QList<Place> places;
    Problems problems; // with file, line and column where known
    QStringList files; // every file read, Location targets and $text files included
};

} // namespace portolan
