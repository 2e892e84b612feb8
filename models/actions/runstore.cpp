#include "runstore.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL, so bind '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

// JSON columns hold text (a QByteArray would bind as a BLOB, which LIKE and json_each read differently).
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &value)
{
    QStringList out;
    for (const QJsonValue &item : QJsonDocument::fromJson(value.toByteArray()).array())
        out.append(item.toString());
    return out;
}

const QString kColumns = u"id, action, action_title, blueprint, entity, status, status_label, summary, links,"
                         " external_run_id, inputs, created_by, teams, created_at, updated_at, ended_at, approval"_s;

ActionRun readRun(const QSqlQuery &q)
{
    ActionRun run;
    run.id = q.value(0).toString();
    run.action = q.value(1).toString();
    run.actionTitle = q.value(2).toString();
    run.blueprint = q.value(3).toString();
    run.entity = q.value(4).toString();
    run.status = runStatusFromName(q.value(5).toString()).value_or(RunStatus::Failure);
    run.statusLabel = q.value(6).toString();
    run.summary = q.value(7).toString();
    run.links = stringList(q.value(8));
    run.externalRunId = q.value(9).toString();
    run.inputs = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    run.createdBy = q.value(11).toString();
    run.teams = stringList(q.value(12));
    run.createdAt = fromIso(q.value(13));
    run.updatedAt = fromIso(q.value(14));
    run.endedAt = fromIso(q.value(15));
    run.approval = RunApproval::fromJson(QJsonDocument::fromJson(q.value(16).toByteArray()).object());
    return run;
}

QString randomText(int length)
{
    static const QLatin1StringView alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return out;
}

RunEntityChange readChange(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), fromIso(q.value(4))};
}

} // namespace

RunStore::RunStore(const Database &db)
    : m_db(db)
{
}

QString RunStore::newRunId()
{
    return u"r_"_s + randomText(16);
}

QString RunStore::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray RunStore::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString RunStore::insert(const ActionRun &run, const QByteArray &tokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO action_runs (%1, token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    const QVariantList values{run.id, run.action, text(run.actionTitle), text(run.blueprint), text(run.entity), runStatusName(run.status),
                              text(run.statusLabel), text(run.summary), compact(run.links), text(run.externalRunId), compact(run.inputs),
                              text(run.createdBy), compact(run.teams), iso(run.createdAt), iso(run.updatedAt.isValid() ? run.updatedAt : run.createdAt),
                              run.endedAt.isValid() ? QVariant(iso(run.endedAt)) : QVariant(), compact(run.approval.toJson()),
                              text(QString::fromLatin1(tokenHash))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() ? QString() : u"could not record run %1: %2"_s.arg(run.id, q.lastError().text());
}

QString RunStore::update(const ActionRun &run)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE action_runs SET status = ?, status_label = ?, summary = ?, links = ?, external_run_id = ?,"
              " updated_at = ?, ended_at = ?, approval = ? WHERE id = ?"_s);
    q.addBindValue(runStatusName(run.status));
    q.addBindValue(text(run.statusLabel));
    q.addBindValue(text(run.summary));
    q.addBindValue(compact(run.links));
    q.addBindValue(text(run.externalRunId));
    q.addBindValue(iso(run.updatedAt));
    q.addBindValue(run.endedAt.isValid() ? QVariant(iso(run.endedAt)) : QVariant());
    q.addBindValue(compact(run.approval.toJson()));
    q.addBindValue(run.id);
    if (!q.exec())
        return u"could not update run %1: %2"_s.arg(run.id, q.lastError().text());
    return q.numRowsAffected() == 1 ? QString() : u"no run \"%1\""_s.arg(run.id);
}

std::optional<ActionRun> RunStore::run(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM action_runs WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

QList<ActionRun> RunStore::runs(const RunFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    auto match = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where.append(QLatin1StringView(column) + u" = ?"_s);
        binds.append(value);
    };
    match("action", filter.action);
    match("blueprint", filter.blueprint);
    match("entity", filter.entity);
    match("created_by", filter.createdBy);
    if (filter.status)
        match("status", runStatusName(*filter.status));
    if (filter.openOnly)
        where.append(u"status IN ('IN_PROGRESS', 'WAITING_FOR_APPROVAL')"_s);
    if (!filter.approver.isEmpty()) {
        // The approver list is JSON; a LIKE on the quoted name finds it without a side table.
        where.append(u"status = 'WAITING_FOR_APPROVAL' AND approval LIKE ?"_s);
        binds.append(QString(u"%\""_s + filter.approver + u"\"%"_s));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM action_runs %2 ORDER BY created_at DESC, id DESC LIMIT %3"_s.arg(
        kColumns, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s), QString::number(qMax(1, filter.limit))));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    QList<ActionRun> out;
    if (q.exec())
        while (q.next())
            out.append(readRun(q));
    return out;
}

QByteArray RunStore::tokenHash(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT token_hash FROM action_runs WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

QString RunStore::appendLog(const QString &run, const QString &message, const QDateTime &at, qint64 *seq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO run_logs (run, seq, at, message)"
              " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM run_logs WHERE run = ? RETURNING seq"_s);
    q.addBindValue(run);
    q.addBindValue(iso(at));
    q.addBindValue(text(message));
    q.addBindValue(run);
    if (!q.exec() || !q.next())
        return u"could not log to run %1: %2"_s.arg(run, q.lastError().text());
    if (seq)
        *seq = q.value(0).toLongLong();
    return {};
}

QList<RunLogLine> RunStore::logs(const QString &run, qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT seq, at, message FROM run_logs WHERE run = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(run);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    QList<RunLogLine> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString()});
    return out;
}

QList<RunEntityChange> RunStore::entitiesOf(const QString &run) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT run, blueprint, identifier, change, at FROM run_entities WHERE run = ? ORDER BY at, blueprint, identifier"_s);
    q.addBindValue(run);
    QList<RunEntityChange> out;
    if (q.exec())
        while (q.next())
            out.append(readChange(q));
    return out;
}

QList<RunEntityChange> RunStore::runsOfEntity(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT run, blueprint, identifier, change, at FROM run_entities WHERE blueprint = ? AND identifier = ?"
              " ORDER BY at DESC"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    QList<RunEntityChange> out;
    if (q.exec())
        while (q.next())
            out.append(readChange(q));
    return out;
}

int RunStore::countByUser(const QString &action, const QString &user, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM action_runs WHERE action = ? AND created_by = ? AND created_at >= ?"
              " AND status != 'DECLINED'"_s);
    q.addBindValue(action);
    q.addBindValue(user);
    q.addBindValue(iso(since));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int RunStore::countByTeam(const QString &action, const QString &team, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM action_runs, json_each(action_runs.teams) t WHERE action = ? AND t.value = ?"
              " AND created_at >= ? AND status != 'DECLINED'"_s);
    q.addBindValue(action);
    q.addBindValue(team);
    q.addBindValue(iso(since));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace portolan
