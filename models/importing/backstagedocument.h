#pragma once

#include "backstageref.h"

#include <QString>
#include <yaml-cpp/yaml.h>

namespace portolan {

// One catalog document whose envelope (apiVersion, kind, metadata.name) was found sound.
struct BackstageDocument
{
    QString file;
    YAML::Node root;
    QString kind; // as written; the blueprint title when it is the first of its kind
    BackstageRef ref; // the entity's own reference: kind lower-cased, namespace "default" when not given
};

} // namespace portolan
