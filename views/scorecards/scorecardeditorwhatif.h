#pragma once

#include "scoring/scorecard.h"

#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QTreeWidget;

namespace portolan {

class StoreLane;

// What publishing a draft scorecard would change: "If published: 12 entities change level —
// 3 up, 9 down" and the entities (entity, from → to). Each valid change schedules a run on the
// lane after a pause (~400 ms); a newer run cancels the older one (its flag, and the lane
// supersedes the channel's job).
class ScorecardWhatIf final : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardWhatIf(StoreLane &lane, QWidget *parent = nullptr);
    ~ScorecardWhatIf() override;

    void schedule(const Scorecard &draft);
    void stale(const QString &why); // the draft is not valid: nothing to compare
    void runNow();                  // skips the pause (tests)

    QString summaryText() const;
    QTreeWidget *changes() const { return m_changes; }
    int changedCount() const { return m_changed; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(); // a run's result is shown

private:
    struct Change {
        QString blueprint, identifier, title;
        int from = 0, to = 0;
    };
    struct Outcome {
        qint64 up = 0, down = 0, same = 0, left = 0, entering = 0;
        QList<Change> changes;
        QStringList rules; // "“Rule” passes for 3 → 2"
        QString error;
    };
    static Outcome run(class CatalogStore &store, const Scorecard &draft, std::atomic_bool *cancel);
    void present(const Outcome &outcome);

    StoreLane &m_lane;
    Scorecard m_draft;
    QTimer m_pause;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_changes = nullptr;
    int m_changed = 0;
    bool m_running = false;
};

} // namespace portolan
