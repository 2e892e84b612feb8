#include "initiativetarget.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int paceWindow = 28; // days of recent progress the forecast extrapolates
constexpr int atRiskGrace = 14; // days after the deadline that still count as "at risk"

QString shortDate(const QDate &date)
{
    return QLocale(QLocale::English).toString(date, u"d MMM yyyy"_s);
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? u"%1%"_s.arg(qRound(100.0 * double(part) / double(whole))) : u"0%"_s;
}

QString perWeek(double perDay)
{
    return QLocale(QLocale::English).toString(perDay * 7.0, 'f', 1);
}

QString days(qint64 n)
{
    return n == 1 ? u"1 day"_s : u"%1 days"_s.arg(n);
}

} // namespace

qint64 initiativeGoal(const InitiativeProgress &progress, const Initiative &initiative)
{
    // A hair below to keep 0.9 × 10 at 9 despite floating point.
    return qint64(std::ceil(initiative.targetShare * double(progress.total) - 1e-9));
}

void forecastInitiative(InitiativeProgress &progress, const Initiative &initiative, const QDate &today)
{
    const qint64 goal = initiativeGoal(progress, initiative);
    const QString counts = u"%1 of %2 entities (%3) meet the target; %4 are needed"_s.arg(progress.done)
                               .arg(progress.total)
                               .arg(percent(progress.done, progress.total))
                               .arg(goal);
    progress.forecast = QDate();
    if (progress.total == 0) {
        progress.status = today < initiative.startDate ? InitiativeStatus::NotStarted : InitiativeStatus::Done;
        progress.explanation = u"No entity of the scorecard is in the initiative's scope."_s;
        return;
    }
    if (initiative.startDate.isValid() && today < initiative.startDate) {
        progress.status = InitiativeStatus::NotStarted;
        progress.explanation = u"Starts on %1 (%2 from now). %3."_s.arg(shortDate(initiative.startDate),
                                                                       days(today.daysTo(initiative.startDate)), counts);
        return;
    }
    if (progress.done >= goal) {
        progress.status = InitiativeStatus::Done;
        progress.explanation = u"Target reached: %1."_s.arg(counts);
        return;
    }
    if (initiative.deadline.isValid() && today > initiative.deadline) {
        progress.status = InitiativeStatus::Missed;
        progress.explanation = u"The deadline (%1) has passed: %2 — %3 short."_s.arg(shortDate(initiative.deadline), counts)
                                   .arg(goal - progress.done);
        return;
    }

    // Pace: entities done per day over the last 28 days (or since the start, if sooner), read
    // from the burn-up so it reflects when things changed, not when they were last evaluated.
    const qsizetype last = progress.burnUp.size() - 1;
    const qsizetype first = std::max<qsizetype>(0, last - paceWindow);
    const qint64 span = last - first;
    const qint64 doneNow = last >= 0 ? progress.burnUp.at(last).done : progress.done;
    const qint64 doneThen = last >= 0 ? progress.burnUp.at(first).done : progress.done;
    const double pace = span > 0 ? double(doneNow - doneThen) / double(span) : 0.0;
    const qint64 remaining = goal - progress.done;
    const QString window = span >= paceWindow ? u"the last %1 days"_s.arg(paceWindow) : u"the %1 since the start"_s.arg(days(span));

    if (span <= 0) {
        // The first day: there is no pace yet to judge by.
        progress.status = InitiativeStatus::OnTrack;
        progress.explanation = u"Started today. %1 by %2 (%3 left)."_s.arg(counts, shortDate(initiative.deadline),
                                                                           days(today.daysTo(initiative.deadline)));
        return;
    }
    if (pace <= 0.0) {
        progress.status = InitiativeStatus::Behind;
        progress.explanation = u"%1 by %2. No entity reached the target in %3, so at this pace the target is never reached."_s
                                   .arg(counts, shortDate(initiative.deadline), window);
        return;
    }
    progress.forecast = today.addDays(qint64(std::ceil(double(remaining) / pace - 1e-9)));
    const qint64 late = initiative.deadline.daysTo(progress.forecast);
    QString when;
    if (late <= 0) {
        progress.status = InitiativeStatus::OnTrack;
        when = late == 0 ? u"on the deadline"_s : u"%1 before the deadline"_s.arg(days(-late));
    } else {
        progress.status = late <= atRiskGrace ? InitiativeStatus::AtRisk : InitiativeStatus::Behind;
        when = u"%1 after the deadline"_s.arg(days(late));
    }
    progress.explanation = u"%1 by %2. At the pace of %3 (%4 a week) the target is reached on %5, %6."_s
                               .arg(counts, shortDate(initiative.deadline), window, perWeek(pace),
                                    shortDate(progress.forecast), when);
}

} // namespace portolan
