#pragma once

#include <QString>

class QIODevice;

namespace portolan {

class CatalogStore;

// Writes the whole portal as one bundle {"blueprints": […], "entities": […]} that `portolan import`
// reads back to the same state (meta-properties included). Streams entity by entity, so a
// million-entity portal never sits in memory at once.
class PortalExporter final
{
public:
    enum class Format { Json, Yaml };

    explicit PortalExporter(CatalogStore &store);

    // Returns an error message, or an empty string on success.
    QString write(QIODevice &out, Format format) const;
    // One blueprint's table as CSV: identifier, title, team, every property, every relation.
    QString writeCsv(QIODevice &out, const QString &blueprint) const;

private:
    CatalogStore &m_store;
};

} // namespace portolan
