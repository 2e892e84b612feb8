#pragma once

#include "schema/blueprint.h"
#include "tablecolumns.h"
#include "tablestate.h"

namespace portolan {

// Everything a job on the StoreLane needs to read a table: a plain value, copied into each job.
struct TableSpec {
    Blueprint blueprint;
    QList<TableColumn> columns; // TableColumns::of(blueprint)
    TableState state;
    QStringList myTeams; // the teams "owned by my teams" means
};

} // namespace portolan
