#pragma once

#include "store/catalogstore.h"

namespace portolan {

// Where the window is: a page and what it shows. Navigation history is a list of these.
struct Place {
    enum class Kind { Home, Catalog, Entity, Graph, Audit, Designer, Actions, Runs, Run, Scorecards, Initiatives, Dashboards };
    Kind kind = Kind::Home;
    QString blueprint; // Catalog: the blueprint shown; Run: the run's id; Scorecards, Initiatives, Dashboards: the one shown (may be empty)
    EntityKey entity;  // Entity, Graph: the entity shown

    static Place home() { return {}; }
    static Place catalog(const QString &blueprint) { return {Kind::Catalog, blueprint, {}}; }
    static Place entityPage(const EntityKey &key) { return {Kind::Entity, key.blueprint, key}; }
    static Place graph(const EntityKey &key) { return {Kind::Graph, key.blueprint, key}; }
    static Place audit() { return {Kind::Audit, {}, {}}; }
    static Place designer() { return {Kind::Designer, {}, {}}; }
    static Place actions() { return {Kind::Actions, {}, {}}; }
    static Place runs() { return {Kind::Runs, {}, {}}; }
    static Place run(const QString &runId) { return {Kind::Run, runId, {}}; }
    static Place scorecards(const QString &scorecard = {}) { return {Kind::Scorecards, scorecard, {}}; }
    static Place initiatives(const QString &initiative = {}) { return {Kind::Initiatives, initiative, {}}; }
    static Place dashboards(const QString &dashboard = {}) { return {Kind::Dashboards, dashboard, {}}; }
    friend bool operator==(const Place &, const Place &) = default;
};

} // namespace portolan
