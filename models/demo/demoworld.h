#pragma once

#include "demoprofile.h"
#include "demoteamseeds.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan::demo {

struct ServiceKind;

// The few facts about teams, people and services that later parts of the generation need. The
// bulk of the organisation (deployments, pull requests…) is never held: it is streamed out.

struct TeamInfo
{
    const TeamSeed *seed = nullptr;
    DeliveryProfile profile = DeliveryProfile::Medium;
    QList<int> members; // indexes into DemoWorld::users; the first is the engineering manager
};

struct UserInfo
{
    QString id;
    QString name;
    QString email;
    QString role;
    int team = 0;
};

struct Version
{
    int major = 1;
    int minor = 0;
    int patch = 0;
    QString toString() const;
};

struct ServiceInfo
{
    QString id;
    QString title;
    QString domainWords; // "app config" for app-config-bff
    const ServiceKind *kind = nullptr;
    int team = 0;
    int tier = 2; // 1 is the most critical
    QString lifecycle;
    QString language;
    Version version; // the version running everywhere when the 90 days of history begin
};

struct DemoWorld
{
    quint32 seed = 0;
    qint64 historyStart = 0; // the 90 days of history are [historyStart, historyEnd)
    qint64 historyEnd = 0;
    QList<TeamInfo> teams;
    QList<UserInfo> users;
    QList<ServiceInfo> services;

    const TeamInfo &teamOf(const ServiceInfo &service) const { return teams.at(service.team); }
    QString teamId(int team) const { return QString(teams.at(team).seed->id); }
};

// Tags that keep the random streams of the generation's parts apart (see DemoRandom).
enum StreamTag : quint32 {
    RosterStream = 1,
    ServiceStream,
    ServiceDetailStream,
    ReleaseStream,
    PullRequestStream,
    RunningServiceStream,
    IncidentStream,
};

} // namespace portolan::demo
