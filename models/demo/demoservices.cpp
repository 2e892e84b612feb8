#include "demoservices.h"

#include "demorandom.h"
#include "demoreadme.h"
#include "demoservicekinds.h"
#include "demotime.h"
#include "demoworld.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
QString titleCase(const QString &identifier)
{
    static const QSet<QString> acronyms { u"api"_s, u"bff"_s, u"ui"_s, u"etl"_s, u"sms"_s, u"kyc"_s, u"waf"_s,
        u"cli"_s };
    QStringList words = identifier.split(u'-');
    for (QString &word : words)
        word = acronyms.contains(word) ? word.toUpper() : word.left(1).toUpper() + word.mid(1);
    return words.join(u' ');
}

// Spreads `count` services over the teams: about the same for each, give or take a third.
QList<int> serviceCounts(qsizetype teams, int count, DemoRandom &random)
{
    QList<int> counts(teams, 0);
    QList<double> weights;
    for (qsizetype i = 0; i < teams; ++i)
        weights.append(random.uniform(0.65, 1.35));
    for (int i = 0; i < count; ++i)
        ++counts[random.weighted(weights)];
    return counts;
}

ServiceInfo makeService(
    const DemoWorld &world, int team, const QString &domain, const ServiceKind &kind, DemoRandom &random)
{
    const TeamSeed &seed = *world.teams.at(team).seed;
    ServiceInfo s;
    s.id = domain + u'-' + QString(kind.suffix);
    s.title = titleCase(s.id);
    s.domainWords = QString(domain).replace(u'-', u' ');
    s.kind = &kind;
    s.team = team;
    s.tier = 1 + (kind.customerFacing ? random.weighted({ 40, 45, 15 }) : random.weighted({ 8, 45, 47 }));
    static const QStringList lifecycles { u"production"_s, u"experimental"_s, u"deprecated"_s };
    s.lifecycle = lifecycles.at(random.weighted({ 82, 11, 7 }));
    if (s.lifecycle == "experimental"_L1)
        s.tier = 3;
    else if (s.lifecycle == "deprecated"_L1)
        s.tier = std::max(s.tier, 2);
    const QStringList languages = QString(seed.languages).split(u' ');
    s.language = !kind.language.isEmpty()
        ? QString(kind.language)
        : languages.at(std::min<int>(random.weighted({ 60, 28, 12 }), int(languages.size()) - 1));
    s.version = { random.between(s.lifecycle == "experimental"_L1 ? 0 : 1, 4), random.between(0, 30),
        random.between(0, 12) };
    return s;
}

QJsonArray dependencies(const DemoWorld &world, int index, DemoRandom &random)
{
    const ServiceInfo &s = world.services.at(index);
    QList<int> sameTeam;
    for (int i = 0; i < index; ++i) {
        if (world.services.at(i).team == s.team)
            sameTeam.append(i);
    }
    const int wanted = std::min(index, random.weighted({ 20, 30, 25, 15, 10 }));
    QList<int> chosen;
    for (int attempt = 0; chosen.size() < wanted && attempt < 20; ++attempt) {
        const int target = !sameTeam.isEmpty() && random.chance(0.5) ? random.pick(sameTeam)
                                                                     : random.between(0, index - 1);
        if (!chosen.contains(target))
            chosen.append(target);
    }
    QJsonArray ids;
    for (int target : std::as_const(chosen))
        ids.append(world.services.at(target).id);
    return ids;
}
} // namespace

void buildServices(DemoWorld &world, int count)
{
    DemoRandom random(world.seed, ServiceStream);
    const QList<int> counts = serviceCounts(world.teams.size(), count, random);
    for (int team = 0; team < world.teams.size(); ++team) {
        const TeamSeed &seed = *world.teams.at(team).seed;
        QList<std::pair<QString, const ServiceKind *>> names;
        for (const QString &domain : QString(seed.domains).split(u' ')) {
            for (const ServiceKind &kind : serviceKinds(seed.stack))
                names.append({ domain, &kind });
        }
        random.shuffle(names);
        for (int i = 0; i < counts.at(team) && i < names.size(); ++i)
            world.services.append(makeService(world, team, names.at(i).first, *names.at(i).second, random));
    }
}

Entity serviceEntity(const DemoWorld &world, int index)
{
    const ServiceInfo &s = world.services.at(index);
    const TeamInfo &team = world.teamOf(s);
    const ProfileTraits &profile = traits(team.profile);
    DemoRandom random(world.seed, ServiceDetailStream, quint32(index));
    const bool critical = s.tier == 1;

    Entity e;
    e.blueprint = u"service"_s;
    e.identifier = s.id;
    e.title = s.title;
    e.team = { world.teamId(s.team) };
    QJsonObject p {
        { u"description"_s, QString(s.kind->description).arg(s.domainWords) },
        { u"language"_s, s.language },
        { u"tier"_s, QString(u"tier-"_s + QString::number(s.tier)) },
        { u"lifecycle"_s, s.lifecycle },
        { u"repo"_s, QString(u"https://git.example.com/"_s + world.teamId(s.team) + u'/' + s.id) },
        { u"hasCodeowners"_s, random.chance(critical ? 0.5 + profile.hygiene / 2 : profile.hygiene) },
    };
    const double coverage
        = random.uniform(profile.coverage[0], profile.coverage[1]) * (s.tier == 3 ? 0.8 : 1.0);
    p.insert(u"testCoverage"_s, std::round(coverage * 10) / 10);
    if (random.chance(critical ? 1.0 : profile.hygiene))
        p.insert(u"slo"_s, s.tier == 1 ? 99.95 : s.tier == 2 ? 99.9 : 99.5);
    QString onCall;
    if (random.chance(critical ? 0.5 + profile.hygiene / 2 : profile.hygiene - 0.1)) {
        onCall = world.users.at(random.pick(team.members)).email;
        p.insert(u"onCall"_s, onCall);
    }
    if (random.chance(critical ? 0.9 : 0.45)) {
        const qint64 ago = qint64(random.uniform(critical ? 20 : 60, critical ? 240 : 720)) * day;
        p.insert(u"lastPenTest"_s, isoTime(world.historyEnd - ago + random.between(9, 17) * hour));
    }
    const QJsonArray dependsOn = dependencies(world, index, random);
    if (random.chance(profile.hygiene))
        p.insert(u"readme"_s, serviceReadme(world, s, dependsOn, onCall));
    e.properties = p;
    e.relations = QJsonObject { { u"owningTeam"_s, world.teamId(s.team) }, { u"dependsOn"_s, dependsOn } };
    return e;
}

} // namespace portolan::demo
