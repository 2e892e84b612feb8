#include "demopullrequests.h"

#include "demoenvironments.h"
#include "demophrases.h"
#include "demorandom.h"
#include "demotime.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
struct PullRequest
{
    qint64 openedAt = 0;
    qint64 mergedAt = 0; // 0 when not merged
    qint64 closedAt = 0; // 0 when not closed without merging
    int author = 0;
};

QList<PullRequest> plan(
    const DemoWorld &world, const ServiceInfo &service, const ServiceHistory &history, DemoRandom &random)
{
    const ProfileTraits &profile = traits(world.teamOf(service).profile);
    const auto reviewTime
        = [&] { return qint64(random.logUniform(profile.reviewTime[0], profile.reviewTime[1])) * minute; };
    QList<PullRequest> planned;
    QSet<QString> released;
    for (const DeploymentRecord &d : history.deployments) {
        if (d.environment != production || released.contains(d.version.toString()))
            continue;
        released.insert(d.version.toString());
        const qint64 openedAt = d.commitAt - reviewTime();
        if (random.chance(0.5) && openedAt >= world.historyStart)
            planned.append({ openedAt, d.commitAt, 0, d.triggeredBy });
    }
    const QList<int> &members = world.teamOf(service).members;
    const qint64 span = world.historyEnd - world.historyStart;
    for (int n = random.poisson(service.lifecycle == "deprecated"_L1 ? 0.5 : 2.5); n > 0; --n) {
        PullRequest pr;
        pr.openedAt = world.historyStart + qint64(random.uniform(0, double(span)));
        // Mostly the owners; sometimes a neighbouring team sends a patch.
        pr.author
            = random.chance(0.9) ? random.pick(members) : random.between(0, int(world.users.size()) - 1);
        if (random.chance(0.2))
            pr.closedAt = pr.openedAt + qint64(random.logUniform(60, 20160)) * minute;
        else
            pr.mergedAt = pr.openedAt + reviewTime();
        if (pr.closedAt >= world.historyEnd || pr.mergedAt >= world.historyEnd)
            pr.closedAt = pr.mergedAt = 0; // still open when the history ends
        planned.append(pr);
    }
    // Drafts and abandoned work: more of it where the team's hygiene is worse.
    for (int n = random.poisson(service.lifecycle == "deprecated"_L1 ? 0.2 : 1.4 - profile.hygiene); n > 0;
         --n) {
        const qint64 openedAt = world.historyStart + qint64(random.uniform(0, double(span)));
        planned.append({ openedAt, 0, 0, random.pick(members) });
    }
    std::stable_sort(planned.begin(), planned.end(),
        [](const PullRequest &a, const PullRequest &b) { return a.openedAt < b.openedAt; });
    return planned;
}

Entity pullRequestEntity(
    const DemoWorld &world, const ServiceInfo &service, const PullRequest &pr, int number, DemoRandom &random)
{
    const UserInfo &author = world.users.at(pr.author);
    const QString status = pr.mergedAt ? u"merged"_s : pr.closedAt ? u"closed"_s : u"open"_s;
    const double hygiene = traits(world.teamOf(service).profile).hygiene;
    const int reviews = status == "merged"_L1 ? (random.chance(hygiene) ? random.between(1, 3) : 0)
        : status == "open"_L1                 ? random.between(0, 2)
                                              : random.between(0, 1);
    const int additions = int(random.logUniform(2, 1500));
    Entity e;
    e.blueprint = u"pullRequest"_s;
    e.identifier = u"pr-%1-%2"_s.arg(service.id).arg(number);
    e.title = pullRequestTitle(service, random);
    e.properties = QJsonObject {
        { u"status"_s, status },
        { u"openedAt"_s, isoTime(pr.openedAt) },
        { u"authorEmail"_s, author.email },
        { u"additions"_s, additions },
        { u"deletions"_s, int(random.logUniform(1, additions * 0.8 + 2)) },
        { u"reviewCount"_s, reviews },
        { u"url"_s,
            u"https://git.example.com/%1/%2/pull/%3"_s.arg(world.teamId(service.team), service.id)
                .arg(number) },
    };
    if (pr.mergedAt)
        e.properties.insert(u"mergedAt"_s, isoTime(pr.mergedAt));
    if (pr.closedAt)
        e.properties.insert(u"closedAt"_s, isoTime(pr.closedAt));
    e.relations = QJsonObject { { u"service"_s, service.id }, { u"author"_s, author.id } };
    return e;
}
} // namespace

void emitPullRequests(
    const DemoWorld &world, int index, const ServiceHistory &history, const EntitySink &sink)
{
    const ServiceInfo &service = world.services.at(index);
    DemoRandom random(world.seed, PullRequestStream, quint32(index));
    int number = random.between(40, 2400); // repositories did not start with the history
    for (const PullRequest &pr : plan(world, service, history, random))
        sink(pullRequestEntity(world, service, pr, number++, random));
}

} // namespace portolan::demo
