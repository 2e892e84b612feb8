#pragma once

#include "importplan.h"

#include <QJsonValue>

namespace portolan {

// Reads Port's JSON shapes: a blueprint, an entity, an array of either, or a whole-portal bundle
// {"blueprints": […], "entities": […]} (what `portolan export` writes).
class PortReader final
{
public:
    struct Options {
        QString defaultBlueprint; // for entity files that do not name theirs
        bool repairQuotes = false;
    };

    explicit PortReader(Options options);

    ImportPlan readFile(const QString &path) const;
    ImportPlan readJson(const QByteArray &text, const QString &fileName) const;
    // A value already parsed (from YAML, say).
    ImportPlan readValue(const QJsonValue &value, const QString &fileName) const;

private:
    void readItem(const QJsonObject &item, const QString &path, const QString &file, ImportPlan &plan,
                  const QString &expect) const;

    Options m_options;
};

} // namespace portolan
