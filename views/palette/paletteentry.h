#pragma once

#include "store/catalogstore.h"

namespace portolan {

// One result of the command palette: an entity, a blueprint's catalog, or a window command.
struct PaletteEntry {
    enum class Kind { Entity, Blueprint, Command };
    Kind kind = Kind::Entity;
    QString title;
    QString subtitle; // blueprint of an entity, shortcut of a command
    EntityKey entity;
    QString id; // blueprint identifier or command id
};

} // namespace portolan
