#include "demoreadme.h"

#include "demoworld.h"

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
QString runCommand(const ServiceInfo &service)
{
    const QString &language = service.language;
    if (language == "Go"_L1)
        return u"go run ./cmd/"_s + service.id;
    if (language == "Java"_L1 || language == "Kotlin"_L1)
        return u"./gradlew bootRun"_s;
    if (language == "Python"_L1)
        return u"uv run python -m "_s + QString(service.id).replace(u'-', u'_');
    if (language == "TypeScript"_L1)
        return u"npm ci && npm run dev"_s;
    if (language == "Rust"_L1)
        return u"cargo run"_s;
    if (language == "Ruby"_L1)
        return u"bundle install && bin/rails server"_s;
    if (language == "Scala"_L1)
        return u"sbt run"_s;
    return u"make run"_s;
}
} // namespace

QString serviceReadme(
    const DemoWorld &world, const ServiceInfo &service, const QJsonArray &dependsOn, const QString &onCall)
{
    const TeamSeed &team = *world.teamOf(service).seed;
    QString text = u"# "_s + service.title + u"\n\n"_s;
    if (service.lifecycle == "deprecated"_L1)
        text += u"> **Deprecated.** No new features; talk to the team before adding callers.\n\n"_s;
    text += u"Part of %1: %2\n\n"_s.arg(QString(team.title), QString(team.mission));
    text += u"## Running locally\n\n```sh\n"_s + runCommand(service) + u"\n```\n\n"_s;
    if (!dependsOn.isEmpty()) {
        text += u"## Dependencies\n\n"_s;
        for (const QJsonValue &id : dependsOn)
            text += u"- `"_s + id.toString() + u"`\n"_s;
        text += u'\n';
    }
    text += u"## Support\n\nSlack: #team-"_s + QString(team.id);
    if (!onCall.isEmpty())
        text += u". On call this week: "_s + onCall;
    text += u".\n"_s;
    return text;
}

} // namespace portolan::demo
