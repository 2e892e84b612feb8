#include "scorecardstore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Exemptions: requested by anyone with a reason, counted once someone else approved them, until
// they expire or are revoked. Each change is audited (kind "exemption"). The caller re-evaluates
// the scorecard afterwards (ScorecardEngine::evaluateScorecard).
namespace portolan {

namespace {

const char *const exemptionColumns =
    "SELECT id, scorecard, rule, blueprint, entity, reason, requested_by, requested_at, approved_by, approved_at,"
    " expires_at, revoked FROM scorecard_exemptions ";

QDateTime fromIso(const QVariant &text)
{
    return text.isNull() ? QDateTime() : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QVariant toIso(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

Exemption readExemption(const QSqlQuery &q)
{
    Exemption e;
    e.id = q.value(0).toLongLong();
    e.scorecard = q.value(1).toString();
    e.rule = q.value(2).toString();
    e.blueprint = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.reason = q.value(5).toString();
    e.requestedBy = q.value(6).toString();
    e.requestedAt = fromIso(q.value(7));
    e.approvedBy = q.value(8).toString();
    e.approvedAt = fromIso(q.value(9));
    e.expiresAt = fromIso(q.value(10));
    e.revoked = q.value(11).toInt() != 0;
    return e;
}

QList<Exemption> readAll(QSqlQuery &q)
{
    QList<Exemption> out;
    if (q.exec())
        while (q.next())
            out.append(readExemption(q));
    return out;
}

std::optional<Exemption> exemptionById(const Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QString::fromLatin1(exemptionColumns) + u"WHERE id = ?"_s);
    q.addBindValue(id);
    const QList<Exemption> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<Exemption>(found.first());
}

bool audit(const Database &db, const QString &change, const Exemption &before, const Exemption &after, const QString &actor)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO audit (at, actor, origin, action, kind, blueprint, identifier, before, after)"
              " VALUES (?, ?, ?, ?, 'exemption', ?, ?, ?, ?)"_s);
    const auto text = [](const Exemption &e) {
        return e.id ? QVariant(QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))) : QVariant();
    };
    const Exemption &subject = after.id ? after : before;
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(originName(Origin::UI));
    q.addBindValue(change);
    q.addBindValue(subject.blueprint);
    q.addBindValue(subject.entity);
    q.addBindValue(text(before));
    q.addBindValue(text(after));
    return q.exec();
}

} // namespace

QList<Exemption> ScorecardStore::exemptions(const QString &scorecard) const
{
    QSqlQuery q(m_db.connection());
    if (scorecard.isEmpty()) {
        q.prepare(QString::fromLatin1(exemptionColumns) + u"ORDER BY id"_s);
    } else {
        q.prepare(QString::fromLatin1(exemptionColumns) + u"WHERE scorecard = ? ORDER BY id"_s);
        q.addBindValue(scorecard);
    }
    return readAll(q);
}

QList<Exemption> ScorecardStore::exemptionsOf(const QString &blueprint, const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(exemptionColumns) + u"WHERE blueprint = ? AND entity = ? ORDER BY id"_s);
    q.addBindValue(blueprint);
    q.addBindValue(identifier);
    return readAll(q);
}

