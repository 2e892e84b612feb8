#include "demoincidents.h"

#include "demophrases.h"
#include "demorandom.h"
#include "demotime.h"

#include <QJsonValue>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
constexpr int firstNumber = 1001;

Entity incidentEntity(const DemoWorld &world, const IncidentRecord &incident, int number)
{
    const ServiceInfo &service = world.services.at(incident.service);
    DemoRandom random(world.seed, IncidentStream, quint32(number));
    const qint64 resolvedAt = incident.openedAt + incident.minutesToRestore * minute;
    Entity e;
    e.blueprint = u"incident"_s;
    e.identifier = u"inc-"_s + QString::number(number);
    e.title = incidentTitle(service, incident, random);
    e.properties = QJsonObject {
        { u"severity"_s, QString(u"sev"_s + QString::number(incident.severity)) },
        { u"openedAt"_s, isoTime(incident.openedAt) },
    };
    if (!incident.open) {
        e.properties.insert(u"status"_s, u"resolved"_s);
        e.properties.insert(u"resolvedAt"_s, isoTime(resolvedAt));
        e.properties.insert(u"timeToRestoreMinutes"_s, incident.minutesToRestore);
    } else {
        const bool fresh = world.historyEnd - incident.openedAt < 10 * minute;
        e.properties.insert(u"status"_s, fresh ? u"triggered"_s : u"acknowledged"_s);
    }
    e.relations = QJsonObject {
        { u"service"_s, service.id },
        { u"causedBy"_s,
            incident.causedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(incident.causedBy) },
    };
    return e;
}
} // namespace

void emitIncidents(const DemoWorld &world, QList<IncidentRecord> incidents, const EntitySink &sink)
{
    std::stable_sort(incidents.begin(), incidents.end(),
        [](const IncidentRecord &a, const IncidentRecord &b) { return a.openedAt < b.openedAt; });
    int number = firstNumber;
    for (const IncidentRecord &incident : std::as_const(incidents))
        sink(incidentEntity(world, incident, number++));
}

} // namespace portolan::demo
