#pragma once

#include "common/problem.h"
#include "store/preparedentity.h"

#include <functional>

namespace portolan {

class CatalogWriter;

// Feeds many entities into a CatalogWriter on two cores: a worker thread produces them and does
// the CPU work (validation, JSON serialisation, search text) while the calling thread writes to
// SQLite. Entities are written in the order produced. Stops producing at the first error.
class BulkLoader final
{
public:
    // What the producer calls for each entity; returns false when it should stop.
    using Sink = std::function<bool(Entity entity, WriteSource source)>;
    using Producer = std::function<void(const Sink &sink)>;

    // Called on the writing thread after each batch with the number of entities written so far.
    using Progress = std::function<void(qsizetype written)>;

    explicit BulkLoader(CatalogWriter &writer, Progress progress = {});

    // Runs `produce` on a worker thread and writes what it yields; returns every problem
    // (with its source) and stops early after an error.
    Problems load(const Producer &produce);

    static constexpr int BatchSize = 256;
    static constexpr qsizetype MaxProblems = 10'000;

private:
    CatalogWriter &m_writer;
    Progress m_progress;
};

} // namespace portolan
