#include "demoroster.h"

#include "demonames.h"
#include "demorandom.h"
#include "demoworld.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
// Dealt out rather than drawn so that every organisation has a few elite and a few struggling
// teams, whatever the seed.
QList<DeliveryProfile> profileDeck(qsizetype teams)
{
    QList<DeliveryProfile> deck;
    for (qsizetype i = 0; i < teams; ++i) {
        const qsizetype slot = (i * 20) / teams; // 4 elite, 5 high, 7 medium, 4 low per 20 teams
        deck.append(slot < 4 ? DeliveryProfile::Elite
                : slot < 9   ? DeliveryProfile::High
                : slot < 16  ? DeliveryProfile::Medium
                             : DeliveryProfile::Low);
    }
    return deck;
}

QString roleFor(int seat, Stack stack, DemoRandom &random)
{
    if (seat == 0)
        return u"Engineering Manager"_s;
    if (seat == 1 && random.chance(stack == Stack::Product ? 0.8 : 0.4))
        return u"Product Manager"_s;
    switch (random.weighted(
        { 10, 35, 40, stack == Stack::Platform ? 25.0 : 6.0, stack == Stack::Data ? 35.0 : 0.0 })) {
    case 0:
        return u"Staff Engineer"_s;
    case 1:
        return u"Senior Engineer"_s;
    case 3:
        return u"Site Reliability Engineer"_s;
    case 4:
        return u"Data Engineer"_s;
    default:
        return u"Engineer"_s;
    }
}

UserInfo newPerson(QSet<QString> &taken, DemoRandom &random)
{
    QString given, family, id;
    for (int attempt = 0; attempt < 8 && (id.isEmpty() || taken.contains(id)); ++attempt) {
        given = random.pick(givenNames());
        family = random.pick(familyNames());
        id = (given + u'-' + family).toLower();
    }
    const QString base = id;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken.insert(id);
    UserInfo user;
    user.id = id;
    user.name = given + u' ' + family;
    user.email = QString(id).replace(u'-', u'.') + u"@example.com"_s;
    return user;
}
} // namespace

void buildRoster(DemoWorld &world)
{
    DemoRandom random(world.seed, RosterStream);
    const auto seeds = teamSeeds();
    QList<DeliveryProfile> deck = profileDeck(qsizetype(seeds.size()));
    random.shuffle(deck);
    QSet<QString> taken;
    for (const TeamSeed &seed : seeds) {
        TeamInfo team;
        team.seed = &seed;
        team.profile = deck.at(world.teams.size());
        const int size = random.between(5, 11);
        for (int seat = 0; seat < size; ++seat) {
            UserInfo user = newPerson(taken, random);
            user.role = roleFor(seat, seed.stack, random);
            user.team = int(world.teams.size());
            team.members.append(int(world.users.size()));
            world.users.append(user);
        }
        world.teams.append(team);
    }
}

Entity teamEntity(const DemoWorld &world, int index)
{
    const TeamInfo &team = world.teams.at(index);
    Entity e;
    e.blueprint = u"team"_s;
    e.identifier = world.teamId(index);
    e.title = team.seed->title;
    e.properties = QJsonObject {
        { u"description"_s, QString(team.seed->mission) },
        { u"department"_s, QString(team.seed->department) },
        { u"slackChannel"_s, QString(u"#team-"_s + e.identifier) },
        { u"manager"_s, world.users.at(team.members.constFirst()).email },
    };
    return e;
}

Entity userEntity(const DemoWorld &world, int index)
{
    const UserInfo &user = world.users.at(index);
    Entity e;
    e.blueprint = u"user"_s;
    e.identifier = user.id;
    e.title = user.name;
    e.team = { world.teamId(user.team) };
    e.properties = QJsonObject {
        { u"email"_s, user.email },
        { u"role"_s, user.role },
        { u"slackHandle"_s, QString(u"@"_s + user.email.section(u'@', 0, 0)) },
    };
    e.relations = QJsonObject { { u"team"_s, world.teamId(user.team) } };
    return e;
}

} // namespace portolan::demo
