#pragma once

#include <QString>

namespace portolan::demo {

// The demo keeps instants as seconds since the epoch (UTC): cheap to add and compare, and
// formatted once when an entity is written.
inline constexpr qint64 minute = 60;
inline constexpr qint64 hour = 60 * minute;
inline constexpr qint64 day = 24 * hour;

// Port's date-time shape: ISO 8601 in UTC with milliseconds, e.g. 2026-11-21T09:30:00.000Z.
QString isoTime(qint64 secondsSinceEpoch);
// 1 = Monday … 7 = Sunday.
int dayOfWeek(qint64 secondsSinceEpoch);

} // namespace portolan::demo
