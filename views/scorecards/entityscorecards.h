#pragma once

#include "store/catalogstore.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace portolan {

class ScorecardEntityCard;
class StoreLane;
struct EntityScorecardData;

// Every scorecard of one entity's blueprint, for the entity page's Scorecards tab: per scorecard
// the level and points, each rule's outcome, what it measured and why it fails, the level's
// history, and the exemption workflow (request on a failing rule; approve others' requests —
// the current user is QSettings "identity/user"). Reads on the lane; exemptions are written
// through ScorecardStore on `store` (the UI thread's); the engine re-evaluates on the commit.
class EntityScorecards final : public QWidget
{
    Q_OBJECT
public:
    EntityScorecards(StoreLane &lane, CatalogStore &store, QWidget *parent = nullptr);

    void setEntity(const EntityKey &key); // loads; loaded() follows
    void reload();
    EntityKey entity() const { return m_key; }
    QList<ScorecardEntityCard *> cards() const { return m_cards; }

    // The buttons' work (tests): opens ExemptionDialog; true when a request was written.
    bool requestExemption(const QString &scorecard, const QString &rule);
    bool approveExemption(qint64 id);

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key); // reserved: links to related entities
    void loaded();
    // An exemption was requested or approved; `resultsChange` when that changes `scorecard`'s results
    // (an approval), so it must be evaluated again.
    void exemptionsChanged(const QString &scorecard, bool resultsChange);

private:
    struct Snapshot {
        QString title;
        QList<EntityScorecardData> scorecards;
    };
    static Snapshot load(CatalogStore &store, const EntityKey &key, const QDateTime &now);
    void present(const Snapshot &snapshot);
    QString user() const;

    StoreLane &m_lane;
    CatalogStore &m_store;
    EntityKey m_key;
    QString m_title;
    QList<EntityScorecardData> m_data;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_column = nullptr;
    QList<ScorecardEntityCard *> m_cards;
};

} // namespace portolan
