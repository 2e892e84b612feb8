#include "actionpolicy.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        if (!item.toString().trimmed().isEmpty())
            out.append(item.toString().trimmed());
    return out;
}

bool containsKey(const QStringList &keys, const QString &key)
{
    return keys.contains(key, Qt::CaseInsensitive);
}

// "a", "a or b", "a, b or c"
QString orList(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(u", "_s) + u" or "_s + parts.last();
}

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}

} // namespace

bool PolicyActor::is(const QString &key) const
{
    return !key.isEmpty() && (key.compare(user, Qt::CaseInsensitive) == 0 || containsKey(aliases, key));
}

QString executeRefusal(const ActionDefinition &action, const PolicyActor &actor, const PolicySubject &subject)
{
    const QJsonValue executeValue = action.permissions.value(u"execute"_s);
    if (!executeValue.isObject())
        return {}; // no rule: everyone
    const QJsonObject execute = executeValue.toObject();
    const QStringList users = strings(execute.value(u"users"_s));
    const QStringList teams = strings(execute.value(u"teams"_s));
    const bool owners = execute.value(u"owners"_s).toBool();

    for (const QString &user : users)
        if (actor.is(user))
            return {};
    for (const QString &team : teams)
        if (containsKey(actor.teams, team))
            return {};
    if (owners)
        for (const QString &owner : subject.owners)
            if (containsKey(actor.teams, owner))
                return {};

    const QString who = actor.user.isEmpty() ? u"Someone who has not said who they are"_s : actor.user;
    QStringList parts;
    for (const QString &user : users)
        parts.append(user);
    for (const QString &team : teams)
        parts.append(u"team "_s + team);
    if (owners) {
        const QString kind = subject.blueprintTitle.isEmpty() ? u"entity"_s : subject.blueprintTitle.toLower();
        if (action.operation == ActionOperation::Create)
            parts.append(u"the owners of an existing %1 (a new one has none)"_s.arg(kind));
        else
            parts.append(u"the %1's owners (%2)"_s.arg(kind, subject.owners.isEmpty() ? u"it has none"_s
                                                                                        : subject.owners.join(u", "_s)));
    }
    if (parts.isEmpty())
        return u"%1 may not run %2: its permissions name no one who may run it"_s.arg(who, action.title);
    return u"%1 may not run %2: only %3"_s.arg(who, action.title, orList(parts));
}

QStringList resolveApprovers(const ActionDefinition &action, const QHash<QString, QStringList> &teamMembers,
                             const PolicyActor &runner)
{
    const QJsonObject approve = action.permissions.value(u"approve"_s).toObject();
    QStringList approvers;
    auto add = [&approvers](const QString &key) {
        if (!key.isEmpty() && !containsKey(approvers, key))
            approvers.append(key);
    };
    for (const QString &user : strings(approve.value(u"users"_s)))
        add(user);
    for (const QString &team : strings(approve.value(u"teams"_s)))
        for (const QString &member : teamMembers.value(team))
            add(member);

    QStringList others;
    for (const QString &approver : std::as_const(approvers))
        if (!runner.is(approver))
            others.append(approver);
    return others.isEmpty() ? approvers : others;
}

std::optional<RunLimit> RunLimit::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QJsonValue runs = object.value(u"runs"_s);
    const QJsonValue hours = object.value(u"hours"_s);
    if (!runs.isDouble() || !hours.isDouble() || runs.toInt() < 1 || hours.toDouble() <= 0)
        return std::nullopt;
    return RunLimit{runs.toInt(), hours.toDouble()};
}

qint64 RunLimit::windowMs() const
{
    return qint64(std::llround(hours * 3600.0 * 1000.0));
}

QDateTime RunLimit::windowStart(const QDateTime &now) const
{
    return now.addMSecs(-windowMs());
}

QString limitRefusal(const QString &actionTitle, const RunLimit &limit, const QString &scope,
                     const QList<QDateTime> &earlierRuns, const QDateTime &now, QDateTime *nextPossible)
{
    const QDateTime start = limit.windowStart(now);
    QList<QDateTime> inWindow;
    for (const QDateTime &at : earlierRuns)
        if (at.isValid() && at >= start)
            inWindow.append(at);
    if (inWindow.size() < limit.runs)
        return {};
    // Once the run at index (n - runs) leaves the window, only runs - 1 remain: one more fits.
    std::sort(inWindow.begin(), inWindow.end());
    const QDateTime next = inWindow.at(inWindow.size() - limit.runs).addMSecs(limit.windowMs());
    if (nextPossible)
        *nextPossible = next;
    return u"Limit reached: %1 run%2 of %3 per %4 h %5; next possible at %6"_s.arg(limit.runs)
        .arg(limit.runs == 1 ? QString() : u"s"_s, actionTitle, hoursText(limit.hours), scope, shortMoment(next, now));
}

QString shortMoment(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(u"HH:mm"_s);
    return QLocale::c().toString(local, u"ddd d MMM HH:mm"_s);
}

} // namespace portolan
