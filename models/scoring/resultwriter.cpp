#include "resultwriter.h"

#include "scoring/rawstatement.h"
#include "scoring/scorecardevaluator.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The ruleset row describing the scorecard's current rules and levels: the last one while they are
// unchanged, a new one otherwise. 0 on failure.
qint64 currentRuleset(const Database &db, const Scorecard &scorecard, const QString &at, QString *error)
{
    QStringList ruleIds, levelTitles;
    for (const ScorecardRule &rule : scorecard.rules)
        ruleIds.append(rule.identifier);
    for (const ScorecardLevel &level : scorecard.levels)
        levelTitles.append(level.title);
    const QString rules = jsonList(ruleIds);
    const QString levels = jsonList(levelTitles);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, rules, levels FROM scorecard_rulesets WHERE scorecard = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(scorecard.identifier);
    if (q.exec() && q.next() && q.value(1).toString() == rules && q.value(2).toString() == levels)
        return q.value(0).toLongLong();
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO scorecard_rulesets (scorecard, rules, levels, at) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(scorecard.identifier);
    insert.addBindValue(rules);
    insert.addBindValue(levels);
    insert.addBindValue(at);
    if (!insert.exec()) {
        *error = u"could not record the rules of scorecard \"%1\": %2"_s.arg(scorecard.identifier, insert.lastError().text());
        return 0;
    }
    return insert.lastInsertId().toLongLong();
}

QByteArray copy(const QByteArray &raw)
{
    return QByteArray(raw.constData(), raw.size());
}

} // namespace

