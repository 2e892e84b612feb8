#include "demotime.h"

#include <QDateTime>
#include <QTimeZone>

namespace portolan::demo {

QString isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

int dayOfWeek(qint64 secondsSinceEpoch)
{
    // 1970-01-01 was a Thursday (4); floor division keeps dates before the epoch right too.
    const qint64 days
        = secondsSinceEpoch >= 0 ? secondsSinceEpoch / day : (secondsSinceEpoch - day + 1) / day;
    return int(((days + 3) % 7 + 7) % 7) + 1;
}

} // namespace portolan::demo
