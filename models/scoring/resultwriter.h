#pragma once

#include "scoring/scorecard.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <memory>

namespace portolan {

class Database;
class RawStatement;
struct EntityScore;

// One entity's result in the form it is stored: small, so a million of them fit in a run. Its
// texts share one UTF-8 buffer (one allocation per result, encoded on the grading thread).
struct CompactScore {
    qint64 entityId = 0;
    bool inScope = true;
    int level = 0;
    double points = 0;

    static CompactScore from(qint64 entityId, const QString &identifier, const EntityScore &score);
    // Views into the buffer, valid while this score lives unchanged.
    QByteArray identifier() const { return QByteArray::fromRawData(m_text.constData(), m_identifierSize); }
    QByteArray outcomes() const { return QByteArray::fromRawData(m_text.constData() + m_identifierSize, m_outcomesSize); }
    QByteArray credits() const // "1,0,0.75"
    {
        const qsizetype start = m_identifierSize + m_outcomesSize;
        return QByteArray::fromRawData(m_text.constData() + start, m_text.size() - start);
    }

private:
    QByteArray m_text; // identifier, outcomes (outcomeCode per rule), credits
    qsizetype m_identifierSize = 0, m_outcomesSize = 0;
};

// Writes one scorecard's results row by row in the caller's transaction (ScorecardStore::
// writeResults and the full run use it): a result row each, a history row where the level or the
// outcomes changed (or there was no row), the ruleset row reused while rules and levels are the
// same. With many rows expected, or for a pass over every entity, it reads the stored results in
// one scan instead of one lookup per row, and can then drop the results of entities it never saw
// (finish(true)).
class ResultWriter final
{
public:
    enum class Pass { SomeEntities, EveryEntity };
    ResultWriter(const Database &db, const Scorecard &scorecard, const QString &blueprint, const QDateTime &now,
                 qint64 expectedRows, Pass pass = Pass::SomeEntities);
    ~ResultWriter();
    Q_DISABLE_COPY_MOVE(ResultWriter)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool write(const CompactScore &score);
    // Removes results of entities that left the scope; with `dropUnseen` (a complete pass over every
    // entity) also those of entities not written at all (deleted meanwhile).
    bool finish(bool dropUnseen);
    qint64 changed() const { return m_changed; }

private:
    struct Previous {
        int level = 0;
        QByteArray outcomes;
        qint64 ruleset = 0;
        bool seen = false;
    };

    const Database &m_db;
    QString m_scorecard;
    QByteArray m_id, m_at, m_blueprint;
    qint64 m_ruleset = 0;
    bool m_preloaded = false;
    QHash<qint64, Previous> m_previous;
    QList<qint64> m_leaving;
    qint64 m_changed = 0;
    QString m_error;
    std::unique_ptr<RawStatement> m_lookup, m_insert, m_upsert, m_touch, m_history;
};

// Drops the results of `entities` (deleted, or out of the scorecard's scope) in the caller's
// transaction, each with a history row at `at` (ISO text) saying it left (level -1), named as its
// last history row named it: a deleted entity has no other name left.
bool dropResults(const Database &db, const QString &scorecard, const QList<qint64> &entities, const QByteArray &at,
                 QString *error);

} // namespace portolan
