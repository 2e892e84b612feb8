#pragma once

#include "scoring/exemption.h"
#include "scoring/resultwriter.h"
#include "scoring/scorecard.h"
#include "scoring/scorecardevaluator.h"

#include <QDateTime>
#include <QHash>
#include <functional>
#include <memory>

namespace portolan {

class CatalogStore;
class DerivedValues;
class RawStatement;

// Grades the entities of one scorecard's blueprint straight from their rows: builds each entity's
// JSON from the stored text (aggregations merged; relations, team and aggregations parsed only when
// the scorecard reads them; DerivedValues only when it reads mirrors or calculations, or uses jq on
// a blueprint that has them) and evaluates it with the entity's active exemptions. Used by the
// full run, the engine, what-if and `scorecard check`. Owns a ScorecardEvaluator and prepared
// statements on `store`'s connection: one per thread.
class EntityGrader final
{
public:
    EntityGrader(CatalogStore &store, const Scorecard &scorecard, const Blueprint &blueprint);
    ~EntityGrader();
    Q_DISABLE_COPY_MOVE(EntityGrader)

    const ScorecardEvaluator &evaluator() const { return *m_evaluator; }
    void setNow(const QDateTime &now) { m_now = now; }

    using Visitor = std::function<void(qint64 id, const QString &identifier, const QString &title, const EntityScore &score)>;
    // Entities of the blueprint with ids in [first, last] (in id order); returns how many.
    qint64 gradeRange(qint64 first, qint64 last, const Visitor &visit);
    // The given entities (ids of other blueprints or gone are skipped).
    qint64 gradeIds(const QList<qint64> &ids, const Visitor &visit);
    // One entity by identifier; nullopt when it does not exist.
    std::optional<EntityScore> grade(const QString &identifier);

private:
    void gradeRow(RawStatement &row, const Visitor &visit);
    QJsonObject storedJson(const RawStatement &row) const;
    QJsonObject resolvedJson(const RawStatement &row) const;

    CatalogStore &m_store;
    Blueprint m_blueprint;
    std::unique_ptr<ScorecardEvaluator> m_evaluator;
    std::unique_ptr<DerivedValues> m_derived;
    QHash<QString, QList<Exemption>> m_exemptions; // entity identifier → its exemptions (active or not)
    bool m_needsRelations = true, m_needsTeam = true, m_needsAggregations = true;
    bool m_needsIcon = true, m_needsMeta[4] = {true, true, true, true}; // $createdAt $updatedAt $createdBy $updatedBy
    QDateTime m_now;
    std::unique_ptr<RawStatement> m_range, m_byId, m_byIdentifier;
    QByteArray m_blueprintLiteral; // the blueprint's identifier as a JSON string
    mutable QByteArray m_text;     // storedJson's buffer, reused row after row
};

} // namespace portolan
