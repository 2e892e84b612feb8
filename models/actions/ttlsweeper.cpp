#include "ttlsweeper.h"

#include "actionrunner.h"
#include "runstore.h"
#include "store/catalogstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QDateTime parseTimer(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

QString ExpiredEntity::description() const
{
    const qint64 days = secondsAgo / 86400, hours = secondsAgo % 86400 / 3600, minutes = secondsAgo % 3600 / 60;
    QString ago;
    if (days > 0)
        ago = hours > 0 ? u"%1 d %2 h"_s.arg(days).arg(hours) : u"%1 d"_s.arg(days);
    else if (hours > 0)
        ago = minutes > 0 ? u"%1 h %2 min"_s.arg(hours).arg(minutes) : u"%1 h"_s.arg(hours);
    else if (minutes > 0)
        ago = u"%1 min"_s.arg(minutes);
    else
        return u"expired just now"_s;
    return u"expired %1 ago"_s.arg(ago);
}

TtlSweeper::TtlSweeper(CatalogStore &store, ActionRunner &runner, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

QList<ExpiredEntity> TtlSweeper::expiredOf(const QString &blueprint, const QString &property, const QDateTime &now) const
{
    QList<ExpiredEntity> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // Timer values may carry any offset, so the comparison with now happens here, not in SQL.
    const QString path = u"$.\"%1\""_s.arg(property);
    q.prepare(u"SELECT identifier, title, json_extract(properties, ?) FROM entities"
              u" WHERE blueprint = ? AND json_type(properties, ?) = 'text'"_s);
    q.addBindValue(path);
    q.addBindValue(blueprint);
    q.addBindValue(path);
    if (!q.exec()) {
        qWarning("TTL: could not read the timers of %s: %s", qPrintable(blueprint), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        const QString value = q.value(2).toString();
        const QDateTime at = parseTimer(value);
        if (!at.isValid() || at > now)
            continue;
        out.append({blueprint, q.value(0).toString(), q.value(1).toString(), property, value, at, at.secsTo(now)});
    }
    return out;
}

QList<ExpiredEntity> TtlSweeper::expired() const
{
    const QDateTime now = m_clock();
    QList<ExpiredEntity> out;
    for (const Blueprint &blueprint : m_store.blueprints())
        for (const PropertyDef &property : blueprint.properties)
            if (property.format == u"timer"_s)
                out.append(expiredOf(blueprint.identifier, property.id, now));
    std::stable_sort(out.begin(), out.end(), [](const ExpiredEntity &a, const ExpiredEntity &b) { return a.secondsAgo > b.secondsAgo; });
    return out;
}

bool TtlSweeper::handled(const TtlAutomation &automation, const ExpiredEntity &entity) const
{
    RunFilter filter;
    filter.action = automation.identifier;
    filter.blueprint = entity.blueprint;
    filter.entity = entity.identifier;
    for (const ActionRun &run : RunStore(m_store.database()).runs(filter))
        if (run.inputs.value(u"expiredAt"_s).toString() == entity.timerValue
            && run.inputs.value(u"timerProperty"_s).toString() == entity.property)
            return true;
    return false;
}

int TtlSweeper::sweep()
{
    const QDateTime now = m_clock();
    int started = 0;
    for (const TtlAutomation &automation : ttlAutomations(m_store)) {
        const ActionDefinition action = automation.action();
        for (const ExpiredEntity &entity : expiredOf(automation.blueprint, automation.property, now)) {
            if (entity.secondsAgo < qint64(automation.graceMinutes) * 60 || handled(automation, entity))
                continue;
            const std::optional<Entity> stored = m_store.entity(entity.blueprint, entity.identifier);
            if (!stored)
                continue;
            RunRequest request;
            request.action = action;
            request.entity = stored->toJson();
            request.inputs = {{u"timerProperty"_s, entity.property}, {u"expiredAt"_s, entity.timerValue}};
            request.maskedInputs = request.inputs;
            const QJsonObject event{{u"type"_s, u"TIMER_PROPERTY_EXPIRED"_s},
                                    {u"blueprintIdentifier"_s, automation.blueprint},
                                    {u"propertyIdentifier"_s, automation.property}};
            if (!m_runner.executeAutomation(request, event).runId.isEmpty())
                ++started;
        }
    }
    Q_EMIT swept(started);
    return started;
}

void TtlSweeper::start(int intervalMs)
{
    sweep();
    m_timer.start(intervalMs);
}

void TtlSweeper::stop()
{
    m_timer.stop();
}

} // namespace portolan
