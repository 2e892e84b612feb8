#pragma once

#include "common/problem.h"

#include <functional>

namespace portolan {

struct Blueprint;

// Checks a blueprint definition: identifiers, types and formats, enums and defaults, relation
// targets, mirror paths (and cycles through them), calculations (they must compile as jq) and
// aggregations. `lookup` finds the other blueprints of the portal (the store's plus those being
// imported alongside).
class BlueprintValidator final
{
public:
    using Lookup = std::function<const Blueprint *(const QString &identifier)>;

    explicit BlueprintValidator(Lookup lookup);

    Problems validate(const Blueprint &blueprint) const;

private:
    void checkProperties(const Blueprint &blueprint, Problems &problems) const;
    void checkRelations(const Blueprint &blueprint, Problems &problems) const;
    void checkMirrors(const Blueprint &blueprint, Problems &problems) const;
    void checkCalculations(const Blueprint &blueprint, Problems &problems) const;
    void checkAggregations(const Blueprint &blueprint, Problems &problems) const;
    // Follows a mirror path; returns a reason when it does not resolve. `seen` catches cycles.
    QString followMirror(const Blueprint &from, const QString &path, QStringList &seen) const;

    Lookup m_lookup;
};

} // namespace portolan