CompactScore CompactScore::from(qint64 entityId, const QString &identifier, const EntityScore &score)
{
    CompactScore out;
    out.entityId = entityId;
    out.inScope = score.inScope;
    out.level = score.level;
    out.points = score.points;
    const qsizetype rules = score.rules.size();
    out.m_text.reserve(identifier.size() + 3 * rules + 8);
    // Identifiers are ASCII nearly always: no intermediate UTF-8 copy then.
    const bool ascii = std::all_of(identifier.cbegin(), identifier.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        for (const QChar c : identifier)
            out.m_text.append(char(c.unicode()));
    else
        out.m_text.append(identifier.toUtf8());
    out.m_identifierSize = out.m_text.size();
    for (const RuleResult &rule : score.rules)
        out.m_text.append(char(outcomeCode(rule.outcome).unicode()));
    out.m_outcomesSize = rules;
    for (qsizetype i = 0; i < rules; ++i) {
        if (i)
            out.m_text.append(',');
        const double credit = score.rules.at(i).credit;
        // Binary rules earn 0 or 1: skip the float formatting a million times over.
        if (credit == 0.0 || credit == 1.0)
            out.m_text.append(credit == 0.0 ? '0' : '1');
        else
            out.m_text.append(QByteArray::number(credit, 'g', 4));
    }
    return out;
}

ResultWriter::ResultWriter(const Database &db, const Scorecard &scorecard, const QString &blueprint, const QDateTime &now,
                           qint64 expectedRows, Pass pass)
    : m_db(db)
    , m_scorecard(scorecard.identifier)
    , m_id(scorecard.identifier.toUtf8())
    , m_at(now.toUTC().toString(Qt::ISODateWithMs).toUtf8())
    , m_blueprint(blueprint.toUtf8())
{
    sqlite3 *handle = Statement::handle(db.connection());
    m_ruleset = currentRuleset(db, scorecard, QString::fromUtf8(m_at), &m_error);
    if (!handle || !m_ruleset) {
        if (m_error.isEmpty())
            m_error = u"not an SQLite connection"_s;
        return;
    }
    m_lookup = std::make_unique<RawStatement>(handle, "SELECT level, outcomes, ruleset FROM scorecard_results WHERE scorecard = ? AND entity = ?");
    m_upsert = std::make_unique<RawStatement>(
        handle, "INSERT INTO scorecard_results (scorecard, entity, level, points, outcomes, credits, ruleset,"
                " evaluated_at, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"
                " ON CONFLICT (scorecard, entity) DO UPDATE SET level = excluded.level, points = excluded.points,"
                " outcomes = excluded.outcomes, credits = excluded.credits, ruleset = excluded.ruleset,"
                " evaluated_at = excluded.evaluated_at, changed_at = excluded.changed_at");
    m_insert = std::make_unique<RawStatement>(
        handle, "INSERT INTO scorecard_results (scorecard, entity, level, points, outcomes, credits, ruleset,"
                " evaluated_at, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    // Unchanged results only move their evaluation time (and partial credit): no index is touched.
    m_touch = std::make_unique<RawStatement>(handle, "UPDATE scorecard_results SET points = ?3, credits = ?4, evaluated_at = ?5"
                                                     " WHERE scorecard = ?1 AND entity = ?2");
    m_history = std::make_unique<RawStatement>(
        handle, "INSERT INTO scorecard_history (at, scorecard, blueprint, identifier, level, points, outcomes, ruleset,"
                " entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!m_lookup->isValid() || !m_insert->isValid() || !m_upsert->isValid() || !m_touch->isValid() || !m_history->isValid()) {
        m_error = u"could not prepare the result writes: "_s + m_upsert->error();
        return;
    }
    if (pass == Pass::EveryEntity || expectedRows > 2000) {
        // Many rows: one scan of the stored results beats a lookup each.
        m_preloaded = true;
        RawStatement all(handle, "SELECT entity, level, outcomes, ruleset FROM scorecard_results WHERE scorecard = ?");
        all.bind(1, m_id);
        m_previous.reserve(qsizetype(expectedRows));
        while (all.next())
            m_previous.insert(all.int64(0), {int(all.int64(1)), copy(all.bytes(2)), all.int64(3), false});
    }
}

ResultWriter::~ResultWriter() = default;

bool ResultWriter::write(const CompactScore &score)
{
    if (!isValid())
        return false;
    if (!score.inScope) {
        m_leaving.append(score.entityId);
        return true;
    }
    const Previous *before = nullptr;
    Previous looked;
    if (m_preloaded) {
        const auto it = m_previous.find(score.entityId);
        if (it != m_previous.end()) {
            it->seen = true;
            before = &*it;
        }
    } else {
        m_lookup->bindView(1, m_id);
        m_lookup->bind(2, score.entityId);
        if (m_lookup->next()) {
            looked = {int(m_lookup->int64(0)), copy(m_lookup->bytes(1)), m_lookup->int64(2), true};
            before = &looked;
            m_lookup->reset();
        }
    }
    bool ok = true;
    // Views into `score`, which outlives these steps (bindView: no copy; every step rebinds all).
    const QByteArray identifier = score.identifier(), outcomes = score.outcomes(), credits = score.credits();
    if (!before || before->level != score.level || before->outcomes != outcomes || before->ruleset != m_ruleset) {
        ++m_changed;
        // No stored row (known from the preload): a plain insert skips the conflict handling.
        RawStatement &row = !before && m_preloaded ? *m_insert : *m_upsert;
        row.bindView(1, m_id);
        row.bind(2, score.entityId);
        row.bind(3, qint64(score.level));
        row.bind(4, score.points);
        row.bindView(5, outcomes);
        row.bindView(6, credits);
        row.bind(7, m_ruleset);
        row.bindView(8, m_at);
        m_history->bindView(1, m_at);
        m_history->bindView(2, m_id);
        m_history->bindView(3, m_blueprint);
        m_history->bindView(4, identifier);
        m_history->bind(5, qint64(score.level));
        m_history->bind(6, score.points);
        m_history->bindView(7, outcomes);
        m_history->bind(8, m_ruleset);
        m_history->bind(9, score.entityId);
        ok = row.exec() && m_history->exec();
    } else {
        m_touch->bindView(1, m_id);
        m_touch->bind(2, score.entityId);
        m_touch->bind(3, score.points);
        m_touch->bindView(4, credits);
        m_touch->bindView(5, m_at);
        ok = m_touch->exec();
    }
    if (!ok)
        m_error = u"could not write the results of scorecard \"%1\": %2"_s.arg(m_scorecard, m_upsert->error());
    return ok;
}

bool ResultWriter::finish(bool dropUnseen)
{
    if (!isValid())
        return false;
    QList<qint64> drop = m_leaving;
    if (dropUnseen && m_preloaded)
        for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it)
            if (!it->seen)
                drop.append(it.key());
    return dropResults(m_db, m_scorecard, drop, m_at, &m_error);
}

bool dropResults(const Database &db, const QString &scorecard, const QList<qint64> &entities, const QByteArray &at,
                 QString *error)
{
    if (entities.isEmpty())
        return true;
    sqlite3 *handle = Statement::handle(db.connection());
    // The entity may be gone: its last history row still names it.
    RawStatement last(handle, "SELECT blueprint, identifier FROM scorecard_history WHERE scorecard = ? AND entity = ?"
                              " ORDER BY at DESC, id DESC LIMIT 1");
    RawStatement history(handle, "INSERT INTO scorecard_history (at, scorecard, blueprint, identifier, level, points,"
                                 " outcomes, ruleset, entity) VALUES (?, ?, ?, ?, -1, 0, '', 0, ?)");
    RawStatement drop(handle, "DELETE FROM scorecard_results WHERE scorecard = ? AND entity = ?");
    const QByteArray id = scorecard.toUtf8();
    for (const qint64 entity : entities) {
        last.bind(1, id);
        last.bind(2, entity);
        if (last.next()) {
            history.bind(1, at);
            history.bind(2, id);
            history.bind(3, last.bytes(0));
            history.bind(4, last.bytes(1));
            history.bind(5, entity);
            last.reset();
            if (!history.exec()) {
                *error = history.error();
                return false;
            }
        }
        drop.bind(1, id);
        drop.bind(2, entity);
        if (!drop.exec()) {
            *error = drop.error();
            return false;
        }
    }
    return true;
}

} // namespace portolan
