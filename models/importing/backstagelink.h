#pragma once

#include "backstageref.h"

#include <QString>

namespace portolan {

// One reference a document makes to another entity, before it is resolved against the catalog.
struct BackstageLink
{
    QString type; // the Port relation type in its forward form: ownedBy, partOf, dependsOn…
    bool inverse = false; // written on this entity but stored on the target, pointing back here
    BackstageRef target;
    // Where the reference is written, for problems about it.
    int line = 0;
    int column = 0;
    QString path;
};

} // namespace portolan
