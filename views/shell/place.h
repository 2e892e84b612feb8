#pragma once

#include "store/catalogstore.h"

namespace portolan {

// Where the window is: a page and what it shows. Navigation history is a list of these.
struct Place {
    enum class Kind { Home, Catalog, Entity, Graph, Audit, Designer };
    Kind kind = Kind::Home;
    QString blueprint; // Catalog: the blueprint shown
    EntityKey entity;  // Entity, Graph: the entity shown

    static Place home() { return {}; }
    static Place catalog(const QString &blueprint) { return {Kind::Catalog, blueprint, {}}; }
    static Place entityPage(const EntityKey &key) { return {Kind::Entity, key.blueprint, key}; }
    static Place graph(const EntityKey &key) { return {Kind::Graph, key.blueprint, key}; }
    static Place audit() { return {Kind::Audit, {}, {}}; }
    static Place designer() { return {Kind::Designer, {}, {}}; }
    friend bool operator==(const Place &, const Place &) = default;
};

} // namespace portolan