qint64 ScorecardStore::requestExemption(const Exemption &exemption, Problems *problems)
{
    Problems found;
    const std::optional<Scorecard> definition = scorecard(exemption.scorecard);
    const QString blueprint = exemption.blueprint.isEmpty() && definition ? definition->blueprint : exemption.blueprint;
    if (!definition)
        found.append(Problem::error(u"$.scorecard"_s, u"no scorecard \"%1\""_s.arg(exemption.scorecard)));
    else if (!definition->rule(exemption.rule))
        found.append(Problem::error(u"$.rule"_s, u"scorecard \"%1\" has no rule \"%2\""_s.arg(exemption.scorecard, exemption.rule)));
    if (definition && blueprint != definition->blueprint)
        found.append(Problem::error(u"$.blueprint"_s, u"scorecard \"%1\" grades %2 entities, not %3"_s
                                                          .arg(exemption.scorecard, definition->blueprint, blueprint)));
    QSqlQuery exists(m_db.connection());
    exists.prepare(u"SELECT 1 FROM entities WHERE blueprint = ? AND identifier = ?"_s);
    exists.addBindValue(blueprint);
    exists.addBindValue(exemption.entity);
    if (!exists.exec() || !exists.next())
        found.append(Problem::error(u"$.entity"_s, u"no %1 entity \"%2\""_s.arg(blueprint, exemption.entity)));
    if (exemption.reason.trimmed().isEmpty())
        found.append(Problem::error(u"$.reason"_s, u"say why the rule should not apply (a reason is required)"_s));
    if (exemption.requestedBy.isEmpty())
        found.append(Problem::error(u"$.requestedBy"_s, u"who asks for the exemption is missing"_s));
    if (!found.isEmpty()) {
        if (problems)
            problems->append(found);
        return 0;
    }
    Transaction transaction(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO scorecard_exemptions (scorecard, rule, blueprint, entity, reason, requested_by, requested_at,"
              " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(exemption.scorecard);
    q.addBindValue(exemption.rule);
    q.addBindValue(blueprint);
    q.addBindValue(exemption.entity);
    q.addBindValue(exemption.reason.trimmed());
    q.addBindValue(exemption.requestedBy);
    q.addBindValue(toIso(exemption.requestedAt.isValid() ? exemption.requestedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(toIso(exemption.expiresAt));
    if (!transaction.isOpen() || !q.exec()) {
        if (problems)
            problems->append(Problem::error({}, u"could not store the exemption: "_s + q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const std::optional<Exemption> stored = exemptionById(m_db, id);
    if (!stored || !audit(m_db, u"create"_s, {}, *stored, exemption.requestedBy) || !transaction.commit()) {
        if (problems)
            problems->append(Problem::error({}, u"could not store the exemption: "_s + transaction.error()));
        return 0;
    }
    return id;
}

Problems ScorecardStore::approveExemption(qint64 id, const QString &approver, const QDateTime &now)
{
    const std::optional<Exemption> before = exemptionById(m_db, id);
    if (!before)
        return {Problem::error({}, u"no exemption %1"_s.arg(id))};
    if (before->revoked)
        return {Problem::error({}, u"exemption %1 was revoked"_s.arg(id))};
    if (!before->approvedBy.isEmpty())
        return {Problem::error({}, u"exemption %1 is already approved by %2"_s.arg(id).arg(before->approvedBy))};
    if (approver.isEmpty())
        return {Problem::error({}, u"who approves is missing"_s)};
    if (approver == before->requestedBy)
        return {Problem::error({}, u"%1 asked for this exemption: someone else must approve it"_s.arg(approver))};
    Transaction transaction(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE scorecard_exemptions SET approved_by = ?, approved_at = ? WHERE id = ?"_s);
    q.addBindValue(approver);
    q.addBindValue(toIso(now));
    q.addBindValue(id);
    if (!transaction.isOpen() || !q.exec())
        return {Problem::error({}, u"could not approve the exemption: "_s + q.lastError().text())};
    if (!audit(m_db, u"update"_s, *before, *exemptionById(m_db, id), approver) || !transaction.commit())
        return {Problem::error({}, u"could not approve the exemption: "_s + transaction.error())};
    return {};
}

Problems ScorecardStore::revokeExemption(qint64 id, const QString &by)
{
    const std::optional<Exemption> before = exemptionById(m_db, id);
    if (!before)
        return {Problem::error({}, u"no exemption %1"_s.arg(id))};
    if (before->revoked)
        return {};
    Transaction transaction(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE scorecard_exemptions SET revoked = 1 WHERE id = ?"_s);
    q.addBindValue(id);
    if (!transaction.isOpen() || !q.exec())
        return {Problem::error({}, u"could not revoke the exemption: "_s + q.lastError().text())};
    if (!audit(m_db, u"update"_s, *before, *exemptionById(m_db, id), by) || !transaction.commit())
        return {Problem::error({}, u"could not revoke the exemption: "_s + transaction.error())};
    return {};
}

} // namespace portolan
