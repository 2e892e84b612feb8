// Dates for scorecard conditions: a non-allocating ISO 8601 reader (a million entities are compared
// per evaluation run, QDateTime::fromString would dominate) and Port's between/notBetween presets.
#include "conditionprogram.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - int(era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Reads `count` digits at `pos`; false when any is not a digit.
bool digits(QStringView s, qsizetype pos, int count, int *out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *out = v;
    return true;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

bool parseIsoMilliseconds(QStringView s, qint64 *ms, bool endOfDay)
{
    int y = 0, mo = 0, d = 0;
    if (!digits(s, 0, 4, &y) || s.size() < 10 || s.at(4) != u'-' || !digits(s, 5, 2, &mo) || s.at(7) != u'-'
        || !digits(s, 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31)
        return false;
    const qint64 day = daysFromCivil(y, mo, d) * kDayMs;
    if (s.size() == 10) {
        *ms = endOfDay ? day + kDayMs - 1 : day;
        return true;
    }
    if (s.at(10) != u'T' && s.at(10) != u't' && s.at(10) != u' ')
        return false;
    int h = 0, mi = 0, sec = 0;
    if (!digits(s, 11, 2, &h) || s.size() < 16 || s.at(13) != u':' || !digits(s, 14, 2, &mi) || h > 24 || mi > 59)
        return false;
    qsizetype pos = 16;
    qint64 fraction = 0;
    if (pos < s.size() && s.at(pos) == u':') {
        if (!digits(s, pos + 1, 2, &sec) || sec > 60)
            return false;
        pos += 3;
        if (pos < s.size() && (s.at(pos) == u'.' || s.at(pos) == u',')) {
            ++pos;
            int scale = 100;
            const qsizetype start = pos;
            while (pos < s.size() && s.at(pos).isDigit()) {
                fraction += (s.at(pos).unicode() - u'0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return false;
        }
    }
    qint64 offsetMs = 0;
    if (pos < s.size()) {
        const QChar zone = s.at(pos);
        if ((zone == u'Z' || zone == u'z') && pos + 1 == s.size()) {
            // UTC
        } else if (zone == u'+' || zone == u'-') {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, &oh))
                return false;
            qsizetype p = pos + 3;
            if (p < s.size() && s.at(p) == u':')
                ++p;
            if (!digits(s, p, 2, &om) || p + 2 != s.size())
                return false;
            offsetMs = (oh * 60LL + om) * 60 * 1000 * (zone == u'-' ? -1 : 1);
        } else {
            return false;
        }
    }
    *ms = day + ((h * 60LL + mi) * 60 + sec) * 1000 + fraction - offsetMs;
    return true;
}

bool parseIsoMilliseconds(const QJsonValue &value, qint64 *ms, bool endOfDay)
{
    if (!value.isString())
        return false;
    // QJsonValue keeps strings in its own container; toString() is the only public way out.
    const QString text = value.toString();
    return parseIsoMilliseconds(QStringView(text), ms, endOfDay);
}

const QStringList &datePresetNames()
{
    static const QStringList names{u"today"_s,       u"yesterday"_s,   u"tomorrow"_s,     u"lastWeek"_s,
                                   u"last2Weeks"_s,  u"lastMonth"_s,   u"last3Months"_s,  u"last6Months"_s,
                                   u"last12Months"_s, u"nextWeek"_s,   u"nextMonth"_s};
    return names;
}

DatePreset datePreset(const QString &name)
{
    const qsizetype i = datePresetNames().indexOf(name);
    return i < 0 ? DatePreset::None : DatePreset(i + 1);
}

namespace {

void computePresetRange(DatePreset preset, const QDateTime &now, qint64 nowMs, qint64 *from, qint64 *to)
{
    // Calendar days in `now`'s own time zone (a "today" in Berlin starts at 23:00 UTC).
    const qint64 offsetMs = qint64(now.offsetFromUtc()) * 1000;
    const qint64 dayStart = floorDiv(nowMs + offsetMs, kDayMs) * kDayMs - offsetMs;
    const auto monthsAgo = [&](int months) { return now.addMonths(-months).toMSecsSinceEpoch(); };
    switch (preset) {
    case DatePreset::Today: *from = dayStart; *to = dayStart + kDayMs - 1; return;
    case DatePreset::Yesterday: *from = dayStart - kDayMs; *to = dayStart - 1; return;
    case DatePreset::Tomorrow: *from = dayStart + kDayMs; *to = dayStart + 2 * kDayMs - 1; return;
    case DatePreset::LastWeek: *from = nowMs - 7 * kDayMs; *to = nowMs; return;
    case DatePreset::Last2Weeks: *from = nowMs - 14 * kDayMs; *to = nowMs; return;
    case DatePreset::LastMonth: *from = monthsAgo(1); *to = nowMs; return;
    case DatePreset::Last3Months: *from = monthsAgo(3); *to = nowMs; return;
    case DatePreset::Last6Months: *from = monthsAgo(6); *to = nowMs; return;
    case DatePreset::Last12Months: *from = monthsAgo(12); *to = nowMs; return;
    case DatePreset::NextWeek: *from = nowMs; *to = nowMs + 7 * kDayMs; return;
    case DatePreset::NextMonth: *from = nowMs; *to = now.addMonths(1).toMSecsSinceEpoch(); return;
    case DatePreset::None: break;
    }
    *from = 1;
    *to = 0; // an empty range
}

} // namespace

void presetRange(DatePreset preset, const QDateTime &now, qint64 *from, qint64 *to)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // A run grades a million entities at one `now`: time zone and month arithmetic once per preset
    // and thread, not per entity. Zones other than UTC and local time are not worth a key.
    struct Memo {
        qint64 nowMs = 0, from = 1, to = 0;
        Qt::TimeSpec spec = Qt::UTC;
        bool valid = false;
    };
    static thread_local Memo memo[size_t(DatePreset::NextMonth) + 1];
    const Qt::TimeSpec spec = now.timeSpec();
    const bool memoizable = spec == Qt::UTC || spec == Qt::LocalTime;
    Memo &m = memo[size_t(preset)];
    if (memoizable && m.valid && m.nowMs == nowMs && m.spec == spec) {
        *from = m.from;
        *to = m.to;
        return;
    }
    computePresetRange(preset, now, nowMs, from, to);
    if (memoizable)
        m = {nowMs, *from, *to, spec, true};
}

} // namespace portolan
