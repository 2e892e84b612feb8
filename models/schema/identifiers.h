#pragma once

#include <QString>

namespace portolan::identifiers {

// Port's rules (see ../shared/reference/port.md §1). Each returns an empty string when `id` is
// acceptable, else the reason it is not.
QString checkBlueprint(const QString &id);
QString checkEntity(const QString &id);
QString checkField(const QString &id); // property, relation, mirror, calculation, aggregation ids

} // namespace portolan::identifiers
