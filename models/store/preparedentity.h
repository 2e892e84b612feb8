#pragma once

#include "catalog/entity.h"
#include "common/problem.h"

#include <QByteArray>

namespace portolan {

struct Blueprint;

// Where a written item came from, so that problems found at commit can point at it.
struct WriteSource {
    QString file;
    int line = 0;
    int column = 0;
    QString path; // JSON path prefix within the file, e.g. "$.entities[3]"
};

// An entity validated and serialised for the store, ready to be written. Preparing touches no
// database, so it can run on another thread while the writer's thread writes (bulk imports).
struct PreparedEntity {
    Entity entity;
    WriteSource source;
    Problems problems; // validation problems; errors mean it must not be written
    QByteArray team;   // JSON texts of the stored columns
    QByteArray properties;
    QByteArray relations;
    QString searchText;

    // `blueprint` may be null (unknown blueprint: reported as a problem).
    static PreparedEntity prepare(const Blueprint *blueprint, Entity entity, WriteSource source);
};

} // namespace portolan
